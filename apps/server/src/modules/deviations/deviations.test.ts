import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient; // social worker, Exempelby
let nora: TestClient; // social worker, Norrby
let maja: TestClient; // unit manager, Region (Beroendecentrum)
let olle: TestClient; // analyst, Region; sits in the county steering group (SocialKOLA)
let anna: TestClient; // physician, Region

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  nora = await t.signIn('nora.socsek');
  maja = await t.signIn('maja.chef');
  olle = await t.signIn('olle.analytiker');
  anna = await t.signIn('anna.lakare');
});
afterAll(() => t?.close());

const report = (client: TestClient, description: string, category = 'availability') =>
  client.post('/api/deviations', {
    category,
    description,
    concernsOrganisationId: ids.region,
  });

describe('reporting a deviation (F13)', () => {
  it('lets any staff member report; the concerned organisation’s unit manager is told', async () => {
    const res = await report(erik, 'Ingen läkare gick att nå under helgen.');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'open',
      category: 'availability',
      concernsOrganisation: { id: ids.region, name: 'Region Exempel' },
      reporterOrganisation: { id: ids.exempelby },
      mayAnswer: false,
    });
    const notes = await maja.get('/api/notifications');
    expect(notes.body.items.map((n: { title: string }) => n.title)).toContain(
      'Ny avvikelse i samverkan',
    );
  });

  const nine = '850612123';
  const valid10 = `850612-123${luhnCheckDigit(nine)}`;
  it.each([
    ['12 digits with dash', `19${valid10}`],
    ['12 digits without dash', `19${valid10.replace('-', '')}`],
    ['10 digits with dash', valid10],
    ['10 digits without dash', valid10.replace('-', '')],
  ])(
    'refuses a description containing a personnummer (%s) with 400 naming description',
    async (_, pnr) => {
      const res = await report(erik, `Gällde klienten ${pnr} som inte fick tid.`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['description']);
      const count = await t.db
        .selectFrom('deviation')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('description', 'like', `%${pnr}%`)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    },
  );

  it('accepts a number that fails the check digit (not a personnummer)', async () => {
    const wrong = `850612-123${(luhnCheckDigit(nine) + 1) % 10}`;
    expect((await report(erik, `Ärendenummer ${wrong} hos regionen.`)).status).toBe(201);
  });

  it('refuses an unknown category and an unknown organisation', async () => {
    const bad = await erik.post('/api/deviations', {
      category: 'weather',
      description: 'x',
      concernsOrganisationId: ids.region,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['category']);
    const unknown = await erik.post('/api/deviations', {
      category: 'quality',
      description: 'x',
      concernsOrganisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('concernsOrganisationId');
  });
});

describe('answering and closing', () => {
  it('is answered by the concerned organisation and closed with what was done', async () => {
    const { body: created } = await report(
      erik,
      'Remissen besvarades inte på fyra veckor.',
      'coordination',
    );
    // The reporter cannot answer her own report; an outsider does not see it at all.
    expect((await erik.post(`/api/deviations/${created.id}/answer`, { answer: 'x' })).status).toBe(
      403,
    );
    expect((await nora.get(`/api/deviations/${created.id}`)).status).toBe(404);
    expect((await anna.get(`/api/deviations/${created.id}`)).status).toBe(404);

    const seen = await maja.get(`/api/deviations/${created.id}`);
    expect(seen.body).toMatchObject({ mayAnswer: true, mayClose: true });
    const answered = await maja.post(`/api/deviations/${created.id}/answer`, {
      answer: 'Remissen låg i fel inkorg; rutinen är ändrad.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', answeredBy: 'Maja Verksamhetschef' });
    expect(
      (await maja.post(`/api/deviations/${created.id}/answer`, { answer: 'igen' })).status,
    ).toBe(422);

    const erikNotes = await erik.get('/api/notifications');
    expect(erikNotes.body.items.map((n: { title: string }) => n.title)).toContain(
      'Din avvikelse har besvarats',
    );

    const closed = await maja.post(`/api/deviations/${created.id}/close`, {
      actionTaken: 'Gemensam inkorg för remisser införd.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      actionTaken: 'Gemensam inkorg för remisser införd.',
    });
    expect(
      (await maja.post(`/api/deviations/${created.id}/close`, { actionTaken: 'x' })).status,
    ).toBe(422);
  });

  it('lets a steering-group member see and answer any deviation', async () => {
    const { body: created } = await nora.post('/api/deviations', {
      category: 'quality',
      description: 'Behandlingslinjen för LARO följdes inte.',
      concernsOrganisationId: ids.exempelby,
    });
    const seen = await olle.get(`/api/deviations/${created.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.mayAnswer).toBe(true);
  });
});

describe('statistics per category and period', () => {
  it('counts the period’s deviations per category and status, zeros included', async () => {
    const day = (offset: number) => new Date(Date.UTC(2031, 0, 15 + offset, 10)).toISOString();
    await t.db
      .insertInto('deviation')
      .values(
        [
          ['availability', 'open', 0],
          ['availability', 'closed', 1],
          ['quality', 'answered', 2],
          ['quality', 'open', 40], // outside the period
        ].map(([category, status, offset]) => ({
          category: category as 'quality',
          status: status as 'open',
          description: 'Statistikfall',
          reported_by: ids.user('erik.socsek'),
          concerns_organisation_id: ids.region,
          reported_at: day(offset as number),
        })),
      )
      .execute();
    const res = await olle.get('/api/deviations/statistics?from=2031-01-01&to=2031-01-31');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    const by = Object.fromEntries(
      res.body.categories.map((c: { category: string }) => [c.category, c]),
    );
    expect(by.availability).toEqual({
      category: 'availability',
      reported: 2,
      open: 1,
      answered: 0,
      closed: 1,
    });
    expect(by.quality).toMatchObject({ reported: 1, answered: 1 });
    expect(by.responsibility).toMatchObject({ reported: 0 });
    // Care staff do not read statistics; a reversed period is a bad request.
    expect(
      (await erik.get('/api/deviations/statistics?from=2031-01-01&to=2031-01-31')).status,
    ).toBe(403);
    expect(
      (await olle.get('/api/deviations/statistics?from=2031-02-01&to=2031-01-31')).status,
    ).toBe(400);
  });
});
