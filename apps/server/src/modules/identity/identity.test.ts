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

/** Reserve numbers and merging a reserve identity into the real person (decision 0019-b). */
let t: TestApp;
let erik: TestClient;
let anna: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
});
afterAll(async () => t?.close());

async function reserve(client: TestClient, extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/persons/reserve', { sex: 'male', birthYear: 1985, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; reserveNumber: string };
}

async function registerReal(client: TestClient, number = newIdentityNumber(luhnCheckDigit)) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Verklig',
    familyName: 'Identitetsson',
    sex: 'male',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('registering with a reserve number', () => {
  it('issues a number that cannot be a personnummer, with what is known, and logs it', async () => {
    const p = await reserve(erik, { givenName: 'Okänd', note: 'Hittad vid centralstationen' });
    expect(p.reserveNumber).toMatch(/^1985RV\d{6}$/);
    const read = await erik.get(`/api/persons/${p.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      identityNumberKind: 'reservnummer',
      personalIdentityNumber: p.reserveNumber,
      dateOfBirth: '1985-07-01',
      givenName: 'Okänd',
      familyName: '',
      sex: 'male',
    });
    const second = await reserve(erik);
    expect(second.reserveNumber).not.toBe(p.reserveNumber);
    const found = await erik.get(
      `/api/persons?q=${p.reserveNumber.slice(0, 4)}-rv-${p.reserveNumber.slice(6)}`,
    );
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    const rows = await logRowsFor(t.db, p.id);
    expect(rows.map((r) => [r.action, r.outcome])).toContainEqual([
      'person.register-reserve',
      'allowed',
    ]);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await t.db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await erik.post('/api/persons/reserve', { sex: 'male', birthYear: 1850 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'birthYear' })]);
    const after = await t.db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('a reserve number is never accepted where a personnummer is asked for', async () => {
    const p = await reserve(erik);
    const res = await erik.post('/api/persons', {
      personalIdentityNumber: p.reserveNumber,
      givenName: 'A',
      familyName: 'B',
      sex: 'male',
    });
    expect(res.status).toBe(400);
  });
});

describe('merging a reserve identity into the real person', () => {
  it('moves every record in one go, resolves the open relation at the same unit, and leaves a tombstone', async () => {
    const r = await reserve(erik, { givenName: 'Kalle' });
    await erik.post(`/api/persons/${r.id}/circle/members`, {
      kind: 'child',
      name: 'Lo',
      relation: 'son',
      birthYear: 2019,
      contact: 'household',
    });
    await erik.post(`/api/persons/${r.id}/children-question`, {
      answer: 'children-identified',
      context: 'other',
      askedOn: '2026-02-01',
    });
    const consent = await erik.post(`/api/persons/${r.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [(await demoIds(t.db)).region],
      form: 'oral',
    });
    expect(consent.status).toBe(201);
    const real = await registerReal(erik);

    const preview = await erik.get(`/api/persons/${r.id}/merge-preview?into=${real}`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.moves).toEqual(
      expect.arrayContaining([
        { table: 'care_relation', count: 1 },
        { table: 'circle_member', count: 1 },
        { table: 'children_question', count: 1 },
        { table: 'consent', count: 1 },
      ]),
    );
    expect(preview.body.conflicts).toEqual([{ table: 'care_relation', count: 1 }]);

    const merged = await erik.post(`/api/persons/${r.id}/merge`, { intoPersonId: real });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.moved).toEqual(preview.body.moves);

    // Nothing left on the reserve id; everything on the real person.
    for (const { table } of preview.body.moves as { table: string }[]) {
      const left = await t.db
        .selectFrom(table as 'consent')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('person_id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(Number(left.n), table).toBe(0);
    }
    const circle = await erik.get(`/api/persons/${real}/circle`);
    expect(circle.body.members.map((m: { name: string }) => m.name)).toEqual(['Lo']);
    const consents = await erik.get(`/api/persons/${real}/consents`);
    expect(consents.body.items.map((c: { id: string }) => c.id)).toContain(consent.body.id);
    // The real person keeps one open relation at the unit; the reserve's is closed history.
    const person = await erik.get(`/api/persons/${real}`);
    const relations = person.body.careRelations as {
      closedAt: string | null;
      closeReason: string | null;
    }[];
    expect(relations.filter((c) => c.closedAt === null)).toHaveLength(1);
    expect(relations.filter((c) => c.closedAt !== null)[0]?.closeReason).toMatch(/samman/);

    // The tombstone: 404 as a person, and it says where it went to whoever sees the real one.
    expect((await erik.get(`/api/persons/${r.id}`)).status).toBe(404);
    const where = await erik.get(`/api/persons/${r.id}/merged-into`);
    expect(where.status).toBe(200);
    expect(where.body.mergedIntoPersonId).toBe(real);
    expect((await anna.get(`/api/persons/${r.id}/merged-into`)).status).toBe(404);

    // Logged on both persons.
    const reserveRows = (await logRowsFor(t.db, r.id)).map((x) => [x.action, x.outcome]);
    const realRows = (await logRowsFor(t.db, real)).map((x) => [x.action, x.outcome]);
    expect(reserveRows).toContainEqual(['person.merge', 'allowed']);
    expect(realRows).toContainEqual(['person.merge', 'allowed']);
    const tomb = await t.db
      .selectFrom('person')
      .select(['merged_into_person_id', 'merged_by'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(tomb.merged_into_person_id).toBe(real);

    // A second merge finds nothing the unit works with: 404.
    expect((await erik.post(`/api/persons/${r.id}/merge`, { intoPersonId: real })).status).toBe(
      404,
    );
  });

  it('needs a care relation of the caller’s unit with both: otherwise 404, refusal logged', async () => {
    const r = await reserve(erik);
    const real = await registerReal(anna);
    const res = await erik.post(`/api/persons/${r.id}/merge`, { intoPersonId: real });
    expect(res.status).toBe(404);
    const denied = (await logRowsFor(t.db, real)).filter((x) => x.outcome === 'denied');
    expect(denied.map((x) => x.action)).toContain('person.merge');
    expect((await anna.post(`/api/persons/${r.id}/merge`, { intoPersonId: real })).status).toBe(
      404,
    );
    const still = await t.db
      .selectFrom('person')
      .select('merged_into_person_id')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(still.merged_into_person_id).toBeNull();
  });

  it('merges only a reserve identity, and only into a real one', async () => {
    const a = await reserve(erik);
    const b = await reserve(erik);
    const real = await registerReal(erik);
    const intoReserve = await erik.post(`/api/persons/${a.id}/merge`, { intoPersonId: b.id });
    expect(intoReserve.status).toBe(400);
    expect(intoReserve.body.errors).toEqual([expect.objectContaining({ path: 'intoPersonId' })]);
    expect((await erik.post(`/api/persons/${real}/merge`, { intoPersonId: a.id })).status).toBe(
      409,
    );
    const self = await erik.post(`/api/persons/${a.id}/merge`, { intoPersonId: a.id });
    expect(self.status).toBe(400);
    const bad = await erik.post(`/api/persons/${a.id}/merge`, { intoPersonId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'intoPersonId' })]);
  });
});
