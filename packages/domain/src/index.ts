export * from './identity/personal-identity-number.ts';
