import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
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
/** A unit manager of Vårdcentral Centrum: same organisation as Anna, another unit. */
let vilma: TestClient;
/** A unit manager at Norrby kommun's social services: neither accesses nor owns health care. */
let klara: TestClient;
/** A physician of a second region, whose organisation has no unit manager. */
let gustav: TestClient;
let grannby: string;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  ({ grannby } = await addEmergencyStaff(t.db, ids));
  ids = await demoIds(t.db);
  klara = await t.signIn('klara.chef');
  gustav = await t.signIn('gustav.lakare');
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
  vera = await t.signIn('vera.vardcentral');
  maja = await t.signIn('maja.chef');
  vilma = await t.signIn('vilma.chef');
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

async function open(personalIdentityNumber: string, reason = REASON, client = anna) {
  return client.post('/api/emergency-access', { personalIdentityNumber, reason });
}

const emergencyRows = (personId: string) =>
  t.db.selectFrom('emergency_access').selectAll().where('person_id', '=', personId).execute();

describe('review by the unit manager', () => {
  const idsOf = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);

  it('lists unreviewed accesses of the unit, reviews one once, and it moves lists', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const id: string = opened.body.id;

    const unreviewed = await maja.get('/api/emergency-access?reviewed=false');
    expect(unreviewed.status).toBe(200);
    const asUnitManager = { side: 'accessing', basis: 'unit-manager' };
    expect(unreviewed.body.items.find((i: { id: string }) => i.id === id)).toEqual({
      ...opened.body,
      reviewAs: asUnitManager,
    });
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
      reviewAs: asUnitManager,
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
    const sven = await personAtVardcentralAndExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const review = await maja.post(`/api/emergency-access/${opened.body.id}/review`);
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ reviewedBy: ids.user('maja.chef'), reviewNote: null });
  });

  it('lets only one of two parallel reviews through', async () => {
    const sven = await personAtVardcentralAndExempelby();
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

  it('is hidden from a manager of an organisation that neither accessed nor owns it', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const id: string = opened.body.id;
    for (const filter of ['?reviewed=false', '?reviewed=true', '']) {
      const res = await klara.get(`/api/emergency-access${filter}`);
      expect(res.status).toBe(200);
      expect(idsOf(res)).not.toContain(id);
    }
    const review = await klara.post(`/api/emergency-access/${id}/review`, { note: 'Granskad.' });
    expect(review.status).toBe(404);
    expect(review.body).toEqual(NOT_FOUND);
    expect((await emergencyRows(sven.id))[0]).toMatchObject({
      reviewed_at: null,
      review_note: null,
    });
    // The refused attempt is logged (security fault 5), and nothing else.
    expect(
      (await logRowsFor(t.db, sven.id)).filter((r) => r.user_id === ids.user('klara.chef')),
    ).toEqual([
      expect.objectContaining({ action: 'request.refused', outcome: 'denied', ground: 'none' }),
    ]);
    // Still waiting for the right manager.
    expect(idsOf(await maja.get('/api/emergency-access?reviewed=false'))).toContain(id);
  });

  it('is also the owning organisation’s to review: its unit manager is notified and reviews', async () => {
    const sven = await personAtVardcentralAndExempelby();
    const opened = await open(sven.personalIdentityNumber);
    const id: string = opened.body.id;
    const reviewers = await t.db
      .selectFrom('emergency_access_reviewer')
      .select(['staff_id', 'basis', 'side'])
      .where('emergency_access_id', '=', id)
      .orderBy('staff_id')
      .execute();
    expect(reviewers).toEqual(
      [
        { staff_id: ids.user('maja.chef'), basis: 'unit-manager', side: 'accessing' },
        { staff_id: ids.user('vilma.chef'), basis: 'unit-manager', side: 'accessing' },
      ].sort((a, b) => a.staff_id.localeCompare(b.staff_id)),
    );
    for (const manager of [maja, vilma]) {
      expect(idsOf(await manager.get('/api/emergency-access?reviewed=false'))).toContain(id);
      const notes = await manager.get('/api/notifications');
      expect(notes.body.items).toContainEqual(
        expect.objectContaining({
          kind: 'emergency-access-review',
          title: 'Nödåtkomst att granska',
        }),
      );
    }
    const review = await vilma.post(`/api/emergency-access/${id}/review`, { note: 'Befogad.' });
    expect(review.status).toBe(200);
    expect(review.body.reviewedBy).toBe(ids.user('vilma.chef'));
  });

  it('another organisation’s records are reviewed by that organisation, at organisation level when the unit has no manager', async () => {
    // A person Psykiatrimottagning (Region Exempel, no unit manager) holds, opened from Region
    // Grannby (no unit manager at all): the owner's organisation-level reviewers are Maja and Vilma.
    const pia = await t.signIn('pia.psykiatri');
    const person = await personAt(pia);
    const opened = await open(person.personalIdentityNumber, REASON, gustav);
    expect(opened.status).toBe(201);
    const reviewers = await t.db
      .selectFrom('emergency_access_reviewer')
      .select(['staff_id', 'organisation_id', 'basis', 'side'])
      .where('emergency_access_id', '=', opened.body.id)
      .execute();
    expect(reviewers).toHaveLength(2);
    expect(reviewers).toEqual(
      expect.arrayContaining([
        {
          staff_id: ids.user('maja.chef'),
          organisation_id: ids.region,
          basis: 'organisation',
          side: 'owning',
        },
        {
          staff_id: ids.user('vilma.chef'),
          organisation_id: ids.region,
          basis: 'organisation',
          side: 'owning',
        },
      ]),
    );
    const notes = await maja.get('/api/notifications');
    expect(notes.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'emergency-access-review',
        body: expect.stringContaining('uppgifter som er organisation ansvarar för'),
      }),
    );
    const listed = (await maja.get('/api/emergency-access?reviewed=false')).body.items.find(
      (i: { id: string }) => i.id === opened.body.id,
    );
    expect(listed.reviewAs).toEqual({ side: 'owning', basis: 'organisation' });
  });

  it('falls to the designated reviewer, and is refused (422) rather than reviewed by nobody', async () => {
    // A person only Region Grannby holds (no unit manager there), opened by Grannby's own
    // physician: without a designated reviewer nobody could review it.
    const grannbyPerson = await personAt(gustav);
    const refused = await open(grannbyPerson.personalIdentityNumber, REASON, gustav);
    expect(refused.status).toBe(422);
    expect(refused.body.missing).toEqual(['reviewer']);
    expect(await emergencyRows(grannbyPerson.id)).toEqual([]);

    await t.db
      .updateTable('organisation')
      .set({ emergency_reviewer_id: ids.user('vilma.chef') })
      .where('id', '=', grannby)
      .execute();
    const opened = await open(grannbyPerson.personalIdentityNumber, REASON, gustav);
    expect(opened.status).toBe(201);
    const reviewers = await t.db
      .selectFrom('emergency_access_reviewer')
      .select(['staff_id', 'basis'])
      .where('emergency_access_id', '=', opened.body.id)
      .execute();
    expect(reviewers).toEqual([{ staff_id: ids.user('vilma.chef'), basis: 'designated' }]);
    expect(idsOf(await vilma.get('/api/emergency-access?reviewed=false'))).toContain(
      opened.body.id,
    );
    expect(idsOf(await maja.get('/api/emergency-access?reviewed=false'))).not.toContain(
      opened.body.id,
    );
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
