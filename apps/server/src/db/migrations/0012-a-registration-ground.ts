import { sql, type Kysely } from 'kysely';

/**
 * Issue 7, faults 2 and 3 (decision 0013).
 * - `care_relation.registration_ground`: on what ground the unit registered the person
 *   (ansökan, anmälan, remiss, eget initiativ). Null for relations opened before grounds were
 *   recorded.
 * - `organisation.emergency_reviewer_id`: the reviewer an administrator designates for an
 *   organisation that has no unit manager of its own, so an emergency access to its records is
 *   never reviewed by nobody.
 * - `emergency_access_reviewer`: who is to review an emergency access, settled when it is opened
 *   — the accessing unit's managers and those of each health-care organisation whose records it
 *   opens (the data's owner), falling back to the organisation level and then to the designated
 *   reviewer — and on what basis.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table care_relation add column registration_ground text
      check (registration_ground in ('new-application', 'report', 'referral', 'own-initiative'));
    alter table organisation add column emergency_reviewer_id uuid references staff(id);

    create table emergency_access_reviewer (
      emergency_access_id uuid not null references emergency_access(id),
      staff_id uuid not null references staff(id),
      organisation_id uuid not null references organisation(id),
      basis text not null check (basis in ('unit-manager', 'organisation', 'designated')),
      side text not null check (side in ('accessing', 'owning')),
      primary key (emergency_access_id, staff_id, organisation_id)
    );
    create index emergency_access_reviewer_staff on emergency_access_reviewer (staff_id);
  `.execute(db);
}
