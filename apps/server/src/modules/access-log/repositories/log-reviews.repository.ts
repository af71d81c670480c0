import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';

/** Records a completed log review of the caller's organisation. */
export async function insertLogReview(
  trx: Db,
  caller: Caller,
  values: {
    kind: 'sample' | 'search';
    rowsReviewed: number;
    findings: 'none' | 'follow-up';
    note: string | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('log_review')
    .values({
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId,
      reviewed_by: caller.staffId,
      kind: values.kind,
      rows_reviewed: values.rowsReviewed,
      findings: values.findings,
      note: values.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The organisation's latest reviews, newest first. */
export function listLogReviews(db: Db, organisationId: string, limit: number) {
  return db
    .selectFrom('log_review as r')
    .innerJoin('staff as s', 's.id', 'r.reviewed_by')
    .leftJoin('unit as u', 'u.id', 'r.unit_id')
    .select([
      'r.id',
      'r.reviewed_at',
      's.name as by_name',
      'u.name as unit_name',
      'r.kind',
      'r.rows_reviewed',
      'r.findings',
      'r.note',
    ])
    .where('r.organisation_id', '=', organisationId)
    .orderBy('r.reviewed_at', 'desc')
    .limit(limit)
    .execute();
}

export type LogReviewRecord = Awaited<ReturnType<typeof listLogReviews>>[number];
