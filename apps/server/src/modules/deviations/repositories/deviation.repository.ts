import { sql, type Selectable } from 'kysely';
import type { DeviationCategory } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import type { DeviationTable } from '../../../db/schema.ts';

export type DeviationRow = Selectable<DeviationTable> & {
  reporter_name: string;
  reporter_unit_name: string | null;
  reporter_organisation_name: string | null;
  concerns_organisation_name: string;
  answered_by_name: string | null;
  closed_by_name: string | null;
};

/** Who may see which deviations: the reporter, the managers and analysts of either party,
 * and (steering) everyone in a county steering group. */
export interface DeviationViewer {
  staffId: string;
  organisationId: string | null;
  /** Unit managers and analysts see their organisation's deviations, both ways. */
  organisationWide: boolean;
  steering: boolean;
}

function base(db: Db) {
  return db
    .selectFrom('deviation as d')
    .innerJoin('staff as rb', 'rb.id', 'd.reported_by')
    .leftJoin('unit as ru', 'ru.id', 'd.reporter_unit_id')
    .leftJoin('organisation as ro', 'ro.id', 'd.reporter_organisation_id')
    .innerJoin('organisation as co', 'co.id', 'd.concerns_organisation_id')
    .leftJoin('staff as ab', 'ab.id', 'd.answered_by')
    .leftJoin('staff as cb', 'cb.id', 'd.closed_by')
    .selectAll('d')
    .select([
      'rb.name as reporter_name',
      'ru.name as reporter_unit_name',
      'ro.name as reporter_organisation_name',
      'co.name as concerns_organisation_name',
      'ab.name as answered_by_name',
      'cb.name as closed_by_name',
    ]);
}

function visibleTo(db: Db, viewer: DeviationViewer) {
  let q = base(db);
  if (viewer.steering) return q;
  q = q.where((eb) =>
    eb.or([
      eb('d.reported_by', '=', viewer.staffId),
      ...(viewer.organisationWide && viewer.organisationId
        ? [
            eb('d.reporter_organisation_id', '=', viewer.organisationId),
            eb('d.concerns_organisation_id', '=', viewer.organisationId),
          ]
        : []),
    ]),
  );
  return q;
}

export function findVisibleDeviation(
  db: Db,
  viewer: DeviationViewer,
  id: string,
): Promise<DeviationRow | undefined> {
  return visibleTo(db, viewer).where('d.id', '=', id).executeTakeFirst();
}

export function listVisibleDeviations(
  db: Db,
  viewer: DeviationViewer,
  filter: { scope: 'reported' | 'concerning' | 'all'; status?: string; bodyId?: string },
): Promise<DeviationRow[]> {
  let q = visibleTo(db, viewer);
  if (filter.scope === 'reported') q = q.where('d.reported_by', '=', viewer.staffId);
  if (filter.scope === 'concerning')
    q = q.where('d.concerns_organisation_id', '=', viewer.organisationId);
  if (filter.status) q = q.where('d.status', '=', filter.status as 'open');
  if (filter.bodyId) q = q.where('d.raised_to_body_id', '=', filter.bodyId);
  return q.orderBy('d.reported_at', 'desc').orderBy('d.id').limit(500).execute();
}

export async function lockDeviation(trx: Db, id: string): Promise<void> {
  await trx.selectFrom('deviation').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertDeviation(
  trx: Db,
  values: {
    category: DeviationCategory;
    description: string;
    reportedBy: string;
    reporterOrganisationId: string | null;
    reporterUnitId: string | null;
    concernsOrganisationId: string;
    reportedAt?: Date;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('deviation')
    .values({
      category: values.category,
      description: values.description,
      reported_by: values.reportedBy,
      reporter_organisation_id: values.reporterOrganisationId,
      reporter_unit_id: values.reporterUnitId,
      concerns_organisation_id: values.concernsOrganisationId,
      ...(values.reportedAt ? { reported_at: values.reportedAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function recordAnswer(
  trx: Db,
  id: string,
  values: { answer: string; by: string; at: Date },
): Promise<void> {
  await trx
    .updateTable('deviation')
    .set({
      answer: values.answer,
      answered_by: values.by,
      answered_at: values.at,
      status: 'answered',
    })
    .where('id', '=', id)
    .execute();
}

export async function recordClosing(
  trx: Db,
  id: string,
  values: { actionTaken: string; by: string; at: Date },
): Promise<void> {
  await trx
    .updateTable('deviation')
    .set({
      action_taken: values.actionTaken,
      closed_by: values.by,
      closed_at: values.at,
      status: 'closed',
    })
    .where('id', '=', id)
    .execute();
}

export async function raiseToBody(trx: Db, id: string, bodyId: string): Promise<void> {
  await trx
    .updateTable('deviation')
    .set({ raised_to_body_id: bodyId })
    .where('id', '=', id)
    .execute();
}

/** Deviations reported in [from, to] (Swedish calendar dates), counted per category and status. */
export function countByCategory(
  db: Db,
  period: { from: string; to: string },
  organisationIds?: string[],
) {
  let q = db
    .selectFrom('deviation')
    .select(['category', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where(
      sql<boolean>`(reported_at at time zone 'Europe/Stockholm')::date between ${period.from}::date and ${period.to}::date`,
    );
  if (organisationIds && organisationIds.length > 0) {
    q = q.where((eb) =>
      eb.or([
        eb('concerns_organisation_id', 'in', organisationIds),
        eb('reporter_organisation_id', 'in', organisationIds),
      ]),
    );
  }
  return q.groupBy(['category', 'status']).execute();
}
