import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_NOTE_MAX, luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/**
 * Contacts (decision 0020-c): recording one, the input it refuses (400 naming the field), and
 * correcting or cancelling it — never showing as held what was not. Who sees a contact is in
 * contacts.access.test.ts. Days are fixed: the past is 2026, the future 2999.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
});
afterAll(async () => t?.close());

async function register(client: TestClient) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
    givenName: 'Kontakt',
    familyName: 'Personsson',
    sex: 'female',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const HELD = { date: '2026-01-15', kind: 'visit', status: 'held' };
const FUTURE = '2999-01-15';

describe('recording a contact', () => {
  it('records a held visit at the caller’s unit and lists it, with a log row for each', async () => {
    const p = await register(erik);
    const res = await erik.post(`/api/persons/${p}/contacts`, { ...HELD, note: '  Återbesök. ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      personId: p,
      organisationId: ids.exempelby,
      unitId: ids.socExempelby,
      unitName: 'Socialtjänst Vuxen Exempelby',
      date: '2026-01-15',
      kind: 'visit',
      status: 'held',
      awaitingOutcome: false,
      note: 'Återbesök.',
      recordedByName: 'Erik Socialsekreterare',
      changedAt: null,
      mayEdit: true,
    });
    const phone = await erik.post(`/api/persons/${p}/contacts`, {
      date: '2026-02-01',
      kind: 'phone',
      status: 'held',
    });
    expect(phone.status).toBe(201);
    const list = await erik.get(`/api/persons/${p}/contacts`);
    expect(list.status).toBe(200);
    // Newest day first.
    expect(list.body.items.map((c: { kind: string }) => c.kind)).toEqual(['phone', 'visit']);
    const rows = (await logRowsFor(t.db, p)).filter((r) => r.action.startsWith('contact.'));
    expect(rows.map((r) => [r.action, r.ground, r.outcome])).toEqual([
      ['contact.create', 'care-relation', 'allowed'],
      ['contact.create', 'care-relation', 'allowed'],
      ['contact.list', 'own-organisation', 'allowed'],
    ]);
    expect(String(rows[0]!.detail)).toContain(res.body.id);
  });

  it('answers bad input with 400 naming each bad field', async () => {
    const p = await register(erik);
    const bad = async (body: unknown, path: string) => {
      const res = await erik.post(`/api/persons/${p}/contacts`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path })]);
    };
    await bad({ ...HELD, kind: 'email' }, 'kind');
    await bad({ ...HELD, status: 'done' }, 'status');
    await bad({ ...HELD, status: undefined }, 'status');
    await bad({ ...HELD, date: '2026-02-30' }, 'date');
    await bad({ ...HELD, note: 'x'.repeat(CONTACT_NOTE_MAX + 1) }, 'note');
    // Held or missed: the day has come. Not in the future.
    await bad({ ...HELD, date: FUTURE }, 'date');
    await bad({ ...HELD, status: 'no-show', date: FUTURE }, 'date');
    expect((await erik.get(`/api/persons/${p}/contacts`)).body.items).toEqual([]);
    // The refusal after the person was seen is logged as denied.
    const denied = (await logRowsFor(t.db, p)).filter(
      (r) => r.action === 'contact.create' && r.outcome === 'denied',
    );
    expect(denied).toHaveLength(2);
  });

  it('books a contact for a future day; a booked day that has passed awaits its outcome', async () => {
    const p = await register(erik);
    const booked = await erik.post(`/api/persons/${p}/contacts`, {
      date: FUTURE,
      kind: 'video',
      status: 'booked',
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'booked', awaitingOutcome: false });
    const passed = await erik.post(`/api/persons/${p}/contacts`, {
      date: '2026-01-20',
      kind: 'home-visit',
      status: 'booked',
    });
    // Never shown as held: booked, its outcome not recorded.
    expect(passed.body).toMatchObject({ status: 'booked', awaitingOutcome: true });
  });

  it('is refused to a unit manager (403) and is 404 for a person without a care relation', async () => {
    const p = await register(erik);
    const maja = await t.signIn('maja.chef');
    expect((await maja.post(`/api/persons/${p}/contacts`, HELD)).status).toBe(403);
    const nora = await t.signIn('nora.socsek');
    expect((await nora.post(`/api/persons/${p}/contacts`, HELD)).status).toBe(404);
    expect((await nora.get(`/api/persons/${p}/contacts`)).status).toBe(404);
    const rows = await logRowsFor(t.db, p);
    expect(
      rows
        .filter((r) => r.user_id === ids.user('nora.socsek'))
        .map((r) => [r.action, r.ground, r.outcome]),
    ).toEqual([
      ['contact.create', 'none', 'denied'],
      ['contact.list', 'none', 'denied'],
    ]);
  });
});

describe('correcting and cancelling a contact', () => {
  it('marks a booked contact held on its day, records who changed it, and logs the correction', async () => {
    const p = await register(erik);
    const booked = (
      await erik.post(`/api/persons/${p}/contacts`, { ...HELD, status: 'booked', kind: 'phone' })
    ).body;
    const held = await erik.request('PATCH', `/api/contacts/${booked.id}`, {
      status: 'held',
      kind: 'visit',
      note: 'Kom till mottagningen i stället.',
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body).toMatchObject({
      status: 'held',
      kind: 'visit',
      date: '2026-01-15',
      note: 'Kom till mottagningen i stället.',
      changedByName: 'Erik Socialsekreterare',
      awaitingOutcome: false,
    });
    expect(held.body.changedAt).toEqual(expect.any(String));
    // The note cleared with null; the rest kept.
    const cleared = await erik.request('PATCH', `/api/contacts/${booked.id}`, { note: null });
    expect(cleared.body).toMatchObject({ note: null, status: 'held', kind: 'visit' });
    const actions = (await logRowsFor(t.db, p)).map((r) => r.action);
    expect(actions.filter((a) => a === 'contact.update')).toHaveLength(2);
  });

  it('refuses what did not happen: held in the future, back to booked, or a change to a cancelled one', async () => {
    const p = await register(erik);
    const future = (
      await erik.post(`/api/persons/${p}/contacts`, { ...HELD, status: 'booked', date: FUTURE })
    ).body;
    const early = await erik.request('PATCH', `/api/contacts/${future.id}`, { status: 'held' });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ path: 'date' })]);
    const held = (await erik.post(`/api/persons/${p}/contacts`, HELD)).body;
    const moved = await erik.request('PATCH', `/api/contacts/${held.id}`, { date: FUTURE });
    expect(moved.status).toBe(400);
    const back = await erik.request('PATCH', `/api/contacts/${held.id}`, { status: 'booked' });
    expect(back.status).toBe(422);
    expect(back.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
    // Held and no-show are corrected into each other.
    const missed = await erik.request('PATCH', `/api/contacts/${held.id}`, { status: 'no-show' });
    expect(missed.body).toMatchObject({ status: 'no-show' });
    const nothing = await erik.request('PATCH', `/api/contacts/${held.id}`, {});
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);

    const cancelled = await erik.request('PATCH', `/api/contacts/${future.id}`, {
      status: 'cancelled',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', awaitingOutcome: false });
    const revived = await erik.request('PATCH', `/api/contacts/${future.id}`, { status: 'booked' });
    expect(revived.status).toBe(422);
    const renamed = await erik.request('PATCH', `/api/contacts/${future.id}`, { kind: 'video' });
    expect(renamed.status).toBe(422);

    const rows = (await logRowsFor(t.db, p)).filter((r) =>
      ['contact.update', 'contact.cancel'].includes(r.action),
    );
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([
      ['contact.update', 'denied'],
      ['contact.update', 'denied'],
      ['contact.update', 'denied'],
      ['contact.update', 'allowed'],
      ['contact.cancel', 'allowed'],
      ['contact.update', 'denied'],
      ['contact.update', 'denied'],
    ]);
  });

  it('is 404 for a contact that does not exist', async () => {
    const res = await erik.request('PATCH', '/api/contacts/00000000-0000-4000-8000-000000000000', {
      status: 'held',
    });
    expect(res.status).toBe(404);
  });
});
