import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingForActivation, SIP_STATUSES, type SipPlan } from '@vardflata/domain';
import { verifyAccessLog } from '../../audit/verify.ts';
import { demoIds, startTestApp, type TestApp } from '../../test/harness.ts';

/**
 * The demo county's SIPs: every state of the life cycle, each with a history that fits it —
 * no meeting held that the state does not imply, versions in order, complete active plans.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
});
afterAll(async () => t?.close());

const sips = () => t.db.selectFrom('sip').selectAll().orderBy('proposed_on').execute();

describe('the demo county’s SIPs', () => {
  it('has a SIP in every state, an active one followed up and revised, and a frozen one', async () => {
    const rows = await sips();
    expect(new Set(rows.map((s) => s.status))).toEqual(new Set(SIP_STATUSES));
    const versions = await t.db.selectFrom('sip_plan_version').selectAll().execute();
    const active = rows.filter((s) => s.status === 'active');
    expect(
      active.some((s) => versions.some((v) => v.sip_id === s.id && v.change_kind === 'revised')),
    ).toBe(true);
    const followUps = await t.db.selectFrom('sip_follow_up').selectAll().execute();
    expect(active.some((s) => followUps.filter((f) => f.sip_id === s.id).length >= 2)).toBe(true);
    // Frozen: active, and no valid `sip` consent covers it (derived, as the SIP module does).
    const erik = await t.signIn('erik.socsek');
    const list = (await erik.get('/api/sips?scope=unit')).body.items as {
      status: string;
      frozen: boolean;
    }[];
    expect(list.some((s) => s.status === 'active' && s.frozen)).toBe(true);
    expect(list.some((s) => s.status === 'active' && !s.frozen)).toBe(true);
  });

  it('holds meetings only where the state says one was held', async () => {
    const meetings = await t.db.selectFrom('sip_meeting').selectAll().execute();
    for (const s of await sips()) {
      const held = meetings.filter((m) => m.sip_id === s.id && m.status === 'held');
      const scheduled = meetings.filter((m) => m.sip_id === s.id && m.status === 'scheduled');
      if (['proposed', 'invited', 'refused', 'withdrawn'].includes(s.status)) {
        expect(held, s.status).toEqual([]);
        expect(s.first_meeting_on, s.status).toBeNull();
      } else {
        expect(
          held.filter((m) => m.purpose === 'planning'),
          s.status,
        ).toHaveLength(1);
        expect(held[0]!.held_on).toBe(s.first_meeting_on);
      }
      // A booked meeting lies ahead, and only an open SIP has one.
      for (const m of scheduled) {
        expect(['invited', 'active']).toContain(s.status);
        expect(m.starts_at!.getTime()).toBeGreaterThan(Date.now());
      }
      expect(s.status === 'invited' ? scheduled.length : 1).toBeGreaterThan(0);
    }
  });

  it('keeps each history in order: versions, activation, follow-ups and the ending agree', async () => {
    const versions = await t.db.selectFrom('sip_plan_version').selectAll().execute();
    const followUps = await t.db.selectFrom('sip_follow_up').selectAll().execute();
    const events = await t.db.selectFrom('sip_event').selectAll().orderBy('id').execute();
    for (const s of await sips()) {
      const own = versions.filter((v) => v.sip_id === s.id).sort((a, b) => a.version - b.version);
      expect(own.map((v) => v.version)).toEqual(own.map((_, i) => i + 1));
      expect(own.at(-1)!.version).toBe(s.plan_version);
      expect(own.at(-1)!.plan).toEqual(s.plan);
      const history = events.filter((e) => e.sip_id === s.id);
      const times = history.map((e) => e.at.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(history[0]!.type).toBe('proposed');
      expect(times.every((at) => at <= Date.now())).toBe(true);
      for (const f of followUps.filter((x) => x.sip_id === s.id)) {
        expect(own.some((v) => v.version === f.plan_version)).toBe(true);
        expect(f.held_on >= s.activated_on!).toBe(true);
      }
      const activated = ['active', 'closed'].includes(s.status);
      expect(s.activated_on !== null).toBe(activated);
      expect(s.ending !== null).toBe(['closed', 'refused', 'withdrawn'].includes(s.status));
      if (activated) {
        // The plan made active stated everything the law asks for, on its day.
        const atActivation = own
          .filter(
            (v) =>
              v.saved_at.getTime() <= history.find((e) => e.type === 'activated')!.at.getTime(),
          )
          .at(-1)!;
        expect(
          missingForActivation(atActivation.plan as unknown as SipPlan, {
            hasValidSipConsent: true,
            today: s.activated_on!,
          }),
        ).toEqual([]);
      }
    }
  });

  it('has api.md’s person: an active SIP of Exempelby with Beroendecentrum, under sip and information-sharing consents naming Region Exempel', async () => {
    const erik = await t.signIn('erik.socsek');
    const active = (await erik.get('/api/sips?status=active&scope=unit')).body.items as {
      id: string;
      personId: string;
      frozen: boolean;
      unit: { id: string };
    }[];
    const candidates = [];
    for (const s of active.filter((x) => !x.frozen && x.unit.id === ids.socExempelby)) {
      const detail = (await erik.get(`/api/sips/${s.id}`)).body as {
        participants: { unitId: string | null }[];
      };
      if (!detail.participants.some((p) => p.unitId === ids.beroendecentrum)) continue;
      const consents = (await erik.get(`/api/persons/${s.personId}/consents`)).body.items as {
        purpose: string;
        recipientOrganisationIds: string[];
        status: 'valid' | 'expired' | 'revoked';
      }[];
      const valid = (purpose: string) =>
        consents.some(
          (c) =>
            c.purpose === purpose &&
            c.status === 'valid' &&
            c.recipientOrganisationIds.includes(ids.region),
        );
      if (valid('sip') && valid('information-sharing')) candidates.push(s);
    }
    expect(candidates.length).toBeGreaterThanOrEqual(1);
    // Beroendecentrum sees that plan too (as a participant under the SIP consent).
    const anna = await t.signIn('anna.lakare');
    expect((await anna.get(`/api/sips/${candidates[0]!.id}`)).status).toBe(200);
  });

  it('begins every SIP and screening only once the unit knows the person', async () => {
    const relations = await t.db.selectFrom('care_relation').selectAll().execute();
    const knownSince = (personId: string, unitId: string | null) =>
      relations.find((r) => r.person_id === personId && r.unit_id === unitId)?.opened_at;
    const day = (d: Date) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
    for (const s of await sips()) {
      const since = knownSince(s.person_id, s.unit_id);
      expect(since, s.status).toBeDefined();
      expect(s.proposed_on >= day(since!), s.status).toBe(true);
    }
    const screenings = await t.db.selectFrom('screening').selectAll().execute();
    expect(screenings.length).toBeGreaterThan(20);
    for (const r of screenings) {
      expect(r.performed_on >= day(knownSince(r.person_id, r.unit_id)!)).toBe(true);
    }
  });

  it('logs the invented history on its own days, and the log still verifies', async () => {
    const old = await t.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('action', 'like', 'sip.%')
      .where('at', '<', new Date(Date.now() - 30 * 86_400_000))
      .executeTakeFirstOrThrow();
    expect(Number(old.n)).toBeGreaterThan(10);
    expect(await verifyAccessLog(t.db)).toMatchObject({ ok: true });
  });
});
