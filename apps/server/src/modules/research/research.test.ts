import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { indicatorCounty } from '../indicators/indicators.fixtures.ts';
import { pseudonym } from './research.policy.ts';

/** The pseudonymised research extract (F11): keyed pseudonyms, k-anonymity, logged. */
let t: TestApp;
let olle: TestClient;
let ids: Awaited<ReturnType<typeof demoIds>>;
const women: string[] = [];
const rare: string[] = [];
const testPersons: string[] = [];
const BODY = { project: 'Studie A', from: '2044-01-01', to: '2044-12-31' };

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  const c = await indicatorCounty(t.db);
  for (let i = 0; i < 6; i++) {
    const p = await c.person('female', '1990-06-15');
    await c.relation(p, c.units.a1, '2044-01-10', '2044-06-01');
    await t.db
      .insertInto('screening')
      .values({
        person_id: p,
        instrument: 'AUDIT',
        definition_version: '1',
        answers: '[]',
        points: '[]',
        total: 3,
        interpretation: '{}',
        performed_on: '2044-02-01',
        filled_in_by: 'staff',
        recorded_by: ids.user('anna.lakare'),
        unit_id: c.units.a1,
        organisation_id: c.orgA,
      })
      .execute();
    women.push(p);
  }
  // Two persons alone in their group (sex not stated, born 1930, in care with both principals).
  for (let i = 0; i < 2; i++) {
    const p = await c.person('unknown', '1930-01-01');
    await c.relation(p, c.units.a1, '2044-03-01', '2044-05-01');
    await c.relation(p, c.units.b1, '2044-03-01', '2044-05-01');
    rare.push(p);
  }
  // Six test persons alike in 2045: a group large enough to be released, were they let in.
  for (let i = 0; i < 6; i++) {
    const p = await c.person('female', '1990-06-15');
    await c.relation(p, c.units.a1, '2045-01-10', '2045-06-01');
    await t.db.updateTable('person').set({ test_data: true }).where('id', '=', p).execute();
    testPersons.push(p);
  }
  olle = await t.signIn('olle.analytiker');
});
afterAll(async () => t?.close());

const key = async () =>
  (await t.db.selectFrom('research_key').select('secret').executeTakeFirstOrThrow()).secret;

describe('POST /api/research/extracts', () => {
  it('releases keyed pseudonyms, withholds groups smaller than k, and names no one', async () => {
    const res = await olle.post('/api/research/extracts', BODY);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ k: 5, quasiIdentifiers: ['sex', 'ageBand', 'principals'] });
    const secret = await key();
    const byPseudonym = new Map(
      (res.body.rows as { pseudonym: string }[]).map((r) => [r.pseudonym, r]),
    );
    for (const id of women) {
      expect(byPseudonym.get(pseudonym(secret, BODY.project, id))).toMatchObject({
        sex: 'female',
        ageBand: '45-54',
        principals: 'region',
        auditScreenings: 1,
        duditScreenings: 0,
      });
    }
    for (const id of rare) {
      expect(byPseudonym.has(pseudonym(secret, BODY.project, id))).toBe(false);
    }
    expect(res.body.withheld).toBeGreaterThanOrEqual(2);
    expect(res.body.released).toBe(res.body.rows.length);
    const text = JSON.stringify(res.body);
    for (const id of [...women, ...rare]) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\d{12}|1990-06-15/);
  });

  it('leaves test persons out even where follow-up counts them (outside production mode)', async () => {
    expect(t.config.includeTestData).toBe(true);
    const res = await olle.post('/api/research/extracts', {
      ...BODY,
      project: 'Utan testpersoner',
      from: '2045-01-01',
      to: '2045-12-31',
    });
    expect(res.status).toBe(201);
    const secret = await key();
    const released = new Set((res.body.rows as { pseudonym: string }[]).map((r) => r.pseudonym));
    for (const id of testPersons) {
      expect(released.has(pseudonym(secret, 'Utan testpersoner', id))).toBe(false);
    }
  });

  it('keeps pseudonyms stable within a project and different between projects', async () => {
    const a = await olle.post('/api/research/extracts', BODY);
    const again = await olle.post('/api/research/extracts', BODY);
    const other = await olle.post('/api/research/extracts', { ...BODY, project: 'Studie B' });
    const set = (r: typeof a) =>
      new Set((r.body.rows as { pseudonym: string }[]).map((x) => x.pseudonym));
    expect(set(again)).toEqual(set(a));
    expect([...set(other)].some((p) => set(a).has(p))).toBe(false);
  });

  it('records and logs every extract', async () => {
    const res = await olle.post('/api/research/extracts', { ...BODY, project: 'Loggad', k: 6 });
    expect(res.status).toBe(201);
    const record = await t.db
      .selectFrom('research_extract')
      .selectAll()
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      project: 'Loggad',
      k: 6,
      requested_by: ids.user('olle.analytiker'),
      rows_released: res.body.released,
      rows_withheld: res.body.withheld,
    });
    const log = await t.db
      .selectFrom('access_log')
      .selectAll()
      .where('action', '=', 'research.extract')
      .where('user_id', '=', ids.user('olle.analytiker'))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(log.person_id).toBeNull();
    expect(JSON.parse(log.detail!)).toMatchObject({ extractId: res.body.id, project: 'Loggad' });
  });

  it('is for analysts only, and refuses a k below 3', async () => {
    const maja = await t.signIn('maja.chef');
    expect((await maja.post('/api/research/extracts', BODY)).status).toBe(403);
    const bad = await olle.post('/api/research/extracts', { ...BODY, k: 2 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('k');
  });
});
