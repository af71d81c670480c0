import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../../audit/verify.ts';
import { luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
} from '../../test/harness.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
});
afterAll(async () => t?.close());

const body = (personalIdentityNumber: string, extra: object = {}) => ({
  personalIdentityNumber,
  givenName: 'Test',
  familyName: 'Testsson',
  sex: 'male',
  ...extra,
});

describe('POST /api/persons', () => {
  it('registers at the caller’s unit, stores 12 digits and logs the write', async () => {
    const erik = await t.signIn('erik.socsek');
    const number = newIdentityNumber(luhnCheckDigit);
    const res = await erik.post('/api/persons', body(`${number.slice(2, 8)}-${number.slice(8)}`));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      registered: true,
      ground: 'new-application',
    });
    const opened = await erik.get(`/api/persons/${res.body.id}`);
    expect(opened.body).toMatchObject({ personalIdentityNumber: number, sex: 'male' });
    expect(opened.body.careRelations).toEqual([
      expect.objectContaining({
        unitId: ids.socExempelby,
        closedAt: null,
        registrationGround: 'new-application',
      }),
    ]);
    const rows = (await logRowsFor(t.db, res.body.id)).filter(
      (r) => r.action === 'person.register',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'person.register',
        outcome: 'allowed',
        user_id: ids.user('erik.socsek'),
        unit_id: ids.socExempelby,
        organisation_id: ids.exempelby,
        ground: 'care-relation',
        detail: JSON.stringify({ registrationGround: 'new-application' }),
      }),
    ]);
  });

  it.each(['YYYYMMDD-NNNN', 'YYYYMMDDNNNN', 'YYMMDD-NNNN', 'YYMMDDNNNN'])(
    'accepts %s',
    async (form) => {
      const erik = await t.signIn('erik.socsek');
      const n = newIdentityNumber(luhnCheckDigit);
      const input = {
        'YYYYMMDD-NNNN': `${n.slice(0, 8)}-${n.slice(8)}`,
        YYYYMMDDNNNN: n,
        'YYMMDD-NNNN': `${n.slice(2, 8)}-${n.slice(8)}`,
        YYMMDDNNNN: n.slice(2),
      }[form]!;
      const res = await erik.post('/api/persons', body(input));
      expect(res.status).toBe(201);
      expect((await erik.get(`/api/persons/${res.body.id}`)).body.personalIdentityNumber).toBe(n);
    },
  );

  it('accepts YYMMDD+NNNN for someone 100 or older', async () => {
    const erik = await t.signIn('erik.socsek');
    const nine = '200315' + '123';
    const res = await erik.post('/api/persons', body(`200315+123${luhnCheckDigit(nine)}`));
    expect(res.status).toBe(201);
    expect((await erik.get(`/api/persons/${res.body.id}`)).body.dateOfBirth).toBe('1920-03-15');
  });

  it.each([
    ['19121212-1213', /check digit/],
    ['19121312-1212', /not a real date/],
    ['20991212-1212', /future/],
    ['1212', /must be/],
  ])('refuses %s with 400 naming the field', async (input, message) => {
    const erik = await t.signIn('erik.socsek');
    const res = await erik.post('/api/persons', body(input));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      { path: 'personalIdentityNumber', message: expect.stringMatching(message) },
    ]);
  });

  it('names every bad field at once', async () => {
    const erik = await t.signIn('erik.socsek');
    const res = await erik.post('/api/persons', {
      personalIdentityNumber: '191212121212',
      givenName: '',
      sex: 'other',
    });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['familyName', 'givenName', 'sex']);
  });

  it('gives the same id for the same number and always 201, revealing nothing', async () => {
    const anna = await t.signIn('anna.lakare');
    const erik = await t.signIn('erik.socsek');
    const number = newIdentityNumber(luhnCheckDigit);
    const first = await anna.post('/api/persons', body(number));
    const second = await erik.post(
      '/api/persons',
      body(number, { givenName: 'Annat', sex: 'unknown' }),
    );
    const again = await erik.post('/api/persons', body(number));
    expect([first.status, second.status, again.status]).toEqual([201, 201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(again.body.id).toBe(first.body.id);
    // Erik sees only his own unit's relation: the region's relation stays hidden.
    const opened = await erik.get(`/api/persons/${first.body.id}`);
    expect(opened.body.careRelations.map((r: { unitId: string }) => r.unitId)).toEqual([
      ids.socExempelby,
    ]);
  });

  it('records sex as given, never derived from the number', async () => {
    const erik = await t.signIn('erik.socsek');
    const res = await erik.post(
      '/api/persons',
      body(newIdentityNumber(luhnCheckDigit), { sex: 'female' }),
    );
    expect((await erik.get(`/api/persons/${res.body.id}`)).body.sex).toBe('female');
  });
});

describe('POST /api/persons reveals nothing (security fault 3)', () => {
  /** A person the region registered: protected identity, test data, its own name and sex. */
  async function knownToTheRegion(extra: object) {
    const anna = await t.signIn('anna.lakare');
    const number = newIdentityNumber(luhnCheckDigit);
    const first = await anna.post(
      '/api/persons',
      body(number, { givenName: 'Hemlig', familyName: 'Regionsdotter', sex: 'female', ...extra }),
    );
    expect(first.status).toBe(201);
    return number;
  }

  it('registering a known number answers exactly as an unknown one', async () => {
    const erik = await t.signIn('erik.socsek');
    const known = await knownToTheRegion({});
    const secret = await knownToTheRegion({ protectedIdentity: true });
    await t.db
      .updateTable('person')
      .set({ test_data: true })
      .where('personal_identity_number', '=', known)
      .execute();
    const unknown = newIdentityNumber(luhnCheckDigit);
    const posted = { givenName: 'Annat', familyName: 'Namn', sex: 'male' };

    const answers = [];
    for (const number of [unknown, known, secret]) {
      const res = await erik.post('/api/persons', body(number, posted));
      answers.push({
        status: res.status,
        contentType: res.headers['content-type'],
        // The id differs by nature; everything else must be the same, byte for byte.
        body: JSON.stringify({ ...res.body, id: 'ID' }),
        id: res.body.id as string,
      });
    }
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.contentType)).size).toBe(1);
    expect(answers.map((a) => a.body)).toEqual(
      Array(3).fill(JSON.stringify({ id: 'ID', registered: true, ground: 'new-application' })),
    );
    for (const a of answers) expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing stored about the known persons leaks, and what was stored is kept.
    for (const a of answers) {
      expect(a.body).not.toMatch(/Hemlig|Regionsdotter|female|testData|null/);
    }
    const kept = await t.db
      .selectFrom('person')
      .select(['given_name', 'sex'])
      .where('personal_identity_number', '=', known)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ given_name: 'Hemlig', sex: 'female' });
  });

  it('records an optional ground in the care relation and the log row', async () => {
    const erik = await t.signIn('erik.socsek');
    const number = newIdentityNumber(luhnCheckDigit);
    const res = await erik.post('/api/persons', body(number, { ground: 'report' }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), registered: true, ground: 'report' });
    const relation = await t.db
      .selectFrom('care_relation')
      .select('registration_ground')
      .where('person_id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(relation.registration_ground).toBe('report');
    expect(await logRowsFor(t.db, res.body.id)).toEqual([
      expect.objectContaining({
        action: 'person.register',
        detail: JSON.stringify({ registrationGround: 'report' }),
      }),
    ]);
    const bad = await erik.post('/api/persons', body(number, { ground: 'curiosity' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['ground']);
  });
});

describe('GET /api/persons?q=', () => {
  it('finds by number in any form and by name prefixes, only visible persons, and logs each hit', async () => {
    const erik = await t.signIn('erik.socsek');
    const anna = await t.signIn('anna.lakare');
    const number = newIdentityNumber(luhnCheckDigit);
    const mine = await erik.post(
      '/api/persons',
      body(number, { givenName: 'Sökbar', familyName: 'Kommunsson' }),
    );
    await anna.post(
      '/api/persons',
      body(newIdentityNumber(luhnCheckDigit), { givenName: 'Sökbar', familyName: 'Regionsson' }),
    );

    for (const q of [
      number,
      `${number.slice(0, 8)}-${number.slice(8)}`,
      `${number.slice(2, 8)}-${number.slice(8)}`,
    ]) {
      const res = await erik.get(`/api/persons?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([mine.body.id]);
    }
    const byName = await erik.get('/api/persons?q=s%C3%B6k%20kommun');
    expect(byName.body.items.map((p: { id: string }) => p.id)).toEqual([mine.body.id]);
    // The region's Sökbar Regionsson is not visible to the municipality.
    const both = await erik.get('/api/persons?q=S%C3%B6kbar');
    expect(both.body.items.map((p: { familyName: string }) => p.familyName)).toEqual([
      'Kommunsson',
    ]);
    const rows = await logRowsFor(t.db, mine.body.id);
    expect(rows.filter((r) => r.action === 'person.search')).toHaveLength(5);
  });

  it('never finds a protected identity by name for someone not authorised, and hides the name', async () => {
    const erik = await t.signIn('erik.socsek');
    const number = newIdentityNumber(luhnCheckDigit);
    const created = await erik.post(
      '/api/persons',
      body(number, { givenName: 'Hemlig', familyName: 'Skyddadsson', protectedIdentity: true }),
    );
    expect((await erik.get(`/api/persons/${created.body.id}`)).body).toMatchObject({
      protectedIdentity: true,
      givenName: null,
      familyName: null,
    });
    expect((await erik.get('/api/persons?q=Skyddadsson')).body.items).toEqual([]);
    const byNumber = await erik.get(`/api/persons?q=${number}`);
    expect(byNumber.body.items).toEqual([
      expect.objectContaining({ id: created.body.id, givenName: null }),
    ]);
  });

  it('ignores diacritics and case: Ekstrom finds Ekström, only where visible', async () => {
    const erik = await t.signIn('erik.socsek');
    const anna = await t.signIn('anna.lakare');
    const mine = await erik.post(
      '/api/persons',
      body(newIdentityNumber(luhnCheckDigit), { givenName: 'Åsa-Lena', familyName: 'Ekström' }),
    );
    await anna.post(
      '/api/persons',
      body(newIdentityNumber(luhnCheckDigit), { givenName: 'Åsa', familyName: 'Ekströmer' }),
    );
    const ids = async (q: string) =>
      (await erik.get(`/api/persons?q=${encodeURIComponent(q)}`)).body.items.map(
        (p: { id: string }) => p.id,
      );
    expect(await ids('Ekstrom')).toEqual([mine.body.id]);
    expect(await ids('EKSTRÖM')).toEqual([mine.body.id]);
    expect(await ids('asa ekst')).toEqual([mine.body.id]);
    expect(await ids('lena')).toContain(mine.body.id);
    // A word must begin with what was typed; the middle of a word is no match.
    expect(await ids('kstrom')).toEqual([]);
    // % and _ are not wildcards.
    expect(await ids('E%m')).toEqual([]);
    expect(await ids('E__tröm')).toEqual([]);
  });

  it('answers 400 for a one-letter name part', async () => {
    const erik = await t.signIn('erik.socsek');
    const res = await erik.get('/api/persons?q=a');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('q');
  });
});

describe('closing a care relation', () => {
  it('needs a reason, closes once, and the person disappears from the unit', async () => {
    const erik = await t.signIn('erik.socsek');
    const number = newIdentityNumber(luhnCheckDigit);
    const created = await erik.post('/api/persons', body(number));
    const relationId = (await erik.get(`/api/persons/${created.body.id}`)).body.careRelations[0].id;
    const url = `/api/persons/${created.body.id}/care-relations/${relationId}/close`;
    expect((await erik.post(url, { reason: '' })).status).toBe(400);
    const closed = await erik.post(url, { reason: 'Flyttat till annan kommun.' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      id: relationId,
      closeReason: 'Flyttat till annan kommun.',
    });
    expect(closed.body.closedAt).not.toBeNull();
    expect((await erik.get(`/api/persons/${created.body.id}`)).status).toBe(404);
    // Registering again opens a new relation.
    const reopened = await erik.post('/api/persons', body(number));
    expect(reopened.body.id).toBe(created.body.id);
    expect(
      (await erik.get(`/api/persons/${created.body.id}`)).body.careRelations.filter(
        (r: { closedAt: string | null }) => r.closedAt === null,
      ),
    ).toHaveLength(1);
  });
});

describe('GET /api/persons/:id (read and logged in one statement)', () => {
  it('logs one person.read row that verifies in its chain, and nothing but a refusal when not visible', async () => {
    const erik = await t.signIn('erik.socsek');
    const anna = await t.signIn('anna.lakare');
    const { body: person } = await erik.post(
      '/api/persons',
      body(newIdentityNumber(luhnCheckDigit), { givenName: 'Läst', familyName: 'Loggsson' }),
    );
    const read = await erik.get(`/api/persons/${person.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: person.id, givenName: 'Läst', ground: 'care-relation' });
    expect((await anna.get(`/api/persons/${person.id}`)).status).toBe(404);
    const rows = (await logRowsFor(t.db, person.id)).filter((r) => r.action === 'person.read');
    expect(rows.map((r) => `${r.ground}:${r.outcome}`).sort()).toEqual([
      'care-relation:allowed',
      'none:denied',
    ]);
    const verified = await verifyAccessLog(t.db);
    expect(verified.broken).toEqual([]);
  });
});
