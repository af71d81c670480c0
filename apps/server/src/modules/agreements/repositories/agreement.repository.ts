import type { Db } from '../../../db/database.ts';

/** Agreements with their parties, all of them (agreements hold no person data). */
export async function listAgreements(db: Db, id?: string) {
  let q = db.selectFrom('agreement').selectAll().orderBy('kind').orderBy('title').orderBy('id');
  if (id) q = q.where('id', '=', id);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = await db
    .selectFrom('agreement_party as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['p.agreement_id', 'o.id', 'o.name'])
    .where('p.agreement_id', 'in', ids)
    .orderBy('o.name')
    .execute();
  const revisions = await db
    .selectFrom('agreement_revision as r')
    .leftJoin('staff as s', 's.id', 'r.revised_by')
    .select(['r.id', 'r.agreement_id', 'r.revised_on', 'r.note', 's.name as by'])
    .where('r.agreement_id', 'in', ids)
    .orderBy('r.revised_on', 'desc')
    .orderBy('r.id')
    .execute();
  const followUps = await db
    .selectFrom('agreement_follow_up')
    .select(['id', 'agreement_id', 'year'])
    .where('agreement_id', 'in', ids)
    .orderBy('year', 'desc')
    .execute();
  const routines = await db
    .selectFrom('agreement_routine')
    .selectAll()
    .where('agreement_id', 'in', ids)
    .orderBy('title')
    .orderBy('id')
    .execute();
  const versions =
    routines.length === 0
      ? []
      : await db
          .selectFrom('agreement_routine_version as v')
          .leftJoin('staff as s', 's.id', 'v.changed_by')
          .select(['v.routine_id', 'v.version', 'v.body', 'v.note', 'v.changed_at', 's.name as by'])
          .where(
            'v.routine_id',
            'in',
            routines.map((r) => r.id),
          )
          .orderBy('v.version', 'desc')
          .execute();
  return rows.map((a) => ({
    ...a,
    parties: parties.filter((p) => p.agreement_id === a.id),
    revisions: revisions.filter((r) => r.agreement_id === a.id),
    followUps: followUps.filter((f) => f.agreement_id === a.id),
    routines: routines
      .filter((r) => r.agreement_id === a.id)
      .map((r) => ({ ...r, versions: versions.filter((v) => v.routine_id === r.id) })),
  }));
}
export type AgreementRecord = Awaited<ReturnType<typeof listAgreements>>[number];

export async function findAgreement(db: Db, id: string): Promise<AgreementRecord | undefined> {
  return (await listAgreements(db, id))[0];
}

export async function lockAgreement(trx: Db, id: string): Promise<void> {
  await trx.selectFrom('agreement').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertAgreement(
  trx: Db,
  values: {
    title: string;
    kind: 'county' | 'local';
    summary: string;
    validFrom: string;
    validUntil: string | null;
    reviewOn: string | null;
    partyIds: string[];
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('agreement')
    .values({
      title: values.title,
      kind: values.kind,
      summary: values.summary,
      valid_from: values.validFrom,
      valid_until: values.validUntil,
      review_on: values.reviewOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('agreement_party')
    .values(values.partyIds.map((organisation_id) => ({ agreement_id: id, organisation_id })))
    .execute();
  return id;
}

export async function insertRevision(
  trx: Db,
  values: { agreementId: string; revisedOn: string; note: string; by: string | null },
): Promise<void> {
  await trx
    .insertInto('agreement_revision')
    .values({
      agreement_id: values.agreementId,
      revised_on: values.revisedOn,
      note: values.note,
      revised_by: values.by,
    })
    .execute();
}

export async function updateDates(
  trx: Db,
  id: string,
  values: { validUntil?: string | null; reviewOn?: string | null },
): Promise<void> {
  const set = {
    ...(values.validUntil !== undefined ? { valid_until: values.validUntil } : {}),
    ...(values.reviewOn !== undefined ? { review_on: values.reviewOn } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await trx.updateTable('agreement').set(set).where('id', '=', id).execute();
}

export async function insertRoutine(
  trx: Db,
  values: { agreementId: string; title: string; body: string; by: string | null; at?: Date },
): Promise<string> {
  const { id } = await trx
    .insertInto('agreement_routine')
    .values({ agreement_id: values.agreementId, title: values.title })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertRoutineVersion(trx, {
    routineId: id,
    version: 1,
    body: values.body,
    note: 'Första versionen',
    by: values.by,
    ...(values.at ? { at: values.at } : {}),
  });
  return id;
}

export async function insertRoutineVersion(
  trx: Db,
  values: {
    routineId: string;
    version: number;
    body: string;
    note: string;
    by: string | null;
    at?: Date;
  },
): Promise<void> {
  await trx
    .insertInto('agreement_routine_version')
    .values({
      routine_id: values.routineId,
      version: values.version,
      body: values.body,
      note: values.note,
      changed_by: values.by,
      ...(values.at ? { changed_at: values.at } : {}),
    })
    .execute();
}

/** Agreements whose review date falls on or before `until` (the reminder job). */
export function listReviewsDue(db: Db, until: string) {
  return db
    .selectFrom('agreement')
    .select(['id', 'title', 'review_on'])
    .where('review_on', 'is not', null)
    .where('review_on', '<=', until)
    .orderBy('id')
    .execute();
}

export async function partyIdsOf(db: Db, agreementId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agreement_party')
    .select('organisation_id')
    .where('agreement_id', '=', agreementId)
    .execute();
  return rows.map((r) => r.organisation_id);
}
