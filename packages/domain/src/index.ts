export * from './identity/personal-identity-number.ts';
export * from './sip/index.ts';
export * from './instruments/index.ts';
export * from './access-log/actions.ts';
// carecircle: care chains (interventions, referrals, circle, case management, LVM/LVU)
export * from './care-chain/index.ts';
export * from './indicators/index.ts';
