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

/** Case manager (F7) and cases closed and reopened (F8). */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let sara: TestClient;
let anna: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  sara = await t.signIn('sara.samordnare');
  anna = await t.signIn('anna.lakare');
});
afterAll(async () => t?.close());

async function register(client: TestClient) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
    givenName: 'Ärende',
    familyName: 'Personsson',
    sex: 'male',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('case manager', () => {
  it('names a case manager without any SIP, and lists the persons on the case manager’s own list', async () => {
    const personId = await register(erik);
    const res = await erik.post(`/api/persons/${personId}/case-manager`, {
      kind: 'case-manager',
      staffId: ids.user('sara.samordnare'),
      assignedOn: '2026-02-01',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'case-manager', name: 'Sara Samordnare' });
    const mine = (await sara.get('/api/case-management/my-persons')).body.items as {
      personId: string;
    }[];
    expect(mine.map((i) => i.personId)).toContain(personId);
    // An ACT team takes over: Sara's list no longer has the person.
    const act = await erik.post(`/api/persons/${personId}/case-manager`, {
      kind: 'act-team',
      teamName: 'ACT-teamet Exempelby',
      assignedOn: '2026-03-01',
    });
    expect(act.status).toBe(201);
    const after = (await sara.get('/api/case-management/my-persons')).body.items as {
      personId: string;
    }[];
    expect(after.map((i) => i.personId)).not.toContain(personId);
    expect((await erik.get(`/api/persons/${personId}/cases`)).body.caseManager).toMatchObject({
      kind: 'act-team',
      name: 'ACT-teamet Exempelby',
    });
    // A case manager from another organisation is refused.
    const other = await erik.post(`/api/persons/${personId}/case-manager`, {
      kind: 'case-manager',
      staffId: ids.user('anna.lakare'),
      assignedOn: '2026-03-02',
    });
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([expect.objectContaining({ path: 'staffId' })]);
  });
});

describe('cases closed and reopened', () => {
  it('closes a case with its outcome and records a returning person as återaktualiserad, counted as such', async () => {
    const personId = await register(erik);
    const first = await erik.post(`/api/persons/${personId}/cases`, { openedOn: '2026-01-05' });
    expect(first.status).toBe(201);
    expect(first.body.reopened).toBe(false);
    expect(
      (await erik.post(`/api/persons/${personId}/cases`, { openedOn: '2026-01-06' })).status,
    ).toBe(409);
    expect(
      (
        await anna.post(`/api/cases/${first.body.id}/close`, {
          closedOn: '2026-02-01',
          outcome: 'moved',
        })
      ).status,
    ).toBe(404);
    const closed = await erik.post(`/api/cases/${first.body.id}/close`, {
      closedOn: '2026-02-01',
      outcome: 'goals-met',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closedOn: '2026-02-01', outcome: 'goals-met' });
    expect(
      (
        await erik.post(`/api/cases/${first.body.id}/close`, {
          closedOn: '2026-02-02',
          outcome: 'moved',
        })
      ).status,
    ).toBe(422);
    const back = await erik.post(`/api/persons/${personId}/cases`, { openedOn: '2026-05-10' });
    expect(back.status).toBe(201);
    expect(back.body.reopened).toBe(true);
    const stats = await erik.get('/api/case-management/stats?from=2026-05-01&to=2026-05-31');
    expect(stats.status).toBe(200);
    expect(stats.body.reopened).toBeGreaterThanOrEqual(1);
    expect(stats.body.opened).toBeGreaterThanOrEqual(stats.body.reopened);
    const actions = (await logRowsFor(t.db, personId)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['case.open', 'case.close', 'case.reopen']));
    expect((await logRowsFor(t.db, personId)).filter((r) => r.outcome === 'denied')).toContainEqual(
      expect.objectContaining({ action: 'case.close', user_id: ids.user('anna.lakare') }),
    );
  });
});
