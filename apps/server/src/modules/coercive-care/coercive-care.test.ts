import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMonths,
  checklistState,
  COERCIVE_CARE_CHECKLIST,
  dueInWords,
  luhnCheckDigit,
} from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/** The LVM/LVU checklist (decision 0019-a): limits, access, log rows, worklist, demo county. */

describe('the statutory limits as data', () => {
  const state = (kind: 'lvm' | 'lvu', done: Record<string, string>, today: string) =>
    Object.fromEntries(checklistState(kind, done, today, false).map((s) => [s.step, s]));

  it('gives LVM submission the day after the custody decision (15 §) and the application a week after the court (18 §)', () => {
    const s = state(
      'lvm',
      { report: '2026-11-20', 'immediate-custody': '2026-11-30' },
      '2026-12-01',
    );
    expect(s.submission).toMatchObject({ dueOn: '2026-12-01', status: 'due', days: 0 });
    expect(s['custody-confirmed']!.status).toBe('not-applicable');
    expect(s.application).toMatchObject({ status: 'open', dueOn: null });
    expect(
      state('lvm', { 'immediate-custody': '2026-11-30' }, '2026-12-02').submission,
    ).toMatchObject({ status: 'overdue', days: -1 });
    const later = state(
      'lvm',
      {
        'immediate-custody': '2026-11-30',
        submission: '2026-11-30',
        'custody-confirmed': '2026-12-03',
      },
      '2026-12-04',
    );
    expect(later.submission).toMatchObject({ status: 'done', doneOn: '2026-11-30' });
    expect(later.application).toMatchObject({ dueOn: '2026-12-10', status: 'due', days: 6 });
  });

  it('counts LVM care from the ruling (12 §) and ends it six months after start (20 §)', () => {
    const s = state(
      'lvm',
      { 'care-ruling': '2026-08-03', 'care-started': '2026-08-31' },
      '2026-09-01',
    );
    expect(s['care-started']).toMatchObject({ status: 'done', dueOn: '2026-08-31' });
    expect(s['care-ended']).toMatchObject({ dueOn: '2027-02-28', status: 'due' });
    expect(s['care-outside']!.status).toBe('open');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('gives LVU a week to submit (7 §), four weeks to apply (8 §), and a review every six months (13 §)', () => {
    const s = state('lvu', { 'immediate-custody': '2026-11-02' }, '2026-11-05');
    expect(s.submission).toMatchObject({ dueOn: '2026-11-09', days: 4 });
    expect(s.application).toMatchObject({ dueOn: '2026-11-30' });
    const care = state('lvu', { 'care-started': '2026-01-15', review: '2026-07-01' }, '2026-07-02');
    // The review repeats: the next counts from the last, and it never shows as done for good.
    expect(care.review).toMatchObject({ dueOn: '2027-01-01', status: 'due', doneOn: '2026-07-01' });
    expect(care['care-ended']).toMatchObject({ dueOn: null, status: 'open' });
  });

  it('says where each limit comes from, and never codes a limit without a source', () => {
    for (const steps of Object.values(COERCIVE_CARE_CHECKLIST)) {
      for (const s of steps) {
        if (s.limit) {
          expect(s.limit.source).toMatch(/^https?:\/\//);
          expect(s.limit.wording.length).toBeGreaterThan(20);
          expect(s.limit.section).toMatch(/§ (LVM|LVU)$/);
        } else if (s.step === 'investigation' || s.step === 'medical-certificate') {
          expect(s.note?.sv).toMatch(/Ingen fast tidsfrist/);
        }
      }
    }
    expect(dueInWords('2026-12-02', '15 § LVM')).toBe('senast 2 december 2026 — 15 § LVM');
    expect(dueInWords('2026-12-02', '15 § LVM', 'en')).toBe('by 2 December 2026 — 15 § LVM');
  });
});

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

async function register(client: TestClient, number = newIdentityNumber(luhnCheckDigit)) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Process',
    familyName: 'Personsson',
    sex: 'female',
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, number };
}

type Step = { step: string; status: string; dueOn: string | null; mayRecord: boolean };
const stepIn = (body: { steps: Step[] }, step: string) => body.steps.find((s) => s.step === step)!;

describe('running a process', () => {
  it('lets social services start it and record steps in order, with due dates from the statute', async () => {
    const p = await register(erik);
    const started = await erik.post(`/api/persons/${p.id}/coercive-care`, {
      kind: 'lvm',
      reportedOn: '2026-11-20',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({
      personId: p.id,
      kind: 'lvm',
      organisationId: ids.exempelby,
      startedOn: '2026-11-20',
      status: 'open',
      mayEdit: true,
    });
    expect(stepIn(started.body, 'report')).toMatchObject({ status: 'done', mayRecord: false });
    const id = started.body.id as string;
    const step = (name: string, body: unknown) =>
      erik.post(`/api/coercive-care/${id}/steps/${name}`, body);

    const early = await step('submission', { doneOn: '2026-11-25' });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ path: 'step' })]);
    expect((await step('investigation', { doneOn: '2999-01-01' })).body.errors).toEqual([
      expect.objectContaining({ path: 'doneOn' }),
    ]);
    expect((await step('investigation', { doneOn: '2026-11-19' })).status).toBe(422);
    expect((await step('not-a-step', { doneOn: '2026-11-21' })).status).toBe(400);
    expect((await step('investigation', { doneOn: 'igår' })).body.errors).toEqual([
      expect.objectContaining({ path: 'doneOn' }),
    ]);
    // LVU's review is no step of LVM.
    expect((await step('review', { doneOn: '2026-11-21' })).status).toBe(422);

    expect((await step('investigation', { doneOn: '2026-11-21' })).status).toBe(200);
    expect((await step('investigation', { doneOn: '2026-11-22' })).status).toBe(422);
    const custody = await step('immediate-custody', { doneOn: '2026-11-25', note: 'Akut.' });
    expect(custody.status).toBe(200);
    expect(stepIn(custody.body, 'submission')).toMatchObject({
      dueOn: '2026-11-26',
      section: '15 § LVM',
      limit: expect.objectContaining({ section: '15 § LVM', confirmation: 'restated' }),
    });
    expect(stepIn(custody.body, 'immediate-custody')).toMatchObject({
      doneOn: '2026-11-25',
      doneByName: 'Erik Socialsekreterare',
      note: 'Akut.',
    });
    const submitted = await step('submission', { doneOn: '2026-11-25' });
    expect(stepIn(submitted.body, 'submission')).toMatchObject({
      status: 'done',
      dueOn: '2026-11-26',
    });

    // Health care cannot start one, even for a person it sees.
    const q = await register(anna);
    const refused = await anna.post(`/api/persons/${q.id}/coercive-care`, {
      kind: 'lvm',
      reportedOn: '2026-11-20',
    });
    expect(refused.status).toBe(403);

    const ended = await step('care-ended', { doneOn: '2026-11-27' });
    expect(ended.body).toMatchObject({ status: 'ended', endedOn: '2026-11-27' });
    expect(stepIn(ended.body, 'application')).toMatchObject({ status: 'not-applicable' });
    expect((await step('care-started', { doneOn: '2026-11-28' })).status).toBe(409);

    const list = await erik.get(`/api/persons/${p.id}/coercive-care`);
    expect(list.body.items).toEqual([expect.objectContaining({ id, status: 'ended' })]);
    const actions = (await logRowsFor(t.db, p.id)).map((r) => [r.action, r.outcome]);
    expect(actions).toContainEqual(['coercive-care.create', 'allowed']);
    expect(actions.filter(([a, o]) => a === 'coercive-care.step' && o === 'allowed')).toHaveLength(
      4,
    );
    expect(actions.filter(([a, o]) => a === 'coercive-care.step' && o === 'denied')).toHaveLength(
      6,
    );
    expect(actions).toContainEqual(['coercive-care.list', 'allowed']);
    expect((await logRowsFor(t.db, q.id)).map((r) => [r.action, r.outcome])).toContainEqual([
      'coercive-care.create',
      'denied',
    ]);
  });
});

describe('who sees a process', () => {
  it('shows health care the process only under the person’s consent, read-only', async () => {
    const p = await register(erik);
    const own = (
      await erik.post(`/api/persons/${p.id}/coercive-care`, {
        kind: 'lvu',
        reportedOn: '2026-10-01',
      })
    ).body;
    expect((await anna.get(`/api/persons/${p.id}/coercive-care`)).status).toBe(404);
    expect((await anna.get(`/api/coercive-care/${own.id}`)).status).toBe(404);
    await register(anna, p.number);
    expect((await anna.get(`/api/persons/${p.id}/coercive-care`)).body.items).toEqual([]);
    const consent = await erik.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.region],
      form: 'written',
    });
    expect(consent.status).toBe(201);
    const seen = await anna.get(`/api/coercive-care/${own.id}`);
    expect(seen.body).toMatchObject({ id: own.id, mayEdit: false });
    expect(stepIn(seen.body, 'investigation').mayRecord).toBe(false);
    const write = await anna.post(`/api/coercive-care/${own.id}/steps/investigation`, {
      doneOn: '2026-10-02',
    });
    expect(write.status).toBe(403);
    const annas = (await logRowsFor(t.db, p.id))
      .filter((r) => r.user_id === ids.user('anna.lakare') && r.action.startsWith('coercive'))
      .map((r) => [r.action, r.ground, r.outcome]);
    expect(annas).toEqual([
      ['coercive-care.list', 'none', 'denied'],
      ['coercive-care.read', 'none', 'denied'],
      ['coercive-care.list', 'care-relation', 'allowed'],
      ['coercive-care.read', 'consent', 'allowed'],
      ['coercive-care.step', 'consent', 'denied'],
    ]);
  });
});

describe('the worklist and the open processes', () => {
  it('puts a limit that runs out within a week, or has passed, on the unit’s worklist', async () => {
    const p = await register(erik);
    const old = (
      await erik.post(`/api/persons/${p.id}/coercive-care`, {
        kind: 'lvm',
        reportedOn: '2020-01-01',
      })
    ).body;
    // Custody in 2020 without a submission: overdue whatever today is.
    await erik.post(`/api/coercive-care/${old.id}/steps/immediate-custody`, {
      doneOn: '2020-01-02',
    });
    const items = (await erik.get('/api/care-chain/worklist')).body.items as {
      kind: string;
      recordId: string;
      dueOn: string;
      days: number;
      text: string;
    }[];
    const mine = items.filter((i) => i.recordId === old.id);
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'coercive-care-deadline', dueOn: '2020-01-03' }),
    ]);
    expect(mine[0]!.days).toBeLessThan(0);
    expect(mine[0]!.text).toBe(
      'LVM: Beslutet underställt förvaltningsrätten – senast 3 januari 2020 — 15 § LVM (fristen har passerat).',
    );
    // Another unit's worklist does not show it.
    const annas = (await anna.get('/api/care-chain/worklist')).body.items as { recordId: string }[];
    expect(annas.map((i) => i.recordId)).not.toContain(old.id);

    const open = await erik.get('/api/coercive-care/open');
    expect(open.status).toBe(200);
    expect(open.body.items).toContainEqual(
      expect.objectContaining({ id: old.id, person: expect.objectContaining({ id: p.id }) }),
    );
    expect((await anna.get('/api/coercive-care/open')).body.items).not.toContainEqual(
      expect.objectContaining({ id: old.id }),
    );
    await erik.post(`/api/coercive-care/${old.id}/steps/submission`, { doneOn: '2020-01-03' });
    // Submitted: the 15 § item is gone; the court's own limit (17 §) is what runs now.
    const after = (await erik.get('/api/care-chain/worklist')).body.items as {
      recordId: string;
      dueOn: string;
      text: string;
    }[];
    expect(after.filter((i) => i.recordId === old.id)).toEqual([
      expect.objectContaining({ dueOn: '2020-01-07', text: expect.stringContaining('17 § LVM') }),
    ]);
  });
});

describe('the demo county’s processes', () => {
  it('has one just started, one in custody awaiting submission, one applied for, one with care outside', async () => {
    const rows = await t.db
      .selectFrom('coercive_care_process as p')
      .innerJoin('coercive_care_step as s', 's.process_id', 'p.id')
      .select(['p.id', 'p.kind', 's.step'])
      .execute();
    const stepsOf = new Map<string, string[]>();
    for (const r of rows) stepsOf.set(r.id, [...(stepsOf.get(r.id) ?? []), r.step]);
    const sets = [...stepsOf.values()];
    expect(sets).toContainEqual(['report']);
    expect(sets.some((s) => s.includes('immediate-custody') && !s.includes('submission'))).toBe(
      true,
    );
    expect(sets.some((s) => s.includes('application') && !s.includes('care-ruling'))).toBe(true);
    expect(sets.some((s) => s.includes('care-outside'))).toBe(true);
  });
});
