import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { hashPassword } from '../../auth/password.ts';
import { DEMO_PASSWORD } from '../../db/seed/demo-county.ts';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/**
 * Emergency access (nödåtkomst): a physician at Beroendecentrum (Region Exempel) opens a person
 * whom only Exempelby kommun's social services holds. Reason required, time-boxed, logged as
 * 'emergency', and reviewed by the manager of the physician's own unit.
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
let maja: TestClient;
/** A unit manager of Vårdcentral Centrum: same organisation as Anna, another unit. */
let vilma: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  await t.db
    .insertInto('staff')
    .values({
      username: 'vilma.chef',
      name: 'Vilma Vårdcentralschef',
      role: 'unit-manager',
      unit_id: ids.vardcentral,
      organisation_id: ids.region,
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .execute();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
  maja = await t.signIn('maja.chef');
  vilma = await t.signIn('vilma.chef');
});
afterAll(async () => t?.close());

/** A person registered only at Socialtjänst Vuxen Exempelby. */
async function personAtExempelby() {
  const personalIdentityNumber = newIdentityNumber(luhnCheckDigit);
  const res = await erik.post('/api/persons', {
    personalIdentityNumber,
    givenName: 'Sven',
    familyName: 'Nyström',
    sex: 'male',
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, personalIdentityNumber };
}

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
    const sven = await personAtExempelby();
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
  it('requires a reason of at least 10 characters (400 naming reason)', async () => {
    const sven = await personAtExempelby();
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
    const sven = await personAtExempelby();
    expect((await open(sven.personalIdentityNumber, REASON, maja)).status).toBe(403);
    expect(await emergencyRows(sven.id)).toEqual([]);
  });

  it('opens the person to the physician for 4 hours, every read logged as emergency', async () => {
    const sven = await personAtExempelby();
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
    // Under emergency access the other principal's care relation is shown too.
    expect(read.body.careRelations).toEqual([
      expect.objectContaining({ unitId: ids.socExempelby, organisationName: 'Exempelby kommun' }),
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
    const sven = await personAtExempelby();
    expect((await open(sven.personalIdentityNumber)).status).toBe(201);
    expect((await anna.get(`/api/persons/${sven.id}`)).status).toBe(200);
    const colleague = await maja.get(`/api/persons/${sven.id}`);
    expect(colleague.status).toBe(404);
    expect(colleague.body).toEqual(NOT_FOUND);
  });

  it('closes again when the access expires', async () => {
    const sven = await personAtExempelby();
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

describe('review by the unit manager', () => {
  const idsOf = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);

  it('lists unreviewed accesses of the unit, reviews one once, and it moves lists', async () => {
    const sven = await personAtExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const id: string = opened.body.id;

    const unreviewed = await maja.get('/api/emergency-access?reviewed=false');
    expect(unreviewed.status).toBe(200);
    expect(unreviewed.body.items.find((i: { id: string }) => i.id === id)).toEqual(opened.body);
    expect(
      unreviewed.body.items.every((i: { reviewedAt: string | null }) => i.reviewedAt === null),
    ).toBe(true);
    // Reading the list is itself logged, per person, as log review.
    expect(
      (await logRowsFor(t.db, sven.id)).filter((r) => r.user_id === ids.user('maja.chef')),
    ).toEqual([
      expect.objectContaining({
        action: 'emergency-access.review-list',
        ground: 'log-review',
        outcome: 'allowed',
        detail: JSON.stringify({ emergencyAccessId: id }),
      }),
    ]);

    const note = 'Befogad: patienten inkom medvetslös, inga andra uppgifter fanns.';
    const review = await maja.post(`/api/emergency-access/${id}/review`, { note });
    expect(review.status).toBe(200);
    expect(review.body).toEqual({
      ...opened.body,
      reviewedAt: expect.any(String),
      reviewedBy: ids.user('maja.chef'),
      reviewNote: note,
    });
    expect(Math.abs(Date.parse(review.body.reviewedAt) - Date.now())).toBeLessThan(60_000);
    expect(await logRowsFor(t.db, sven.id)).toContainEqual(
      expect.objectContaining({
        user_id: ids.user('maja.chef'),
        action: 'emergency-access.review',
        ground: 'log-review',
        outcome: 'allowed',
      }),
    );

    const again = await maja.post(`/api/emergency-access/${id}/review`, { note: 'Ändrad.' });
    expect(again.status).toBe(409);
    expect((await emergencyRows(sven.id))[0]!.review_note).toBe(note);

    expect(idsOf(await maja.get('/api/emergency-access?reviewed=false'))).not.toContain(id);
    const reviewed = await maja.get('/api/emergency-access?reviewed=true');
    expect(reviewed.body.items.find((i: { id: string }) => i.id === id)).toEqual(review.body);
    expect(idsOf(await maja.get('/api/emergency-access'))).toContain(id);
  });

  it('takes a review without a note', async () => {
    const sven = await personAtExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const review = await maja.post(`/api/emergency-access/${opened.body.id}/review`);
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ reviewedBy: ids.user('maja.chef'), reviewNote: null });
  });

  it('lets only one of two parallel reviews through', async () => {
    const sven = await personAtExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const maja2 = await t.signIn('maja.chef');
    const results = await Promise.all(
      [maja, maja2].map((m, i) =>
        m.post(`/api/emergency-access/${opened.body.id}/review`, { note: `Granskning ${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await emergencyRows(sven.id))[0]!.review_note).toBe(winner.body.reviewNote);
    const reviewRows = (await logRowsFor(t.db, sven.id)).filter(
      (r) => r.action === 'emergency-access.review',
    );
    expect(reviewRows).toHaveLength(1);
  });

  it('is hidden from the manager of another unit, who cannot review it', async () => {
    const sven = await personAtExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const id: string = opened.body.id;
    for (const filter of ['?reviewed=false', '?reviewed=true', '']) {
      const res = await vilma.get(`/api/emergency-access${filter}`);
      expect(res.status).toBe(200);
      expect(idsOf(res)).not.toContain(id);
    }
    const review = await vilma.post(`/api/emergency-access/${id}/review`, { note: 'Granskad.' });
    expect(review.status).toBe(404);
    expect(review.body).toEqual(NOT_FOUND);
    expect((await emergencyRows(sven.id))[0]).toMatchObject({
      reviewed_at: null,
      review_note: null,
    });
    // The refused attempt is logged (security fault 5), and nothing else.
    expect(
      (await logRowsFor(t.db, sven.id)).filter((r) => r.user_id === ids.user('vilma.chef')),
    ).toEqual([
      expect.objectContaining({ action: 'request.refused', outcome: 'denied', ground: 'none' }),
    ]);
    // Still waiting for the right manager.
    expect(idsOf(await maja.get('/api/emergency-access?reviewed=false'))).toContain(id);
  });

  it('answers 404 for an unknown id and refuses the list to a physician', async () => {
    const unknown = await maja.post(
      '/api/emergency-access/00000000-0000-4000-8000-000000000000/review',
      { note: 'Finns inte.' },
    );
    expect(unknown.status).toBe(404);
    expect((await anna.get('/api/emergency-access?reviewed=false')).status).toBe(403);
    const badFilter = await maja.get('/api/emergency-access?reviewed=kanske');
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors[0].path).toBe('reviewed');
  });
});
