import type { Selectable } from 'kysely';
import type { DisputeLevel } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import type { DisputeStepTable, DisputeTable } from '../../../db/schema.ts';

export type DisputeRow = Selectable<DisputeTable> & {
  raised_by_name: string;
  raised_by_organisation_name: string | null;
  other_organisation_name: string;
  resolved_by_name: string | null;
};
export type DisputeStepRow = Selectable<DisputeStepTable>;

/** Who sees which disputes: the raiser, the owners of any step, the managers and analysts of
 * either party, and the county steering group. */
export interface DisputeViewer {
  staffId: string;
  organisationId: string | null;
  organisationWide: boolean;
  steering: boolean;
}

function base(db: Db) {
  return db
    .selectFrom('dispute as d')
    .innerJoin('staff as rb', 'rb.id', 'd.raised_by')
    .leftJoin('organisation as ro', 'ro.id', 'd.raised_by_organisation_id')
    .innerJoin('organisation as oo', 'oo.id', 'd.other_organisation_id')
    .leftJoin('staff as sb', 'sb.id', 'd.resolved_by')
    .selectAll('d')
    .select([
      'rb.name as raised_by_name',
      'ro.name as raised_by_organisation_name',
      'oo.name as other_organisation_name',
      'sb.name as resolved_by_name',
    ]);
}

function visibleTo(db: Db, viewer: DisputeViewer) {
  const q = base(db);
  if (viewer.steering) return q;
  return q.where((eb) =>
    eb.or([
      eb('d.raised_by', '=', viewer.staffId),
      eb.exists(
        eb
          .selectFrom('dispute_step as st')
          .innerJoin('dispute_step_owner as o', 'o.step_id', 'st.id')
          .select('o.staff_id')
          .whereRef('st.dispute_id', '=', 'd.id')
          .where('o.staff_id', '=', viewer.staffId),
      ),
      ...(viewer.organisationWide && viewer.organisationId
        ? [
            eb('d.raised_by_organisation_id', '=', viewer.organisationId),
            eb('d.other_organisation_id', '=', viewer.organisationId),
          ]
        : []),
    ]),
  );
}

export function findVisibleDispute(db: Db, viewer: DisputeViewer, id: string) {
  return visibleTo(db, viewer).where('d.id', '=', id).executeTakeFirst();
}

export function listVisibleDisputes(
  db: Db,
  viewer: DisputeViewer,
  filter: { scope: 'owned' | 'all'; status?: 'open' | 'resolved' },
): Promise<DisputeRow[]> {
  let q = visibleTo(db, viewer);
  if (filter.status) q = q.where('d.status', '=', filter.status);
  if (filter.scope === 'owned') {
    q = q
      .where('d.status', '=', 'open')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('dispute_step as st')
            .innerJoin('dispute_step_owner as o', 'o.step_id', 'st.id')
            .select('o.staff_id')
            .whereRef('st.dispute_id', '=', 'd.id')
            .where('st.ended_at', 'is', null)
            .where('o.staff_id', '=', viewer.staffId),
        ),
      );
  }
  return q.orderBy('d.raised_at', 'desc').orderBy('d.id').limit(500).execute();
}

/** For the job: the dispute as it is, whoever looks. */
export function findDisputeForJobs(db: Db, id: string) {
  return base(db).where('d.id', '=', id).executeTakeFirst();
}

export async function lockDispute(trx: Db, id: string): Promise<void> {
  await trx.selectFrom('dispute').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertDispute(
  trx: Db,
  values: {
    title: string;
    description: string;
    raisedBy: string;
    raisedByOrganisationId: string | null;
    otherOrganisationId: string;
    personId: string | null;
    raisedAt: Date;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('dispute')
    .values({
      title: values.title,
      description: values.description,
      raised_by: values.raisedBy,
      raised_by_organisation_id: values.raisedByOrganisationId,
      other_organisation_id: values.otherOrganisationId,
      person_id: values.personId,
      raised_at: values.raisedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertStep(
  trx: Db,
  values: {
    disputeId: string;
    level: DisputeLevel;
    ownerName: string;
    ownerBodyId: string | null;
    ownerStaffIds: string[];
    startedAt: Date;
    dueOn: string;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('dispute_step')
    .values({
      dispute_id: values.disputeId,
      level: values.level,
      owner_name: values.ownerName,
      owner_body_id: values.ownerBodyId,
      started_at: values.startedAt,
      due_on: values.dueOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const owners = [...new Set(values.ownerStaffIds)];
  if (owners.length > 0) {
    await trx
      .insertInto('dispute_step_owner')
      .values(owners.map((staff_id) => ({ step_id: id, staff_id })))
      .execute();
  }
  await trx
    .updateTable('dispute')
    .set({ level: values.level })
    .where('id', '=', values.disputeId)
    .execute();
  return id;
}

export async function endCurrentStep(
  trx: Db,
  disputeId: string,
  values: { how: 'escalated' | 'escalated-overdue' | 'resolved'; by: string | null; at: Date },
): Promise<void> {
  await trx
    .updateTable('dispute_step')
    .set({ ended_at: values.at, ended_how: values.how, ended_by: values.by })
    .where('dispute_id', '=', disputeId)
    .where('ended_at', 'is', null)
    .execute();
}

export async function recordDecision(
  trx: Db,
  id: string,
  values: { decision: string; by: string; at: Date },
): Promise<void> {
  await trx
    .updateTable('dispute')
    .set({
      status: 'resolved',
      decision: values.decision,
      resolved_by: values.by,
      resolved_at: values.at,
    })
    .where('id', '=', id)
    .execute();
}

/** The steps of the disputes, with their owners' names, in ladder order. */
export async function listSteps(db: Db, disputeIds: string[]) {
  if (disputeIds.length === 0) return [];
  const steps = await db
    .selectFrom('dispute_step')
    .selectAll()
    .where('dispute_id', 'in', disputeIds)
    .orderBy('dispute_id')
    .orderBy('level')
    .execute();
  const owners =
    steps.length === 0
      ? []
      : await db
          .selectFrom('dispute_step_owner as o')
          .innerJoin('staff as s', 's.id', 'o.staff_id')
          .select(['o.step_id', 'o.staff_id', 's.name'])
          .where(
            'o.step_id',
            'in',
            steps.map((s) => s.id),
          )
          .orderBy('s.name')
          .execute();
  return steps.map((s) => ({
    ...s,
    owners: owners.filter((o) => o.step_id === s.id).map((o) => ({ id: o.staff_id, name: o.name })),
  }));
}
export type DisputeStepWithOwners = Awaited<ReturnType<typeof listSteps>>[number];

/** Open disputes whose current step was due before `today`: the job's work. */
export async function listOverdueOpenDisputes(db: Db, today: string) {
  return db
    .selectFrom('dispute as d')
    .innerJoin('dispute_step as st', (join) =>
      join.onRef('st.dispute_id', '=', 'd.id').on('st.ended_at', 'is', null),
    )
    .select(['d.id', 'd.level', 'st.due_on', 'st.id as step_id'])
    .where('d.status', '=', 'open')
    .where('st.due_on', '<', today)
    .orderBy('d.id')
    .execute();
}
