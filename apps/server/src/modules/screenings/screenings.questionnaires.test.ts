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

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let anna: TestClient;
let erik: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
});
afterAll(async () => t?.close());

/** A person registered by the given client; the number decides the age. */
async function person(
  client: TestClient,
  sex: 'female' | 'male' | 'unknown',
  number = newIdentityNumber(luhnCheckDigit),
) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Skattad',
    familyName: 'Person',
    sex,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** AUDIT answers (option indexes) that give the wanted total with items 1–8 only. */
function auditAnswers(total: number): number[] {
  const answers = Array(10).fill(0);
  let left = total;
  for (let i = 0; i < 8 && left > 0; i++) {
    answers[i] = Math.min(4, left);
    left -= answers[i];
  }
  return answers;
}

/** A new personnummer of someone who is `age` on 2026-06-01 (birthday in January). */
let ageSerial = 0;
function numberForAge(age: number): string {
  const year = 2026 - age;
  ageSerial += 1;
  const nine = `${String(year).slice(2)}0115${String(100 + ageSerial).slice(-3)}`;
  return `${year}0115${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

describe('AUDIT', () => {
  it('scores, interprets by sex and stores answers and points (api.md shape)', async () => {
    const id = await person(anna, 'female');
    const res = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: [2, 1, 1, 0, 0, 0, 0, 0, 1, 2],
      performedAt: '2026-06-01',
    });
    expect(res.status).toBe(201);
    // Items 9–10 score 0, 2, 4: option 1 → 2 points, option 2 → 4 points.
    expect(res.body).toMatchObject({
      instrument: 'AUDIT',
      answers: [2, 1, 1, 0, 0, 0, 0, 0, 1, 2],
      points: [2, 1, 1, 0, 0, 0, 0, 0, 2, 4],
      total: 10,
      interpretation: { zone: 'II', riskyUse: true, auditC: 4 },
      performedAt: '2026-06-01',
      organisationId: ids.region,
    });
  });

  it.each([
    ['female', 5, false, 'I'],
    ['female', 6, true, 'I'],
    ['male', 7, false, 'I'],
    ['male', 8, true, 'II'],
    ['unknown', 7, null, 'I'],
  ] as const)('%s with total %i: riskyUse %s, zone %s', async (sex, total, riskyUse, zone) => {
    const id = await person(anna, sex);
    const res = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(total),
    });
    expect(res.body.total).toBe(total);
    expect(res.body.interpretation).toMatchObject({ zone, riskyUse });
  });

  it('shows both readings when sex is unknown', async () => {
    const id = await person(anna, 'unknown');
    const res = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(7),
    });
    expect(res.body.interpretation.riskyUseBySex).toEqual({ female: true, male: false });
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 'answers'],
    [[0, 0, 0, 0, 0, 0, 0, 0, 3, 0], 'answers[8]'],
    [[0, 0, 0, 0, 5, 0, 0, 0, 0, 0], 'answers[4]'],
    [[0, 0, 0, 0, 0, 0, 0, -1, 0, 0], 'answers[7]'],
  ])('answers 400 naming the item for %j', async (answers, path) => {
    const id = await person(anna, 'male');
    const res = await anna.post(`/api/persons/${id}/screenings`, { instrument: 'AUDIT', answers });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await anna.get(`/api/persons/${id}/screenings`)).body.items).toEqual([]);
  });

  it('refuses a non-integer answer and an unknown instrument', async () => {
    const id = await person(anna, 'male');
    const bad = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: [0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('answers[2]');
    const unknown = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'PHQ9',
      answers: [],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('instrument');
  });

  it('refuses a date in the future', async () => {
    const id = await person(anna, 'male');
    const res = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(1),
      performedAt: '2999-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('performedAt');
  });
});

describe('DUDIT', () => {
  const dudit = (total: number) => {
    const answers = Array(11).fill(0);
    let left = total;
    for (let i = 0; i < 9 && left > 0; i++) {
      answers[i] = Math.min(4, left);
      left -= answers[i];
    }
    return answers;
  };

  it.each([
    ['female', 40, 1, 'none'],
    ['female', 40, 2, 'drug-related-problems'],
    ['male', 40, 5, 'none'],
    ['male', 40, 6, 'drug-related-problems'],
    ['male', 40, 25, 'probable-dependence'],
    ['female', 20, 2, 'none'],
    ['female', 20, 3, 'drug-related-problems'],
    ['male', 20, 6, 'none'],
    ['male', 20, 7, 'drug-related-problems'],
  ] as const)('%s aged %i with total %i → %s', async (sex, age, total, category) => {
    const id = await person(anna, sex, numberForAge(age));
    const res = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'DUDIT',
      answers: dudit(total),
      performedAt: '2026-06-01',
    });
    expect(res.status).toBe(201);
    expect(res.body.total).toBe(total);
    expect(res.body.interpretation.category).toBe(category);
    expect(res.body.interpretation.cutOff.preliminary).toBe(age <= 25);
  });

  it('scores items 10–11 as 0, 2, 4', async () => {
    const id = await person(anna, 'male');
    const res = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'DUDIT',
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2],
    });
    expect(res.body.points.slice(9)).toEqual([2, 4]);
    expect(res.body.total).toBe(6);
  });
});

describe('visibility across principals', () => {
  it('the region’s screenings reach the municipality only under consent, newest first, and logs every read', async () => {
    const number = newIdentityNumber(luhnCheckDigit);
    const id = await person(anna, 'male', number);
    await person(erik, 'male', number);
    await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(3),
      performedAt: '2026-01-10',
    });
    await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'DUDIT',
      answers: Array(11).fill(0),
      performedAt: '2026-03-10',
    });
    const own = await erik.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(12),
      performedAt: '2026-02-10',
    });

    expect(
      (await erik.get(`/api/persons/${id}/screenings`)).body.items.map((s: { id: string }) => s.id),
    ).toEqual([own.body.id]);
    const consent = await anna.post(`/api/persons/${id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.exempelby],
      form: 'written',
    });
    const shared = await erik.get(`/api/persons/${id}/screenings`);
    expect(shared.body.items.map((s: { performedAt: string }) => s.performedAt)).toEqual([
      '2026-03-10',
      '2026-02-10',
      '2026-01-10',
    ]);
    expect(shared.body.items[0].organisationName).toBe('Region Exempel');

    const rows = await logRowsFor(t.db, id);
    const lastList = rows.filter(
      (r) => r.action === 'screening.list' && r.user_id === ids.user('erik.socsek'),
    );
    // The first read saw only its own records; the second, under consent, both kinds.
    expect(lastList.map((r) => r.ground).sort()).toEqual([
      'consent',
      'own-organisation',
      'own-organisation',
    ]);

    await anna.post(`/api/consents/${consent.body.id}/revoke`, {});
    expect((await erik.get(`/api/persons/${id}/screenings`)).body.items).toHaveLength(1);
    expect((await erik.get(`/api/persons/${id}/timeline`)).body.items).toHaveLength(1);
  });

  it('404 for a person the caller cannot see', async () => {
    const id = await person(anna, 'female');
    expect((await erik.get(`/api/persons/${id}/screenings`)).status).toBe(404);
    expect(
      (
        await erik.post(`/api/persons/${id}/screenings`, {
          instrument: 'AUDIT',
          answers: auditAnswers(1),
        })
      ).status,
    ).toBe(404);
  });
});
