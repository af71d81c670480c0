import { sql, type Kysely } from 'kysely';

/**
 * Test persons' records leave the production figures (decision 0020-d, point 4): every record
 * count and median adds `not exists (… test_person.test_data)` in production mode. The partial
 * index on test persons is the whole inner side of that anti-join (a handful of rows in
 * production); the held-contacts index carries the person, so the contacts figure is still
 * answered from the index alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index person_test_data on person (id) where test_data;
    drop index contact_held;
    create index contact_held on contact (contact_on, organisation_id, unit_id)
      include (person_id) where status = 'held';
  `.execute(db);
}
