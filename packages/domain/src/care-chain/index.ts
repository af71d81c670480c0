export * from './interventions.ts';
export * from './referrals.ts';
