import { sql } from 'kysely';
import type { Caller } from '../../access/caller.ts';
import { sipGround } from '../../access/policy.ts';
import type { Db } from '../../db/database.ts';

export interface NewNotification {
  staffId: string;
  kind: string;
  title: string;
  body: string;
  sipId: string | null;
  personId: string | null;
  dueOn: string | null;
  /** One notification per staff member and key: jobs that run twice notify once. */
  dedupeKey: string;
}

export async function insertNotifications(trx: Db, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('notification')
    .values(
      rows.map((n) => ({
        staff_id: n.staffId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        sip_id: n.sipId,
        person_id: n.personId,
        due_on: n.dueOn,
        dedupe_key: n.dedupeKey,
      })),
    )
    .onConflict((oc) => oc.columns(['staff_id', 'dedupe_key']).doNothing())
    .execute();
}

/** The same notification to each of `staffIds` (each once per dedupe key). */
export function notifyEach(
  trx: Db,
  staffIds: string[],
  notification: Omit<NewNotification, 'staffId'>,
): Promise<void> {
  return insertNotifications(
    trx,
    staffIds.map((staffId) => ({ ...notification, staffId })),
  );
}

const S = {
  id: sql.ref('s.id'),
  personId: sql.ref('s.person_id'),
  organisationId: sql.ref('s.organisation_id'),
  unitId: sql.ref('s.unit_id'),
};

/**
 * The caller's notifications. The person behind a SIP notification is joined only while the
 * caller may still see the SIP: after a revocation the reminder stays, the name does not.
 */
export function listForCaller(
  db: Db,
  caller: Caller,
  filter: { unread?: boolean; limit: number; id?: string },
) {
  let query = db
    .selectFrom('notification as n')
    .leftJoin('sip as s', 's.id', 'n.sip_id')
    .leftJoin('person as p', 'p.id', 's.person_id')
    .selectAll('n')
    .select([
      's.person_id as sip_person_id',
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      sql<string | null>`case when s.id is null then null else ${sipGround(caller, S)} end`.as(
        'ground',
      ),
    ])
    .where('n.staff_id', '=', caller.staffId);
  if (filter.id) query = query.where('n.id', '=', filter.id);
  if (filter.unread === true) query = query.where('n.read_at', 'is', null);
  if (filter.unread === false) query = query.where('n.read_at', 'is not', null);
  return query.orderBy('n.created_at', 'desc').orderBy('n.id').limit(filter.limit).execute();
}

export async function countUnread(db: Db, staffId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('staff_id', '=', staffId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Db, staffId: string, id: string): Promise<boolean> {
  const exists = await db
    .selectFrom('notification')
    .select('id')
    .where('id', '=', id)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  if (!exists) return false;
  await db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
  return true;
}
