import { describe, expect, it } from 'vitest';
import { admissionOrder, type QueuedRequest } from './withdrawal.ts';

const NOW = new Date('2026-03-10T12:00:00Z');
const req = (id: string, daysAgo: number, extra: Partial<QueuedRequest> = {}): QueuedRequest => ({
  id,
  requestedAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
  urgency: null,
  fromSocialServices: false,
  medicallyMotivated: false,
  partOfCoordinatedPlan: false,
  ...extra,
});
const prioritised = {
  fromSocialServices: true,
  medicallyMotivated: true,
  partOfCoordinatedPlan: true,
};

describe('admission order (seed 004)', () => {
  it('puts medical urgency first, whoever asked', () => {
    const order = admissionOrder(
      [req('a', 3, { ...prioritised, urgency: 'planned' }), req('b', 1, { urgency: 'acute' })],
      NOW,
    );
    expect(order.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('within one urgency, social services + medically motivated + active SIP come first', () => {
    const order = admissionOrder([req('old', 3), req('new', 1, prioritised)], NOW);
    expect(order.map((r) => r.id)).toEqual(['new', 'old']);
  });

  it('needs all three: without an active SIP the oldest comes first', () => {
    const order = admissionOrder(
      [req('old', 3), req('new', 1, { ...prioritised, partOfCoordinatedPlan: false })],
      NOW,
    );
    expect(order.map((r) => r.id)).toEqual(['old', 'new']);
  });

  it('does not let a request wait unreasonably long: after 7 days it keeps its place', () => {
    const order = admissionOrder([req('new', 1, prioritised), req('waited', 8)], NOW);
    expect(order.map((r) => r.id)).toEqual(['waited', 'new']);
  });
});
