export * from './interventions.ts';
export * from './referrals.ts';
export * from './circle.ts';
export * from './cases.ts';
export * from './coercive-care.ts';
export * from './contacts.ts';
