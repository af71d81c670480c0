import type { Insertable, Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import type { SipMeetingTable } from '../../../db/schema.ts';

/** The `sip_meeting` table: meetings booked through an invitation, and those held. */

export type MeetingRow = Selectable<SipMeetingTable>;

export function listMeetings(db: Db, sipId: string): Promise<MeetingRow[]> {
  return db
    .selectFrom('sip_meeting')
    .selectAll()
    .where('sip_id', '=', sipId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findMeeting(db: Db, meetingId: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('sip_meeting').selectAll().where('id', '=', meetingId).executeTakeFirst();
}

/** Scheduled meetings of several SIPs that have a time (the worklist and the scan job). */
export function listScheduledMeetings(db: Db, sipIds: string[]) {
  if (sipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sip_meeting')
    .select(['id', 'sip_id', 'starts_at', 'created_by'])
    .where('sip_id', 'in', sipIds)
    .where('status', '=', 'scheduled')
    .where('starts_at', 'is not', null)
    .execute();
}

export type NewMeeting = Omit<
  Insertable<SipMeetingTable>,
  'id' | 'created_at' | 'created_by' | 'attended_participant_ids'
> & { attended_participant_ids: string[] | null };

export async function insertMeeting(trx: Db, caller: Caller, meeting: NewMeeting) {
  const { id } = await trx
    .insertInto('sip_meeting')
    .values({
      ...meeting,
      attended_participant_ids: json(meeting.attended_participant_ids),
      created_by: caller.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function markMeetingHeld(
  trx: Db,
  meetingId: string,
  values: { heldOn: string; notes: string | null; attended: string[] | null },
): Promise<void> {
  await trx
    .updateTable('sip_meeting')
    .set({
      status: 'held',
      held_on: values.heldOn,
      notes: values.notes,
      attended_participant_ids: json(values.attended),
    })
    .where('id', '=', meetingId)
    .execute();
}

/** Scheduled meetings that will not be held (rescheduled, or the SIP ended): no reminders. */
export async function cancelScheduledMeetings(trx: Db, sipId: string): Promise<void> {
  await trx
    .updateTable('sip_meeting')
    .set({ status: 'cancelled' })
    .where('sip_id', '=', sipId)
    .where('status', '=', 'scheduled')
    .execute();
}

const json = (ids: string[] | null) => (ids ? JSON.stringify(ids) : null);
