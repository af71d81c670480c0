import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { REASON_RULE, reasonProblem } from './emergency-access.policy.ts';
import { hashPassword } from '../../auth/password.ts';
import { DEMO_PASSWORD } from '../../db/seed/demo-county.ts';
import { addEmergencyStaff } from './emergency-access.fixtures.ts';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/**
 * Emergency access (nödåtkomst), security fault 2 (decision 0013): a physician at
 * Beroendecentrum (Region Exempel) opens a person whom Vårdcentral Centrum (the same region) and
 * Exempelby kommun's social services hold. Health-care roles only, health-care records only; a
 * real sentence as reason; time-boxed, logged as 'emergency', and reviewed by the managers of
 * the accessing unit and of the organisation that owns the records.
 */
const REASON = 'Inkommer medvetslös till akuten, behöver aktuell läkemedelslista.';

const NOT_FOUND = {
  type: 'https://vardflata.se/problems/404',
  title: 'Not found',
  status: 404,
  detail: 'No such resource.',
};

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let anna: TestClient;
let vera: TestClient;
let maja: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  await addEmergencyStaff(t.db, ids);
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
  vera = await t.signIn('vera.vardcentral');
  maja = await t.signIn('maja.chef');
});
afterAll(async () => t?.close());

/** Registers a person at the clients' units (in order); the first registration's name holds. */
async function personAt(...clients: TestClient[]) {
  const personalIdentityNumber = newIdentityNumber(luhnCheckDigit);
  let id = '';
  for (const client of clients) {
    const res = await client.post('/api/persons', {
      personalIdentityNumber,
      givenName: 'Sven',
      familyName: 'Nyström',
      sex: 'male',
    });
    expect(res.status).toBe(201);
    id = res.body.id;
  }
  return { id, personalIdentityNumber };
}

/** A person registered at Vårdcentral Centrum (Region Exempel) and at Exempelby's social services. */
const personAtVardcentralAndExempelby = () => personAt(vera, erik);

/** Rows Anna's calls added to the log since `before` (an access_log id). */
async function annaRowsSince(before: string) {
  return t.db
    .selectFrom('access_log')
    .selectAll()
    .where('user_id', '=', ids.user('anna.lakare'))
    .where('id', '>', before)
    .orderBy('id')
    .execute();
}

async function lastLogId(): Promise<string> {
  const row = await t.db
    .selectFrom('access_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirstOrThrow();
  return String(row.id ?? 0);
}

async function open(personalIdentityNumber: string, reason = REASON, client = anna) {
  return client.post('/api/emergency-access', { personalIdentityNumber, reason });
}

const emergencyRows = (personId: string) =>
  t.db.selectFrom('emergency_access').selectAll().where('person_id', '=', personId).execute();

describe('before emergency access', () => {
  it('hides a person only the other principal holds: 404, and the attempt is logged', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const res = await anna.get(`/api/persons/${sven.id}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
    const search = await anna.get(`/api/persons?q=${sven.personalIdentityNumber}`);
    expect(search.body.items).toEqual([]);

    const rows = (await logRowsFor(t.db, sven.id)).filter(
      (r) => r.user_id === ids.user('anna.lakare'),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'person.read',
        ground: 'none',
        outcome: 'denied',
        unit_id: ids.beroendecentrum,
        organisation_id: ids.region,
      }),
    ]);
  });
});

describe('POST /api/emergency-access', () => {
  it('refuses a reason that is not a real sentence with 400 naming reason', async () => {
    const sven = await personAtVardcentralAndExempelby();
    for (const reason of [
      'xxxxxxxxxx',
      'akut akut akut akut',
      'ab cd ef gh ij',
      'Akut!!!!!!!!!!',
    ]) {
      const res = await open(sven.personalIdentityNumber, reason);
      expect(res.status, reason).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'reason', message: REASON_RULE }]);
    }
    expect(await emergencyRows(sven.id)).toEqual([]);
    expect(reasonProblem('Medvetslös på akuten, behöver läkemedelslistan.')).toBeNull();
    expect(reasonProblem('Patienten är förvirrad och kan inte svara.')).toBeNull();
  });

  it('requires a reason of at least 10 characters (400 naming reason)', async () => {
    const sven = await personAtVardcentralAndExempelby();
    for (const reason of ['Akut', '   Akut läge   ', '']) {
      const res = await open(sven.personalIdentityNumber, reason);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { path: 'reason', message: 'state the reason in at least 10 characters' },
      ]);
    }
    const missing = await anna.post('/api/emergency-access', {
      personalIdentityNumber: sven.personalIdentityNumber,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
    expect(await emergencyRows(sven.id)).toEqual([]);
    expect((await anna.get(`/api/persons/${sven.id}`)).status).toBe(404);
  });

  it('answers 400 for an invalid personnummer', async () => {
    for (const number of ['19121212-1213', '19121312-1212', 'inte-ett-nummer']) {
      const res = await open(number);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { path: 'personalIdentityNumber', message: expect.any(String) },
      ]);
    }
  });

  it('answers 404 for a number nobody holds, and logs the denied attempt', async () => {
    const before = await lastLogId();
    const res = await open(newIdentityNumber(luhnCheckDigit));
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
    expect(await annaRowsSince(before)).toEqual([
      expect.objectContaining({
        person_id: null,
        action: 'emergency-access.open',
        ground: 'emergency',
        outcome: 'denied',
        unit_id: ids.beroendecentrum,
        organisation_id: ids.region,
      }),
    ]);
  });

  it('is refused to a unit manager (the role may not open it)', async () => {
    const sven = await personAtVardcentralAndExempelby();
    expect((await open(sven.personalIdentityNumber, REASON, maja)).status).toBe(403);
    expect(await emergencyRows(sven.id)).toEqual([]);
  });

  it('a social worker is refused emergency access with 403, and the refusal is logged', async () => {
    // The old fault: a social worker opened a person only the region knows and read its records.
    const known = await personAt(vera);
    const sara = await t.signIn('sara.samordnare');
    for (const [client, username] of [
      [erik, 'erik.socsek'],
      [sara, 'sara.samordnare'],
    ] as const) {
      const before = await lastLogId();
      const res = await open(known.personalIdentityNumber, REASON, client);
      expect(res.status, username).toBe(403);
      expect(await emergencyRows(known.id)).toEqual([]);
      const rows = await t.db
        .selectFrom('access_log')
        .selectAll()
        .where('user_id', '=', ids.user(username))
        .where('id', '>', before)
        .execute();
      expect(rows).toEqual([
        expect.objectContaining({ person_id: known.id, outcome: 'denied', ground: 'none' }),
      ]);
      expect((await client.get(`/api/persons/${known.id}`)).status).toBe(404);
    }
  });

  it('is refused (403) to a nurse or physician of social services', async () => {
    const known = await personAt(vera);
    const username = 'siv.sjukskoterska';
    await t.db
      .insertInto('staff')
      .values({
        username,
        name: 'Siv Sjuksköterska',
        role: 'nurse',
        unit_id: ids.socNorrby,
        organisation_id: ids.norrby,
        password_hash: await hashPassword(DEMO_PASSWORD),
      })
      .execute();
    const siv = await t.signIn(username);
    expect((await open(known.personalIdentityNumber, REASON, siv)).status).toBe(403);
    expect(await emergencyRows(known.id)).toEqual([]);
  });

  it('does not find a person only social services holds (404 as for an unknown number)', async () => {
    const onlySocial = await personAt(erik);
    const before = await lastLogId();
    const res = await open(onlySocial.personalIdentityNumber);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
    expect(await emergencyRows(onlySocial.id)).toEqual([]);
    expect(await annaRowsSince(before)).toEqual([
      expect.objectContaining({
        person_id: onlySocial.id,
        action: 'emergency-access.open',
        outcome: 'denied',
      }),
    ]);
    expect((await anna.get(`/api/persons/${onlySocial.id}`)).status).toBe(404);
  });

  it('emergency access never opens social-services records', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const screen = (client: TestClient) =>
      client.post(`/api/persons/${sven.id}/screenings`, {
        instrument: 'AUDIT',
        answers: [2, 1, 1, 0, 0, 0, 0, 0, 1, 2],
        performedAt: '2026-06-01',
      });
    const regional = await screen(vera);
    const social = await screen(erik);
    expect([regional.status, social.status]).toEqual([201, 201]);
    // Even an emergency access opened before this rule (a row in the table) opens nothing more.
    expect((await open(sven.personalIdentityNumber)).status).toBe(201);
    const list = await anna.get(`/api/persons/${sven.id}/screenings`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([regional.body.id]);
    const person = await anna.get(`/api/persons/${sven.id}`);
    expect(person.body.careRelations).toEqual([
      expect.objectContaining({ unitId: ids.vardcentral, organisationName: 'Region Exempel' }),
    ]);
    const timeline = await anna.get(`/api/persons/${sven.id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain(regional.body.id);
    expect(JSON.stringify(timeline.body)).not.toContain(social.body.id);
  });

  it('opens the person to the physician for 4 hours, every read logged as emergency', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const n = sven.personalIdentityNumber;
    const before = await lastLogId();
    // Any accepted form of the number works, here YYMMDD-NNNN.
    const res = await open(`${n.slice(2, 8)}-${n.slice(8)}`, `  ${REASON}  `);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      personId: sven.id,
      staffId: ids.user('anna.lakare'),
      staffName: 'Anna Läkare',
      unitId: ids.beroendecentrum,
      reason: REASON,
      startedAt: expect.any(String),
      expiresAt: expect.any(String),
      reviewedAt: null,
      reviewedBy: null,
      reviewNote: null,
      reviewAs: null,
    });
    const minutes = (Date.parse(res.body.expiresAt) - Date.parse(res.body.startedAt)) / 60_000;
    expect(Math.round(minutes)).toBe(4 * 60);

    const read = await anna.get(`/api/persons/${sven.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: sven.id,
      personalIdentityNumber: n,
      givenName: 'Sven',
      familyName: 'Nyström',
      ground: 'emergency',
    });
    // Under emergency access health care's care relations are shown; social services' are not.
    expect(read.body.careRelations).toEqual([
      expect.objectContaining({ unitId: ids.vardcentral, organisationName: 'Region Exempel' }),
    ]);
    const search = await anna.get(`/api/persons?q=${n}`);
    expect(search.body.items).toEqual([
      expect.objectContaining({ id: sven.id, ground: 'emergency' }),
    ]);

    const common = {
      person_id: sven.id,
      ground: 'emergency',
      outcome: 'allowed',
      unit_id: ids.beroendecentrum,
      organisation_id: ids.region,
    };
    expect(await annaRowsSince(before)).toEqual([
      expect.objectContaining({
        ...common,
        action: 'emergency-access.open',
        detail: JSON.stringify({ emergencyAccessId: res.body.id }),
      }),
      expect.objectContaining({ ...common, action: 'person.read' }),
      expect.objectContaining({ ...common, action: 'person.search' }),
    ]);
  });

  it('opens the person to the physician alone, not to others of the unit', async () => {
    const sven = await personAtVardcentralAndExempelby();
    expect((await open(sven.personalIdentityNumber)).status).toBe(201);
    expect((await anna.get(`/api/persons/${sven.id}`)).status).toBe(200);
    const colleague = await maja.get(`/api/persons/${sven.id}`);
    expect(colleague.status).toBe(404);
    expect(colleague.body).toEqual(NOT_FOUND);
  });

  it('closes again when the access expires', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const res = await open(sven.personalIdentityNumber);
    expect((await anna.get(`/api/persons/${sven.id}`)).status).toBe(200);
    await t.db
      .updateTable('emergency_access')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', res.body.id)
      .execute();
    const before = await lastLogId();
    const after = await anna.get(`/api/persons/${sven.id}`);
    expect(after.status).toBe(404);
    expect(after.body).toEqual(NOT_FOUND);
    expect(await annaRowsSince(before)).toEqual([
      expect.objectContaining({
        person_id: sven.id,
        action: 'person.read',
        ground: 'none',
        outcome: 'denied',
      }),
    ]);
  });
});
