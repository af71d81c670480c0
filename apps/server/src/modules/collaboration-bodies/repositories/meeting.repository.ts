import type { Db } from '../../../db/database.ts';

export function listBodies(db: Db, id?: string) {
  let q = db.selectFrom('collaboration_body').selectAll().orderBy('kind').orderBy('name');
  if (id) q = q.where('id', '=', id);
  return q.execute();
}

export function listMembers(db: Db, bodyIds: string[]) {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('collaboration_body_member as m')
    .leftJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.body_id',
      'm.staff_id',
      'm.name',
      'm.represents',
      'o.name as organisation_name',
    ])
    .where('m.body_id', 'in', bodyIds)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}

export function listMeetings(db: Db, bodyIds: string[]) {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('body_meeting')
    .selectAll()
    .where('body_id', 'in', bodyIds)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

export async function listAgendaAndDecisions(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return { agenda: [], decisions: [] };
  const [agenda, decisions] = await Promise.all([
    db
      .selectFrom('body_agenda_item')
      .selectAll()
      .where('meeting_id', 'in', meetingIds)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('body_decision')
      .selectAll()
      .where('meeting_id', 'in', meetingIds)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ]);
  return { agenda, decisions };
}

export async function lockBody(trx: Db, id: string): Promise<void> {
  await trx
    .selectFrom('collaboration_body')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .execute();
}

export async function insertMeeting(
  trx: Db,
  values: { bodyId: string; heldOn: string; place: string },
): Promise<string> {
  const { id } = await trx
    .insertInto('body_meeting')
    .values({ body_id: values.bodyId, held_on: values.heldOn, place: values.place })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertAgendaItems(
  trx: Db,
  items: {
    meetingId: string;
    title: string;
    deviationId?: string | null;
    disputeId?: string | null;
    position: number;
  }[],
): Promise<void> {
  if (items.length === 0) return;
  await trx
    .insertInto('body_agenda_item')
    .values(
      items.map((i) => ({
        meeting_id: i.meetingId,
        title: i.title,
        deviation_id: i.deviationId ?? null,
        dispute_id: i.disputeId ?? null,
        position: i.position,
      })),
    )
    .execute();
}

export async function recordMinutes(
  trx: Db,
  meetingId: string,
  values: { minutes: string; decisions: string[] },
): Promise<void> {
  await trx
    .updateTable('body_meeting')
    .set({ minutes: values.minutes, status: 'held' })
    .where('id', '=', meetingId)
    .execute();
  if (values.decisions.length > 0) {
    await trx
      .insertInto('body_decision')
      .values(values.decisions.map((text, position) => ({ meeting_id: meetingId, text, position })))
      .execute();
  }
}
