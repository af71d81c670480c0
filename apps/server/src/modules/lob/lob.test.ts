import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { recordConsent, registerPerson, useSipServer } from '../sip/sip.fixtures.ts';

/** LOB sobering intakes and their hand-over (seed 002). */
const {
  t,
  ids,
  users: { anna, erik, nora, vera },
} = useSipServer({
  anna: 'anna.lakare',
  erik: 'erik.socsek',
  nora: 'nora.socsek',
  vera: 'vera.vardcentral',
});

const BROUGHT_IN = '2026-03-07T01:40:00Z';
const intake = (personId: string) =>
  anna.post(`/api/persons/${personId}/lob-intakes`, {
    broughtInAt: BROUGHT_IN,
    broughtBy: 'police',
    note: 'Omhändertagen av polisen enligt LOB.',
  });

describe('LOB intake → hand-over', () => {
  it('records the intake at the region’s unit; it waits on the unit’s worklist', async () => {
    const p = await registerPerson(anna);
    const res = await intake(p.id);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'sobering',
      broughtBy: 'police',
      unitName: 'Beroendecentrum',
    });
    const list = await anna.get('/api/worklist');
    expect(
      list.body.handOvers.some(
        (i: { kind: string; recordId: string }) =>
          i.kind === 'lob-intake-open' && i.recordId === res.body.id,
      ),
    ).toBe(true);
    expect((await logRowsFor(t.db, p.id)).map((r) => r.action)).toContain('lob-intake.create');
    // Social services do not take people in under LOB.
    const q = await registerPerson(erik);
    expect(
      (
        await erik.post(`/api/persons/${q.id}/lob-intakes`, {
          broughtInAt: BROUGHT_IN,
          broughtBy: 'police',
        })
      ).status,
    ).toBe(403);
  });

  it('hands over to withdrawal care with the minutes it took: a bed request at the centre', async () => {
    const p = await registerPerson(vera);
    const res = await vera.post(`/api/persons/${p.id}/lob-intakes`, {
      broughtInAt: BROUGHT_IN,
      broughtBy: 'police',
    });
    const handed = await vera.post(`/api/lob-intakes/${res.body.id}/hand-over`, {
      to: 'withdrawal-care',
      handedOverAt: '2026-03-07T07:10:00Z',
      medicallyMotivated: true,
      reason: 'Abstinenssymtom under tillnyktringen.',
    });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({
      status: 'handed-over',
      handoverTo: 'withdrawal-care',
      minutesToHandover: 330,
    });
    const queue = await anna.get('/api/withdrawal-requests');
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(
      handed.body.withdrawalRequestId,
    );
    expect(
      (
        await vera.post(`/api/lob-intakes/${res.body.id}/hand-over`, {
          to: 'home',
          handedOverAt: '2026-03-07T08:00:00Z',
        })
      ).status,
    ).toBe(409);
  });

  it('hands over to social services only under a consent naming the municipality; they receive it', async () => {
    const p = await registerPerson(anna);
    const res = await intake(p.id);
    const body = {
      to: 'social-services',
      toUnitId: ids.socExempelby,
      handedOverAt: '2026-03-07T06:00:00Z',
    };
    const refused = await anna.post(`/api/lob-intakes/${res.body.id}/hand-over`, body);
    expect(refused.status).toBe(422);
    expect(refused.body.missing).toEqual(['consent']);
    expect((await logRowsFor(t.db, p.id)).at(-1)).toMatchObject({
      action: 'lob-intake.handover',
      outcome: 'denied',
    });
    await recordConsent(anna, p.id, 'information-sharing', [ids.exempelby]);
    const handed = await anna.post(`/api/lob-intakes/${res.body.id}/hand-over`, body);
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({
      minutesToHandover: 260,
      toUnitName: 'Socialtjänst Vuxen Exempelby',
    });
    const list = await erik.get('/api/worklist');
    expect(
      list.body.handOvers.some(
        (i: { kind: string; recordId: string }) =>
          i.kind === 'lob-handover-to-receive' && i.recordId === res.body.id,
      ),
    ).toBe(true);
    expect((await nora.post(`/api/lob-intakes/${res.body.id}/receive`, {})).status).toBe(404);
    const received = await erik.post(`/api/lob-intakes/${res.body.id}/receive`, {});
    expect(received.status).toBe(200);
    expect(received.body.receivedAt).not.toBeNull();
    const seen = await erik.get(`/api/persons/${p.id}/lob-intakes`);
    expect(seen.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
  });

  it('refuses a hand-over time before the intake (400)', async () => {
    const p = await registerPerson(anna);
    const res = await intake(p.id);
    const bad = await anna.post(`/api/lob-intakes/${res.body.id}/hand-over`, {
      to: 'home',
      handedOverAt: '2026-03-06T23:00:00Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('handedOverAt');
  });
});
