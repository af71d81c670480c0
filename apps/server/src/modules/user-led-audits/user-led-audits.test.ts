import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAuditResults } from '@vardflata/domain';
import { DEMO_ANSWER_LINK, DEMO_TEAM_LINKS } from '../../db/seed/demo-user-led-audits.ts';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** User-led audits (brukarrevision, decision 0019-c): the team's audit from draft to answered. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let maja: TestClient;
let anna: TestClient;
let erik: TestClient;
let olle: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
  olle = await t.signIn('olle.analytiker');
});
afterAll(async () => t?.close());

const QUESTIONS = [
  { kind: 'scale', text: 'Hur blev du bemött?' },
  { kind: 'yes-no', text: 'Fick du vara delaktig?' },
  { kind: 'free-text', text: 'Vad saknade du?' },
];
const logRows = (action: string, auditId: string) =>
  t.db
    .selectFrom('access_log')
    .selectAll()
    .where('action', '=', action)
    .where('detail', 'like', `%${auditId}%`)
    .orderBy('id')
    .execute();

describe('user-led audits', () => {
  it('go from draft to answered: the team asks, collects, compiles and publishes; the manager answers', async () => {
    const made = await maja.post('/api/user-led-audits', {
      title: 'Testrevision',
      unitId: ids.beroendecentrum,
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      userOrganisation: 'Brukarföreningen Test',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'draft', mayInvite: true, mayRespond: false });
    const id = made.body.id as string;

    const inv = await maja.post(`/api/user-led-audits/${id}/auditors`, { name: 'Kim Test' });
    expect(inv.status).toBe(201);
    expect(inv.body.path).toBe(`/audit-team/${inv.body.token}`);
    const stored = await t.db
      .selectFrom('user_led_auditor')
      .selectAll()
      .where('audit_id', '=', id)
      .execute();
    // Only the hash of the team link is kept.
    expect(stored[0]!.token_hash).not.toBe(inv.body.token);
    expect(stored[0]!.token_hash).toHaveLength(64);

    const team = `/api/user-led-audits/team/${inv.body.token}`;
    const guest = t.client(); // the auditor has no account
    expect((await guest.get(team)).body).toMatchObject({
      status: 'draft',
      auditorName: 'Kim Test',
    });
    // No questions yet: collection cannot open.
    expect((await guest.post(`${team}/open`, {})).status).toBe(422);
    const bad = await guest.request('PUT', `${team}/questions`, {
      questions: [{ kind: 'scale', text: 'Gäller 19121212-1212?' }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('questions[0].text');
    expect((await guest.request('PUT', `${team}/questions`, { questions: QUESTIONS })).status).toBe(
      200,
    );
    expect((await guest.post(`${team}/open`, {})).body).toMatchObject({
      status: 'collecting',
      received: 0,
    });
    // Fixed once collecting.
    expect((await guest.request('PUT', `${team}/questions`, { questions: QUESTIONS })).status).toBe(
      422,
    );

    const links = await guest.post(`${team}/links`, { count: 5 });
    expect(links.status).toBe(201);
    expect(links.body.links).toHaveLength(5);
    const first = links.body.links[0].token as string;
    expect((await guest.get(`/api/user-led-audits/answer/${first}`)).body).toEqual({
      title: 'Testrevision',
      unitName: 'Beroendecentrum',
      userOrganisation: 'Brukarföreningen Test',
      questions: QUESTIONS,
    });
    // An answer that does not fit its question is refused, naming it.
    const wrong = await guest.post(`/api/user-led-audits/answer/${first}`, {
      answers: [true, true, null],
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('answers[0]');
    for (const [i, l] of links.body.links.slice(0, 4).entries()) {
      const res = await guest.post(`/api/user-led-audits/answer/${l.token}`, {
        answers: [4 + (i % 2), i !== 0, i < 3 ? `Svar ${i}` : null],
      });
      expect(res.status).toBe(201);
    }
    // Used up.
    expect((await guest.get(`/api/user-led-audits/answer/${first}`)).status).toBe(404);
    expect(
      (await guest.post(`/api/user-led-audits/answer/${first}`, { answers: [1, true, null] }))
        .status,
    ).toBe(404);
    // Two paper interviews.
    await guest.post(`${team}/paper-answers`, { answers: [3, true, 'Från intervju'] });
    const paper = await guest.post(`${team}/paper-answers`, { answers: [5, true, 'Mer tid'] });
    expect(paper.status).toBe(201);
    expect(paper.body.received).toBe(6);

    // Staff see no results before the report is out.
    expect((await maja.get(`/api/user-led-audits/${id}`)).body).toMatchObject({
      status: 'collecting',
      results: null,
      findings: null,
    });

    const closed = await guest.post(`${team}/close`, {});
    expect(closed.body.status).toBe('compiling');
    // The unused link stops working when collection closes.
    expect(
      await t.db.selectFrom('user_led_audit_link').selectAll().where('audit_id', '=', id).execute(),
    ).toEqual([]);
    const results = closed.body.results;
    expect(results.responses).toBe(6);
    // Scale 4,5,4,5,3,5: mean 4.33; counts 0,0,1,2,3 → all small, hidden.
    expect(results.questions[0]).toMatchObject({
      answered: 6,
      mean: 4.33,
      counts: [0, 0, null, null, null],
    });
    // Yes 5, no 1: the no is small and the yes would give it away.
    expect(results.questions[1]).toMatchObject({ answered: 6, yes: null, no: null });
    // Free text: 5 answered, in alphabetical order.
    expect(results.questions[2].texts).toEqual([
      'Från intervju',
      'Mer tid',
      'Svar 0',
      'Svar 1',
      'Svar 2',
    ]);

    expect((await guest.post(`${team}/publish`, {})).status).toBe(422);
    await guest.request('PUT', `${team}/report`, {
      findings: 'Bra bemötande.',
      recommendations: 'Fler kvällstider.',
    });
    expect((await guest.post(`${team}/publish`, {})).body.status).toBe('published');

    // Anna (same organisation) reads it; she may not answer. Erik (municipality) does not see it.
    expect((await anna.get(`/api/user-led-audits/${id}`)).body).toMatchObject({
      status: 'published',
      findings: 'Bra bemötande.',
      mayRespond: false,
    });
    expect(
      (await anna.post(`/api/user-led-audits/${id}/response`, { plannedActions: 'x' })).status,
    ).toBe(403);
    expect((await erik.get(`/api/user-led-audits/${id}`)).status).toBe(404);
    const answered = await maja.post(`/api/user-led-audits/${id}/response`, {
      plannedActions: 'Kvällsmottagning på torsdagar.',
    });
    expect(answered.body).toMatchObject({
      status: 'answered',
      plannedActions: 'Kvällsmottagning på torsdagar.',
      respondedBy: 'Maja Verksamhetschef',
    });
    expect(
      (await maja.post(`/api/user-led-audits/${id}/response`, { plannedActions: 'igen' })).status,
    ).toBe(422);
    expect((await guest.get(team)).body.plannedActions).toBe('Kvällsmottagning på torsdagar.');

    // Every step is in the access log, with no person; the team's rows carry the unit, not a staff id.
    for (const action of ['commission', 'invite-auditor', 'read', 'respond'])
      expect(await logRows(`user-led-audit.${action}`, id), action).not.toHaveLength(0);
    for (const action of [
      'questions',
      'open',
      'answer-links',
      'paper-answer',
      'close',
      'report',
      'publish',
    ]) {
      const rows = await logRows(`user-led-audit.${action}`, id);
      expect(rows.length, action).toBeGreaterThan(0);
      expect(rows[0]).toMatchObject({
        person_id: null,
        user_id: null,
        unit_id: ids.beroendecentrum,
      });
      expect(JSON.parse(rows[0]!.detail!)).toEqual({ auditId: id, auditorId: stored[0]!.id });
    }
    const answers = await logRows('user-led-audit.answer', id);
    expect(answers).toHaveLength(4);
    expect(JSON.parse(answers[0]!.detail!)).toEqual({ auditId: id });
    // An answer keeps the audit, how it came and the answers: no person, no time, no link.
    const responses = await t.db
      .selectFrom('user_led_audit_response')
      .selectAll()
      .where('audit_id', '=', id)
      .execute();
    expect(Object.keys(responses[0]!).sort()).toEqual(['answers', 'audit_id', 'id', 'source']);
  });

  it('hides everything when only 1–4 answered', () => {
    const r = compileAuditResults([{ kind: 'yes-no', text: 'Q' }], [[true], [false], [true]]);
    expect(r).toMatchObject({ responses: null, suppressed: true });
    expect(r.questions[0]).toMatchObject({ answered: null, yes: null, no: null, texts: null });
    const none = compileAuditResults([{ kind: 'scale', text: 'Q' }], []);
    expect(none).toMatchObject({ responses: 0, suppressed: false });
    expect(none.questions[0]).toMatchObject({ answered: 0, mean: null, counts: null });
  });

  it('refuses commissioning outside the own organisation and by care staff', async () => {
    const body = {
      title: 'Fel',
      unitId: ids.socNorrby,
      periodFrom: '2026-01-01',
      periodTo: '2026-02-01',
      userOrganisation: 'X',
    };
    expect((await maja.post('/api/user-led-audits', body)).status).toBe(403);
    expect(
      (await anna.post('/api/user-led-audits', { ...body, unitId: ids.beroendecentrum })).status,
    ).toBe(403);
    const back = await maja.post('/api/user-led-audits', {
      ...body,
      unitId: ids.beroendecentrum,
      periodTo: '2025-01-01',
    });
    expect(back.status).toBe(400);
    expect(JSON.stringify(back.body)).toContain('periodTo');
    // The steering group commissions anywhere.
    expect((await olle.post('/api/user-led-audits', body)).status).toBe(201);
    expect(
      (await t.client().get('/api/user-led-audits/team/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status,
    ).toBe(404);
  });

  it('has demo audits in four states', async () => {
    const list = await olle.get('/api/user-led-audits');
    const statuses = new Set(list.body.items.map((a: { status: string }) => a.status));
    for (const s of ['draft', 'collecting', 'published', 'answered']) expect(statuses).toContain(s);
    const g = t.client();
    const collecting = await g.get(`/api/user-led-audits/team/${DEMO_TEAM_LINKS.collecting}`);
    expect(collecting.body).toMatchObject({ status: 'collecting', received: 3, results: null });
    expect((await g.get(`/api/user-led-audits/answer/${DEMO_ANSWER_LINK}`)).status).toBe(200);
    const answered = await g.get(`/api/user-led-audits/team/${DEMO_TEAM_LINKS.answered}`);
    expect(answered.body.results.responses).toBe(12);
    expect(answered.body.plannedActions).toContain('Kvällsmottagning');
    // Maja's unit answers the published one; Erik sees only his organisation's audit.
    const mine = await maja.get('/api/user-led-audits');
    expect(
      mine.body.items.find((a: { status: string }) => a.status === 'published').mayRespond,
    ).toBe(true);
    const eriks = await erik.get('/api/user-led-audits');
    expect(eriks.body.items.map((a: { unit: { id: string } }) => a.unit.id)).toEqual([
      ids.socExempelby,
    ]);
  });
});
