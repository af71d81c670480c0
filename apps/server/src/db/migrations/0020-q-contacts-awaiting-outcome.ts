import { sql, type Kysely } from 'kysely';

/**
 * The worklist reminds the unit that had a contact of its booked contacts whose day has passed
 * (decision 0020-c): a partial index on booked contacts by unit and day serves that query on
 * every worklist read, without reading the held, cancelled and no-show ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index contact_booked on contact (unit_id, contact_on)
      where status = 'booked';
  `.execute(db);
}
