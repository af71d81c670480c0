import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEYS } from '@vardflata/domain';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** Client surveys (F10): a one-time link, no sign-in, nothing that links the answer to a person. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let anna: TestClient;
let olle: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  // Beroendecentrum: the demo county has no survey answers there.
  anna = await t.signIn('anna.lakare');
  olle = await t.signIn('olle.analytiker');
});
afterAll(async () => t?.close());

const answers = (n: number, value: number | null) => Array.from({ length: n }, () => value);

describe('client surveys', () => {
  it('are answered once on a one-time link without signing in, storing no person', async () => {
    const inv = await anna.post('/api/surveys/invitations', { kind: 'uiv' });
    expect(inv.status).toBe(201);
    expect(inv.body.path).toBe(`/survey/${inv.body.token}`);
    const client = t.client(); // no session
    const open = await client.get(`/api/public/surveys/${inv.body.token}`);
    expect(open.status).toBe(200);
    expect(open.body).toEqual({
      kind: 'uiv',
      unitName: 'Beroendecentrum',
      questionCount: 20,
    });
    const wrong = await client.post(`/api/public/surveys/${inv.body.token}/answers`, {
      answers: answers(3, 4),
    });
    expect(wrong.status).toBe(400);
    const res = await client.post(`/api/public/surveys/${inv.body.token}/answers`, {
      answers: [5, 4, null, ...answers(17, 3)],
    });
    expect(res.status).toBe(201);
    // Used up: the same link answers nothing any more, and the invitation is gone.
    expect((await client.get(`/api/public/surveys/${inv.body.token}`)).status).toBe(404);
    expect(
      (
        await client.post(`/api/public/surveys/${inv.body.token}/answers`, {
          answers: answers(20, 1),
        })
      ).status,
    ).toBe(404);
    expect(await t.db.selectFrom('survey_invitation').selectAll().execute()).toEqual([]);
    const stored = await t.db
      .selectFrom('survey_response')
      .selectAll()
      .where('unit_id', '=', ids.beroendecentrum)
      .execute();
    expect(stored).toHaveLength(1);
    // Unit, kind, month and answers: no person, no staff, no time of day, no token.
    expect(Object.keys(stored[0]!).sort()).toEqual(
      ['answered_month', 'answers', 'id', 'kind', 'organisation_id', 'unit_id'].sort(),
    );
    expect(stored[0]!.answers).toEqual([5, 4, null, ...answers(17, 3)]);
  });

  it('shows results per question only when 5 or more answered', async () => {
    // A wide period: the answers are kept by the month they came in (no clock in the test).
    const from = '2000-01-01';
    const to = '2099-12-31';
    const before = await olle.get(
      `/api/surveys/results?from=${from}&to=${to}&unitId=${ids.beroendecentrum}`,
    );
    const uiv = before.body.items.find((i: { kind: string }) => i.kind === 'uiv');
    expect(uiv).toMatchObject({ responses: null, suppressed: true });
    expect(uiv.questions[0]).toEqual({ index: 1, mean: null, answered: null });
    for (let i = 0; i < 5; i++) {
      const inv = await anna.post('/api/surveys/invitations', { kind: 'uiv' });
      const a = answers(SURVEYS.uiv.questions.length, 4);
      a[0] = i < 4 ? 5 : 1;
      if (i < 2) a[19] = null;
      await t.client().post(`/api/public/surveys/${inv.body.token}/answers`, { answers: a });
    }
    const after = await olle.get(
      `/api/surveys/results?from=${from}&to=${to}&unitId=${ids.beroendecentrum}`,
    );
    const six = after.body.items.find((i: { kind: string }) => i.kind === 'uiv');
    expect(six.responses).toBe(6);
    // Question 1: 5, 5, 5, 5, 1 and the first survey's 5.
    expect(six.questions[0]).toEqual({ index: 1, mean: 4.33, answered: 6 });
    // Question 3: the first survey left it unanswered → 5 answered, shown.
    expect(six.questions[2]).toEqual({ index: 3, mean: 4, answered: 5 });
    // Question 20: two left it unanswered → 4 answered: hidden.
    expect(six.questions[19]).toEqual({ index: 20, mean: null, answered: null });
    const eb = after.body.items.find((i: { kind: string }) => i.kind === 'uiv-eb');
    expect(eb).toMatchObject({ responses: 0, suppressed: false });
    expect((await anna.get(`/api/surveys/results?from=${from}&to=${to}`)).status).toBe(403);
  });

  it('has demo answers: shown at Exempelby, hidden at Norrby (three only)', async () => {
    const q = 'from=2000-01-01&to=2099-12-31';
    const ex = await olle.get(`/api/surveys/results?${q}&unitId=${ids.socExempelby}`);
    expect(ex.body.items.find((i: { kind: string }) => i.kind === 'uiv').responses).toBe(13);
    const no = await olle.get(`/api/surveys/results?${q}&unitId=${ids.socNorrby}`);
    expect(no.body.items.find((i: { kind: string }) => i.kind === 'uiv-eb')).toMatchObject({
      responses: null,
      suppressed: true,
    });
  });

  it('refuses invitations from analysts and a malformed token', async () => {
    expect((await olle.post('/api/surveys/invitations', { kind: 'uiv' })).status).toBe(403);
    expect((await t.client().get('/api/public/surveys/short')).status).toBe(400);
  });
});
