export * from './identity/personal-identity-number.ts';
export * from './sip/index.ts';
export * from './instruments/index.ts';
