import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import { hashPassword } from '../../auth/password.ts';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/**
 * Integrated reception (seed 003): one team of both principals around the same persons. In
 * Vårdfläta the team is two units — one of the region, one of the municipality — working side
 * by side; each keeps its own principal's records, and what crosses between them within the
 * team goes through the person's consent, as everywhere else.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let nurse: TestClient;
let socialWorker: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  const hash = await hashPassword('vardflata-demo');
  const [regionUnit, municipalityUnit] = await Promise.all(
    [
      [ids.region, 'Integrerad mottagning (region)'],
      [ids.exempelby, 'Integrerad mottagning (kommun)'],
    ].map(([organisation_id, name]) =>
      t.db
        .insertInto('unit')
        .values({ organisation_id: organisation_id!, name: name! })
        .returning('id')
        .executeTakeFirstOrThrow(),
    ),
  );
  await t.db
    .insertInto('staff')
    .values([
      {
        username: 'ida.integrerad',
        name: 'Ida Sjuksköterska',
        role: 'nurse',
        unit_id: regionUnit!.id,
        organisation_id: ids.region,
        password_hash: hash,
      },
      {
        username: 'kim.integrerad',
        name: 'Kim Socialsekreterare',
        role: 'social-worker',
        unit_id: municipalityUnit!.id,
        organisation_id: ids.exempelby,
        password_hash: hash,
      },
    ])
    .execute();
  ids = await demoIds(t.db);
  nurse = await t.signIn('ida.integrerad');
  socialWorker = await t.signIn('kim.integrerad');
});
afterAll(async () => t?.close());

describe('integrated reception', () => {
  it('keeps each principal’s records within the joint team until the person consents', async () => {
    const number = newIdentityNumber(luhnCheckDigit);
    const person = {
      personalIdentityNumber: number,
      givenName: 'Team',
      familyName: 'Personsson',
      sex: 'male',
    };
    const personId = (await nurse.post('/api/persons', person)).body.id as string;
    // Both halves of the team meet the person: both have a care relation.
    expect((await socialWorker.post('/api/persons', person)).body.id).toBe(personId);
    expect((await socialWorker.get(`/api/persons/${personId}`)).status).toBe(200);

    // The region's half records its own records.
    const withdrawal = await nurse.post(`/api/persons/${personId}/interventions`, {
      category: 'withdrawal-outpatient',
      setting: 'individual',
      legalForm: 'voluntary',
      responsible: { name: 'Ida Sjuksköterska' },
      startOn: '2026-03-01',
    });
    expect(withdrawal.status).toBe(201);
    const audit = await nurse.post(`/api/persons/${personId}/screenings`, {
      instrument: 'AUDIT',
      answers: [2, 2, 1, 1, 0, 0, 1, 0, 0, 0],
    });
    expect(audit.status).toBe(201);
    const child = await nurse.post(`/api/persons/${personId}/circle/members`, {
      kind: 'child',
      name: 'Liv',
      relation: 'dotter',
      contact: 'household',
    });
    expect(child.status).toBe(201);

    // Within the team, without consent, the municipality's half sees none of it.
    expect((await socialWorker.get(`/api/persons/${personId}/interventions`)).body.items).toEqual(
      [],
    );
    expect((await socialWorker.get(`/api/persons/${personId}/screenings`)).body.items).toEqual([]);
    expect((await socialWorker.get(`/api/persons/${personId}/circle`)).body.members).toEqual([]);
    expect((await socialWorker.get(`/api/interventions/${withdrawal.body.id}`)).status).toBe(404);
    // Nor can it hand over to the region's half by referral without consent.
    const unconsented = await socialWorker.post(`/api/persons/${personId}/referrals`, {
      kind: 'consultation-support',
      toUnitId: (
        await t.db
          .selectFrom('staff')
          .select('unit_id')
          .where('username', '=', 'ida.integrerad')
          .executeTakeFirstOrThrow()
      ).unit_id!,
      question: 'Gemensam bedömning i teamet.',
      dueOn: '2999-01-01',
    });
    expect(unconsented.status).toBe(422);
    expect(unconsented.body.missing).toEqual(['consent']);

    // The person consents to information sharing with the municipality: now it crosses.
    const consent = await nurse.post(`/api/persons/${personId}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.exempelby],
      form: 'oral',
    });
    expect(consent.status).toBe(201);
    const seen = (await socialWorker.get(`/api/persons/${personId}/interventions`)).body.items;
    expect(seen).toEqual([expect.objectContaining({ id: withdrawal.body.id, mayEdit: false })]);
    expect((await socialWorker.get(`/api/persons/${personId}/screenings`)).body.items).toHaveLength(
      1,
    );
    expect((await socialWorker.get(`/api/persons/${personId}/circle`)).body.members).toHaveLength(
      1,
    );
    // Each keeps its own: the municipality may read the region's record, not change it.
    expect(
      (
        await socialWorker.post(`/api/interventions/${withdrawal.body.id}/end`, {
          endOn: '2026-03-10',
          outcome: 'goals-met',
        })
      ).status,
    ).toBe(403);

    const rows = (await logRowsFor(t.db, personId)).filter(
      (r) => r.user_id === ids.user('kim.integrerad') && r.action === 'intervention.list',
    );
    expect(rows.map((r) => r.ground)).toEqual(['care-relation', 'consent']);
  });
});
