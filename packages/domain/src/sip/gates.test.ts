import { describe, expect, it } from 'vitest';
import { hasActiveSipCovering } from './gates.ts';
import { TODAY, completePlan, sipIn } from './test-fixtures.ts';
import type { Sip } from './types.ts';

function withHvb(sip: Sip, extra: { endOn?: string; viaKind?: boolean } = {}): Sip {
  const plan = completePlan();
  plan.interventions.push({
    id: 'i-hvb',
    description: 'Placering på Solgården',
    principal: 'municipality',
    organisationId: 'org-exempelby',
    unitId: 'unit-soc-vuxen',
    goalIds: ['g2'],
    ...(extra.viaKind ? { kind: 'hvb-placement' } : { tags: ['hvb-placement'] }),
    ...(extra.endOn ? { endOn: extra.endOn } : {}),
  });
  return { ...sip, plan };
}

const HVB = { covers: 'hvb-placement', today: TODAY };

describe('hasActiveSipCovering', () => {
  it('finds an active SIP with an intervention tagged for the gate', () => {
    const sip = withHvb(sipIn('active'));
    expect(hasActiveSipCovering([sip], HVB)).toEqual({ covered: true, sip });
  });

  it('also matches the intervention kind', () => {
    const sip = withHvb(sipIn('active'), { viaKind: true });
    expect(hasActiveSipCovering([sip], HVB).covered).toBe(true);
  });

  it('does not count a frozen SIP', () => {
    const sip = withHvb(sipIn('active', { frozen: true }));
    expect(hasActiveSipCovering([sip], HVB)).toEqual({ covered: false, sip: null });
  });

  it('does not count a SIP that is not active', () => {
    for (const status of ['proposed', 'invited', 'meeting-held', 'closed', 'withdrawn'] as const) {
      expect(hasActiveSipCovering([withHvb(sipIn(status))], HVB).covered).toBe(false);
    }
  });

  it('does not count an active SIP without such an intervention', () => {
    expect(hasActiveSipCovering([sipIn('active')], HVB).covered).toBe(false);
    const sip = withHvb(sipIn('active'));
    const q = { covers: 'medication-dependence-handover', today: TODAY };
    expect(hasActiveSipCovering([sip], q).covered).toBe(false);
  });

  it('does not count an intervention that ended before today, but does on its last day', () => {
    expect(
      hasActiveSipCovering([withHvb(sipIn('active'), { endOn: '2026-03-09' })], HVB).covered,
    ).toBe(false);
    expect(hasActiveSipCovering([withHvb(sipIn('active'), { endOn: TODAY })], HVB).covered).toBe(
      true,
    );
  });

  it('returns the matching SIP among several', () => {
    const other = sipIn('active', { id: 'sip-0' });
    const match = withHvb(sipIn('active', { id: 'sip-2' }));
    const result = hasActiveSipCovering([other, withHvb(sipIn('closed')), match], HVB);
    expect(result.sip?.id).toBe('sip-2');
  });

  it('answers any tag, e.g. the medication dependence handover', () => {
    const sip = sipIn('active');
    sip.plan.interventions[0]!.tags = ['medication-dependence-handover'];
    const q = { covers: 'medication-dependence-handover', today: TODAY };
    expect(hasActiveSipCovering([sip], q)).toEqual({ covered: true, sip });
  });
});
