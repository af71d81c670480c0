export * from './withdrawal.ts';
export * from './disclosures.ts';
