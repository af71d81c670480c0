import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';
import { scanDisputes } from './disputes.jobs.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let maja: TestClient; // unit manager, Region; member of LokalKOLA Exempelby
let olle: TestClient; // analyst, Region; member of SocialKOLA (county steering group)
let erik: TestClient; // social worker, Exempelby
let anna: TestClient; // physician, Beroendecentrum (maja's unit)

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  olle = await t.signIn('olle.analytiker');
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
});
afterAll(() => t?.close());

const raise = (client: TestClient, extra: Record<string, unknown> = {}) =>
  client.post('/api/disputes', {
    title: 'Kostnadsansvar för abstinensvård',
    description: 'Parterna är oense om vem som bekostar vården före placering.',
    otherOrganisationId: ids.exempelby,
    ...extra,
  });

async function register(client: TestClient) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
    givenName: 'Tvist',
    familyName: 'Testperson',
    sex: 'female',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('raising a dispute', () => {
  it('starts at the line organisation (1) with the raiser as owner and a due date', async () => {
    const res = await raise(maja);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ level: 1, status: 'open', personLinked: false });
    expect(res.body.steps).toHaveLength(1);
    expect(res.body.steps[0]).toMatchObject({
      level: 1,
      code: 'line-organisation',
      owners: ['Maja Verksamhetschef'],
      endedAt: null,
      overdue: false,
    });
    expect(res.body.steps[0].dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const owned = await maja.get('/api/disputes?scope=owned');
    expect(owned.body.items.map((d: { id: string }) => d.id)).toContain(res.body.id);
  });

  it('is for unit managers and steering-group members only', async () => {
    expect((await raise(erik)).status).toBe(403);
    expect((await raise(anna)).status).toBe(403);
    expect((await raise(olle)).status).toBe(201);
  });

  it('refuses a dispute with one’s own organisation and text with a personnummer', async () => {
    expect((await raise(maja, { otherOrganisationId: ids.region })).status).toBe(422);
    const res = await raise(maja, { description: 'Gäller 19121212-1212.' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['description']);
  });
});

describe('the ladder', () => {
  it('climbs one step at a time, 1 → 4, each with its owners; beyond 4 is 422', async () => {
    const { body } = await raise(maja);
    const levels: number[] = [];
    const owners: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await maja.post(`/api/disputes/${body.id}/escalate`, {});
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      levels.push(res.body.level);
      owners.push(res.body.steps.at(-1).owner);
    }
    expect(levels).toEqual([2, 3, 4]);
    expect(owners).toEqual([
      'Ledningen för Region Exempel och Exempelby kommun',
      'LokalKOLA Exempelby',
      'SocialKOLA',
    ]);
    const beyond = await maja.post(`/api/disputes/${body.id}/escalate`, {});
    expect(beyond.status).toBe(422);
    // The county group's member finds it on his worklist.
    const owned = await olle.get('/api/disputes?scope=owned');
    expect(owned.body.items.map((d: { id: string }) => d.id)).toContain(body.id);
  });

  it('is resolved with the decision; a resolved dispute moves no more', async () => {
    const { body } = await raise(maja);
    await maja.post(`/api/disputes/${body.id}/escalate`);
    const res = await olle.post(`/api/disputes/${body.id}/resolve`, {
      decision: 'Regionen bekostar abstinensvården; kommunen placeringen.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'resolved',
      decision: 'Regionen bekostar abstinensvården; kommunen placeringen.',
      resolvedBy: 'Olle Analytiker',
    });
    expect(res.body.steps.at(-1)).toMatchObject({ endedHow: 'resolved' });
    expect((await maja.post(`/api/disputes/${body.id}/escalate`, {})).status).toBe(422);
    expect((await maja.post(`/api/disputes/${body.id}/resolve`, { decision: 'x' })).status).toBe(
      422,
    );
  });

  it('is hidden from those outside it (404)', async () => {
    const { body } = await raise(maja);
    expect((await erik.get(`/api/disputes/${body.id}`)).status).toBe(404);
    expect((await erik.post(`/api/disputes/${body.id}/escalate`, {})).status).toBe(404);
    expect((await olle.get(`/api/disputes/${body.id}`)).status).toBe(200);
  });
});

describe('the escalation job', () => {
  it('escalates an overdue step one level per run, owners notified; at 4 it reminds', async () => {
    const { body } = await raise(maja);
    const setDue = (due: string) =>
      t.db
        .updateTable('dispute_step')
        .set({ due_on: due })
        .where('dispute_id', '=', body.id)
        .where('ended_at', 'is', null)
        .execute();
    const level = async () =>
      (
        await t.db
          .selectFrom('dispute')
          .select('level')
          .where('id', '=', body.id)
          .executeTakeFirstOrThrow()
      ).level;

    await setDue('2030-01-09');
    // Not overdue on its due day.
    await scanDisputes(t.db, new Date('2030-01-09T10:00:00Z'));
    expect(await level()).toBe(1);
    await scanDisputes(t.db, new Date('2030-01-10T10:00:00Z'));
    expect(await level()).toBe(2);
    const step2 = await t.db
      .selectFrom('dispute_step')
      .selectAll()
      .where('dispute_id', '=', body.id)
      .orderBy('level')
      .execute();
    expect(step2.map((s) => [s.level, s.ended_how, s.due_on])).toEqual([
      [1, 'escalated-overdue', '2030-01-09'],
      [2, null, '2030-01-24'],
    ]);
    // Running twice the same day does nothing more.
    await scanDisputes(t.db, new Date('2030-01-10T11:00:00Z'));
    expect(await level()).toBe(2);
    await scanDisputes(t.db, new Date('2030-01-25T10:00:00Z'));
    expect(await level()).toBe(3);
    await scanDisputes(t.db, new Date('2030-02-25T10:00:00Z'));
    expect(await level()).toBe(4);
    const notes = await olle.get('/api/notifications');
    expect(notes.body.items.map((n: { title: string }) => n.title)).toContain(
      'Tvist lyft till er nivå',
    );
    await scanDisputes(t.db, new Date('2030-06-01T10:00:00Z'));
    expect(await level()).toBe(4);
    const later = await olle.get('/api/notifications');
    expect(later.body.items.map((n: { title: string }) => n.title)).toContain(
      'Tvist försenad i länsgruppen',
    );
    const shown = await maja.get(`/api/disputes/${body.id}`);
    expect(shown.body.steps.map((s: { endedHow: string | null }) => s.endedHow)).toEqual([
      'escalated-overdue',
      'escalated-overdue',
      'escalated-overdue',
      null,
    ]);
  });
});

describe('a dispute about one person', () => {
  it('links only a person the raiser may see; others see that a person is linked, not who', async () => {
    const own = await register(anna); // at Beroendecentrum, maja's unit
    const res = await raise(maja, { personId: own });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.person).toMatchObject({ id: own, name: 'Tvist Testperson' });
    const log = await logRowsFor(t.db, own);
    expect(log.map((r) => r.action)).toEqual(
      expect.arrayContaining(['dispute.link-person', 'dispute.read']),
    );
    const seenBySteering = await olle.get(`/api/disputes/${res.body.id}`);
    expect(seenBySteering.body).toMatchObject({ person: null, personLinked: true });

    const foreign = await register(erik); // at Exempelby: maja has no relation
    const refused = await raise(maja, { personId: foreign });
    expect(refused.status).toBe(404);
  });
});
