import { sql, type Kysely } from 'kysely';

/**
 * SIP meetings and answers that tell the truth (issue "Trust and truth"):
 * - `sip_participant.responded_by`: who gave the answer. One person invited both by name and
 *   through her unit answers once; her answer stands for the unit unless a colleague answered
 *   for it, and this column tells the two apart.
 * - `sip.first_meeting_on` is the day of the first SIP meeting actually held (a meeting marked
 *   held, or a follow-up). Activation used to write the activation day there even when the
 *   meeting was still to come; this puts every SIP right: the earliest held one, or none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sip_participant add column responded_by uuid references staff(id);
    with held as (
      select s.id, (select min(d) from (
        select m.held_on as d from sip_meeting m where m.sip_id = s.id and m.status = 'held'
        union all
        select f.held_on from sip_follow_up f where f.sip_id = s.id) as days) as first_held
      from sip s
    )
    update sip set first_meeting_on = held.first_held
    from held
    where held.id = sip.id and sip.first_meeting_on is distinct from held.first_held;
  `.execute(db);
}
