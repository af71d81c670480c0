/**
 * Disclosures without consent on a legal ground (F2). The references are what we could verify
 * (decisions 0014-c, 0019-b): the report of concern is the duty to report a child at risk, in
 * force since 1 July 2025 in the new Socialtjänstlag (2025:400) (formerly SoL 14 kap. 1 §,
 * 2001:453). Its chapter and section in SFS 2025:400 could not be confirmed from a retrieved
 * text, so no number is shown (never a guessed one). Seed 001's OSL 26 kap. 9 § (social
 * services) with its health-care counterpart OSL 25 kap. 12 §.
 */
export const DISCLOSURE_GROUNDS = ['child-at-risk-report', 'unborn-child-protection'] as const;
export type DisclosureGround = (typeof DISCLOSURE_GROUNDS)[number];

export const DISCLOSURE_LEGAL_REFERENCE: Record<DisclosureGround, string> = {
  'child-at-risk-report': 'SoL (2025:400), anmälningsskyldighet om barn som far illa',
  'unborn-child-protection':
    '25 kap. 12 § och 26 kap. 9 § offentlighets- och sekretesslagen (2009:400): uppgift om en gravid kvinna till skydd för det väntade barnet',
};

/** Who may receive: a report of concern goes to social services (a municipality); information
 * to protect the unborn child to another authority (a region or a municipality). */
export function recipientKindAllowed(
  ground: DisclosureGround,
  kind: 'region' | 'municipality' | 'private-provider',
): boolean {
  return ground === 'child-at-risk-report' ? kind === 'municipality' : kind !== 'private-provider';
}
