export * from './identity/personal-identity-number.ts';
export * from './sip/index.ts';
export * from './instruments/index.ts';
export * from './access-log/actions.ts';
export * from './indicators/index.ts';
