import { daysBetween } from './dates.ts';
import type { Intervention, Sip } from './types.ts';

/**
 * The mandatory SIP gates (seed 000): an HVB placement, and handing treatment of medication
 * dependence from primary care to specialist care, are always preceded by a SIP.
 */
export const SIP_GATES = ['hvb-placement', 'medication-dependence-handover'] as const;
export type SipGate = (typeof SIP_GATES)[number];

export type GateCheck = { covered: true; sip: Sip } | { covered: false; sip: null };

/** An intervention covers X when its kind or one of its tags is X and it has not ended. */
function interventionCovers(iv: Intervention, covers: string, today: string): boolean {
  const named = iv.kind === covers || (iv.tags ?? []).includes(covers);
  const ended = iv.endOn != null && (daysBetween(iv.endOn, today) ?? 0) > 0;
  return named && !ended;
}

/**
 * "Does this person have an active SIP that covers X?" A SIP covers X when it is active, not
 * frozen (a revoked consent voids it as a basis), and has an intervention for X that has not
 * ended before today. Returns the first such SIP of `sips`, which should be the person's.
 */
export function hasActiveSipCovering(
  sips: readonly Sip[],
  query: { covers: SipGate | (string & {}); today: string },
): GateCheck {
  const sip = sips.find(
    (s) =>
      s.status === 'active' &&
      !s.frozen &&
      s.plan.interventions.some((iv) => interventionCovers(iv, query.covers, query.today)),
  );
  return sip ? { covered: true, sip } : { covered: false, sip: null };
}

// care: the gates as the rule the care chains enforce (issue 9).
/** Does `principal` take part in the SIP: as a participant, an intervention's principal, or
 * the principal that proposed it? */
export function principalTakesPart(sip: Sip, principal: 'region' | 'municipality'): boolean {
  return (
    sip.participants.some((p) => p.principal === principal) ||
    sip.plan.interventions.some((iv) => iv.principal === principal) ||
    (sip.proposal.source.kind === 'staff' && sip.proposal.source.principal === principal)
  );
}

export type PrincipalGateCheck =
  { passed: true; sip: Sip; covers: boolean } | { passed: false; sip: null; covers: false };

/**
 * The gate of an HVB placement (api.md): an active, unfrozen SIP in which `principal` (the
 * region, which keeps the health-care responsibility) takes part. `covers`: whether that SIP
 * also names the act among its interventions (e.g. 'hvb-placement') — reported, not required,
 * since the plan is revised with the placement. A SIP that covers it is preferred.
 */
export function hasActiveSipWith(
  sips: readonly Sip[],
  query: { principal: 'region' | 'municipality'; covers: SipGate | (string & {}); today: string },
): PrincipalGateCheck {
  const candidates = sips.filter(
    (s) => s.status === 'active' && !s.frozen && principalTakesPart(s, query.principal),
  );
  const covering = hasActiveSipCovering(candidates, query);
  if (covering.covered) return { passed: true, sip: covering.sip, covers: true };
  const first = candidates[0];
  return first
    ? { passed: true, sip: first, covers: false }
    : { passed: false, sip: null, covers: false };
}
