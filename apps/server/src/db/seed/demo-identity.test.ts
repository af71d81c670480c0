import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** The demo county has a reserve-number person with records and one already merged (0019-b). */
let t: TestApp;
let anna: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  anna = await t.signIn('anna.lakare');
});
afterAll(async () => t?.close());

describe('demo reserve identities', () => {
  it('has one still known by reserve number, with a LOB intake, and one merged into her real record', async () => {
    const reserves = await t.db
      .selectFrom('person')
      .select(['id', 'personal_identity_number', 'merged_into_person_id'])
      .where('identity_number_kind', '=', 'reservnummer')
      .orderBy('personal_identity_number')
      .execute();
    expect(reserves.map((r) => r.personal_identity_number)).toEqual([
      '1978RV000001',
      '1990RV000002',
    ]);
    const [open, merged] = reserves;
    expect(open!.merged_into_person_id).toBeNull();
    const person = await anna.get(`/api/persons/${open!.id}`);
    expect(person.body).toMatchObject({ identityNumberKind: 'reservnummer' });
    expect((await anna.get(`/api/persons/${open!.id}/lob-intakes`)).body.items).toHaveLength(1);

    expect(merged!.merged_into_person_id).not.toBeNull();
    expect((await anna.get(`/api/persons/${merged!.id}`)).status).toBe(404);
    const where = await anna.get(`/api/persons/${merged!.id}/merged-into`);
    expect(where.body.mergedIntoPersonId).toBe(merged!.merged_into_person_id);
    const intakes = await anna.get(`/api/persons/${merged!.merged_into_person_id}/lob-intakes`);
    expect(intakes.body.items.map((i: { note: string }) => i.note)).toContain(
      'Omhändertagen enligt LOB; uppgav bara förnamn.',
    );
    const record = await t.db
      .selectFrom('person_merge')
      .selectAll()
      .where('reserve_person_id', '=', merged!.id)
      .executeTakeFirstOrThrow();
    expect(record.moved).toEqual(expect.arrayContaining([{ table: 'lob_intake', count: 1 }]));
  });
});
