export * from './governance.ts';
export * from './identity-guard.ts';
