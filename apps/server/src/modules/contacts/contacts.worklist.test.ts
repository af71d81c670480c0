import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, luhnCheckDigit } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { SESSION_COOKIE } from '../../auth/auth.plugin.ts';
import { loadSession } from '../../auth/session-store.ts';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';
import { getWorklist } from '../worklist/worklist.service.ts';
import { AWAITING_OUTCOME_ON_WORKLIST } from './contacts.policy.ts';

/**
 * A booked contact whose day has passed is a worklist item of the unit that had it (decision
 * 0020-c) until its outcome is recorded: from the day after, in Swedish time; never for another
 * unit; not once the person is out of the unit's sight; one log row per item shown. The worklist
 * is read with a fixed `now`, so no assertion depends on the clock.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let anna: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
});
afterAll(async () => t?.close());

const callers = new Map<string, Promise<Caller>>();
/**
 * The caller of a real session of `username` (the service takes it, not the request): signed in
 * once, then read as the auth plugin reads it.
 */
function callerFor(username: string): Promise<Caller> {
  let caller = callers.get(username);
  if (!caller) {
    caller = t.signIn(username).then(async (client) => {
      const token = client.cookie!.slice(`${SESSION_COOKIE}=`.length);
      return (await loadSession(t.db, token, t.config))!.caller;
    });
    callers.set(username, caller);
  }
  return caller;
}

async function register(client: TestClient, number = newIdentityNumber(luhnCheckDigit)) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Utfall',
    familyName: 'Väntarsson',
    sex: 'female',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, number };
}

async function book(client: TestClient, personId: string, date: string, kind = 'home-visit') {
  const res = await client.post(`/api/persons/${personId}/contacts`, {
    date,
    kind,
    status: 'booked',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** The contacts awaiting their outcome on `username`'s worklist at `now`. */
async function outcomesOn(username: string, now: string) {
  const list = await getWorklist(t.db, await callerFor(username), 'unit', new Date(now));
  return list.handOvers.filter((i) => i.kind === 'contact-outcome-missing');
}

const shownRows = async (personId: string) =>
  (await logRowsFor(t.db, personId)).filter((r) => r.action === 'contact.worklist');

// 10 March 2026 ends at 23:00 UTC in Stockholm (CET).
const ON_THE_DAY = '2026-03-10T22:30:00Z';
const NEXT_DAY = '2026-03-10T23:30:00Z';

describe('a booked contact whose day has passed on the worklist', () => {
  it('is the recording unit’s from the next Swedish day, oldest first, one log row each', async () => {
    const p = await register(erik);
    const march = await book(erik, p.id, '2026-03-10');
    const february = await book(erik, p.id, '2026-02-01', 'phone');
    const eleventh = await book(erik, p.id, '2026-03-11', 'visit');

    const before = await outcomesOn('erik.socsek', ON_THE_DAY);
    expect(before.map((i) => i.recordId)).toEqual([february]);
    expect(await shownRows(p.id)).toHaveLength(1);

    const after = await outcomesOn('erik.socsek', NEXT_DAY);
    expect(after.map((i) => i.recordId)).toEqual([february, march]);
    expect(after[1]).toEqual({
      kind: 'contact-outcome-missing',
      recordId: march,
      personId: p.id,
      person: {
        id: p.id,
        personalIdentityNumber: p.number,
        givenName: 'Utfall',
        familyName: 'Väntarsson',
        protectedIdentity: false,
      },
      dueOn: '2026-03-10',
      days: -1,
      text: 'Kontakten den 10 mars 2026 (hembesök) väntar på utfall: registrera om den blev av, uteblev eller ställdes in.',
    });
    expect(after[0]).toMatchObject({ dueOn: '2026-02-01', days: -38 });
    expect(after[0]!.text).toContain('(telefonsamtal)');

    const rows = await shownRows(p.id);
    expect(rows.map((r) => [r.user_id, r.ground, r.outcome])).toEqual(
      Array(3).fill([ids.user('erik.socsek'), 'care-relation', 'allowed']),
    );
    expect(rows.slice(1).map((r) => String(r.detail))).toEqual([
      expect.stringContaining(february),
      expect.stringContaining(march),
    ]);

    // GET /api/worklist serves them, counted by kind (on today's date: 2026 is past, as in
    // contacts.test.ts, so the 11 March booking is waiting too).
    const served = await erik.get('/api/worklist');
    expect(served.status).toBe(200);
    expect(
      served.body.handOvers
        .filter((i: { personId: string }) => i.personId === p.id)
        .map((i: { recordId: string }) => i.recordId),
    ).toEqual([february, march, eleventh]);
    expect(served.body.counts['contact-outcome-missing']).toBeGreaterThanOrEqual(3);
  });

  it('is not another unit’s, even one of the same principal that sees the contact', async () => {
    const p = await register(anna);
    const booked = await book(anna, p.id, '2026-03-10');
    const vera = await t.signIn('vera.vardcentral');
    await register(vera, p.number);
    await register(erik, p.number);
    // Vårdcentral Centrum, of the same region, sees Beroendecentrum's booking.
    const seen = await vera.get(`/api/persons/${p.id}/contacts`);
    expect(seen.body.items.map((c: { id: string }) => c.id)).toEqual([booked]);

    expect(await outcomesOn('vera.vardcentral', NEXT_DAY)).toEqual([]);
    expect(await outcomesOn('erik.socsek', NEXT_DAY)).not.toContainEqual(
      expect.objectContaining({ recordId: booked }),
    );
    expect(await shownRows(p.id)).toEqual([]);
    const annas = await outcomesOn('anna.lakare', NEXT_DAY);
    expect(annas.map((i) => i.recordId)).toContain(booked);
    expect(await shownRows(p.id)).toHaveLength(1);
  });

  it('leaves once the outcome is recorded: held, no-show or cancelled', async () => {
    const p = await register(erik);
    const held = await book(erik, p.id, '2026-03-02');
    const missed = await book(erik, p.id, '2026-03-03');
    const cancelled = await book(erik, p.id, '2026-03-04');
    const waiting = await book(erik, p.id, '2026-03-05');
    const mine = async () =>
      (await outcomesOn('erik.socsek', NEXT_DAY))
        .filter((i) => i.personId === p.id)
        .map((i) => i.recordId);
    expect(await mine()).toEqual([held, missed, cancelled, waiting]);

    for (const [id, status] of [
      [held, 'held'],
      [missed, 'no-show'],
      [cancelled, 'cancelled'],
    ] as const) {
      const res = await erik.request('PATCH', `/api/contacts/${id}`, { status });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(await mine()).not.toContain(id);
    }
    expect(await mine()).toEqual([waiting]);
    // Moved to a day ahead, it is booked and not yet due.
    await erik.request('PATCH', `/api/contacts/${waiting}`, { date: '2026-03-20' });
    expect(await mine()).toEqual([]);
  });

  it('leaves when the person is no longer visible to the unit, and shows no name it may not', async () => {
    const p = await register(erik);
    const booked = await book(erik, p.id, '2026-03-10');
    await t.db
      .updateTable('person')
      .set({ protected_identity: true })
      .where('id', '=', p.id)
      .execute();
    const [shown] = (await outcomesOn('erik.socsek', NEXT_DAY)).filter((i) => i.personId === p.id);
    expect(shown).toMatchObject({
      recordId: booked,
      person: { givenName: null, familyName: null, protectedIdentity: true },
    });

    const person = await erik.get(`/api/persons/${p.id}`);
    const relationId = person.body.careRelations[0].id as string;
    const closed = await erik.post(`/api/persons/${p.id}/care-relations/${relationId}/close`, {
      reason: 'Flyttat till annan kommun.',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const logged = (await shownRows(p.id)).length;
    expect((await outcomesOn('erik.socsek', NEXT_DAY)).map((i) => i.recordId)).not.toContain(
      booked,
    );
    expect(await shownRows(p.id)).toHaveLength(logged);
  });

  it(`shows at most ${AWAITING_OUTCOME_ON_WORKLIST}, the oldest`, async () => {
    const nora = await t.signIn('nora.socsek');
    const p = await register(nora);
    const caller = await callerFor('nora.socsek');
    const days = Array.from({ length: AWAITING_OUTCOME_ON_WORKLIST + 1 }, (_, i) =>
      addDays('2025-01-01', i),
    );
    await t.db
      .insertInto('contact')
      .values(
        [...days].reverse().map((day) => ({
          person_id: p.id,
          organisation_id: caller.organisationId!,
          unit_id: caller.unitId!,
          contact_on: day,
          kind: 'visit' as const,
          status: 'booked' as const,
          recorded_by: caller.staffId,
        })),
      )
      .execute();
    const shown = (await outcomesOn('nora.socsek', NEXT_DAY)).filter((i) => i.personId === p.id);
    expect(shown.map((i) => i.dueOn)).toEqual(days.slice(0, AWAITING_OUTCOME_ON_WORKLIST));
    expect(await shownRows(p.id)).toHaveLength(AWAITING_OUTCOME_ON_WORKLIST);
  });
});
