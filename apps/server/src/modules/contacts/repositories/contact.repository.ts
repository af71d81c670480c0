import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { personGround, personVisible, recordGround } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { ContactTable } from '../../../db/schema.ts';

export type ContactGround = 'own-organisation' | 'consent' | 'emergency';

export type ContactRow = Selectable<ContactTable> & {
  organisation_name: string;
  unit_name: string;
  recorded_by_name: string;
  changed_by_name: string | null;
  /** On what ground the caller sees the contact (the record). */
  ground: ContactGround;
  /** On what ground the caller sees the person: only a care relation lets them write. */
  person_ground: 'care-relation' | 'emergency' | null;
};

// The alias is `ct`: the policy's fragments use `c` (consent) and `cr` inside their own
// subqueries, where an outer `c` would be shadowed and match every consent.
const ground = (caller: Caller) =>
  recordGround(caller, sql.ref('ct.person_id'), sql.ref('ct.organisation_id'));

/**
 * Contacts the caller may see (decision 0020-c, as interventions, 0004): of a person the caller
 * sees, kept by the caller's organisation or seen under an information-sharing consent or
 * emergency access (health care's records only); of one person or one by id; newest day first.
 */
export async function visibleContacts(
  db: Db,
  caller: Caller,
  filter: { personId?: string; id?: string },
): Promise<ContactRow[]> {
  const rows = await db
    .selectFrom('contact as ct')
    .innerJoin('organisation as o', 'o.id', 'ct.organisation_id')
    .innerJoin('unit as u', 'u.id', 'ct.unit_id')
    .innerJoin('staff as st', 'st.id', 'ct.recorded_by')
    .leftJoin('staff as ch', 'ch.id', 'ct.changed_by')
    .selectAll('ct')
    .select([
      'o.name as organisation_name',
      'u.name as unit_name',
      'st.name as recorded_by_name',
      'ch.name as changed_by_name',
      ground(caller).as('ground'),
      personGround(caller, sql.ref('ct.person_id')).as('person_ground'),
    ])
    .$if(filter.personId !== undefined, (q) => q.where('ct.person_id', '=', filter.personId!))
    .$if(filter.id !== undefined, (q) => q.where('ct.id', '=', filter.id!))
    .where(personVisible(caller, sql.ref('ct.person_id')))
    .where(sql<boolean>`${ground(caller)} is not null`)
    .orderBy('ct.contact_on', 'desc')
    .orderBy('ct.recorded_at', 'desc')
    .execute();
  return rows as ContactRow[];
}

/** A contact waiting for its outcome, with the person it is about (worklist, 0020-c). */
export interface AwaitingOutcomeRow {
  id: string;
  person_id: string;
  contact_on: string;
  kind: ContactTable['kind'];
  personal_identity_number: string;
  given_name: string;
  family_name: string;
  protected_identity: boolean;
  /** On what ground the caller sees the person (the access-log row's). */
  person_ground: 'care-relation' | 'emergency' | null;
}

/**
 * The unit's booked contacts whose day lies before `before`, of persons the caller still sees,
 * oldest day first, at most `limit` (contacts.policy.ts decides the criteria). The person is
 * `pe`, the contact `ct`: the policy's fragments use `c`, `cr` and `r` inside their subqueries.
 */
export async function listAwaitingOutcome(
  db: Db,
  caller: Caller,
  criteria: { unitId: string; before: string; limit: number },
): Promise<AwaitingOutcomeRow[]> {
  return db
    .selectFrom('contact as ct')
    .innerJoin('person as pe', 'pe.id', 'ct.person_id')
    .select([
      'ct.id',
      'ct.person_id',
      'ct.contact_on',
      'ct.kind',
      'pe.personal_identity_number',
      'pe.given_name',
      'pe.family_name',
      'pe.protected_identity',
      personGround(caller, sql.ref('ct.person_id')).as('person_ground'),
    ])
    .where('ct.unit_id', '=', criteria.unitId)
    .where('ct.status', '=', 'booked')
    .where('ct.contact_on', '<', criteria.before)
    .where(personVisible(caller, sql.ref('ct.person_id')))
    .orderBy('ct.contact_on', 'asc')
    .orderBy('ct.recorded_at', 'asc')
    .orderBy('ct.id', 'asc')
    .limit(criteria.limit)
    .execute();
}

export async function insertContact(trx: Db, values: Insertable<ContactTable>): Promise<string> {
  const { id } = await trx
    .insertInto('contact')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateContact(
  trx: Db,
  id: string,
  values: Pick<Updateable<ContactTable>, 'contact_on' | 'kind' | 'status' | 'note'> & {
    changed_by: string;
  },
) {
  await trx
    .updateTable('contact')
    .set({ ...values, changed_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Whose contact it is, seen or not (to log a refused attempt), and a row lock. */
export async function lockContact(trx: Db, id: string) {
  const row = await trx
    .selectFrom('contact')
    .select('person_id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function findContactPersonId(db: Db, id: string) {
  const row = await db
    .selectFrom('contact')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}
