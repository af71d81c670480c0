import type { Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import type { SipFollowUpTable } from '../../../db/schema.ts';

/** The `sip_follow_up` table: each follow-up meeting's evaluation of the plan. */

export function listFollowUps(db: Db, sipId: string) {
  return db
    .selectFrom('sip_follow_up as f')
    .innerJoin('staff as st', 'st.id', 'f.recorded_by')
    .selectAll('f')
    .select('st.name as recorded_by_name')
    .where('f.sip_id', '=', sipId)
    .orderBy('f.recorded_at')
    .execute();
}
export type FollowUpRow = Awaited<ReturnType<typeof listFollowUps>>[number];

export async function insertFollowUp(
  trx: Db,
  caller: Caller,
  followUp: Omit<Selectable<SipFollowUpTable>, 'id' | 'recorded_at' | 'recorded_by'>,
): Promise<string> {
  const { id } = await trx
    .insertInto('sip_follow_up')
    .values({
      ...followUp,
      goals: JSON.stringify(followUp.goals),
      interventions: JSON.stringify(followUp.interventions),
      recorded_by: caller.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
