export * from './identity/personal-identity-number.ts';
export * from './sip/index.ts';
export * from './instruments/index.ts';
export * from './access-log/actions.ts';
export * from './indicators/index.ts';
// gov: governance and support (F12–F18)
export * from './governance/index.ts';
// care: care chains (withdrawal beds, placements, disclosures, LOB)
export * from './care-chains/index.ts';
// carecircle: care chains (interventions, referrals, circle, case management, LVM/LVU)
export * from './care-chain/index.ts';
// followup: client surveys (F10)
export * from './surveys/index.ts';
// audits: user-led audits (brukarrevision)
export * from './user-led-audits/index.ts';
export * from './identity/reserve-number.ts';
// followup: the needs picture (F11)
export * from './needs-picture/index.ts';
