/**
 * Disclosures without consent on a legal ground (F2). The references are what we could verify
 * (decision 0014-c): the report of concern is the duty of SoL 14 kap. 1 § (2001:453) — carried
 * into the new Socialtjänstlag (2025:400) from 1 July 2025, whose chapter and section number is
 * still to be verified against SFS 2025:400 — and seed 001's OSL 26 kap. 9 § (social services)
 * with its health-care counterpart OSL 25 kap. 12 §.
 */
export const DISCLOSURE_GROUNDS = ['child-at-risk-report', 'unborn-child-protection'] as const;
export type DisclosureGround = (typeof DISCLOSURE_GROUNDS)[number];

export const DISCLOSURE_LEGAL_REFERENCE: Record<DisclosureGround, string> = {
  'child-at-risk-report':
    'Anmälningsskyldighet när ett barn far illa: socialtjänstlagen (2025:400), tidigare 14 kap. 1 § socialtjänstlagen (2001:453)',
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
