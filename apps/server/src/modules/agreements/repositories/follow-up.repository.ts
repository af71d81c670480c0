import type { Db } from '../../../db/database.ts';
import type { Assessment, FollowUpArea } from '@vardflata/domain';

export function findFollowUp(db: Db, id: string) {
  return db
    .selectFrom('agreement_follow_up as f')
    .innerJoin('agreement as a', 'a.id', 'f.agreement_id')
    .select(['f.id', 'f.agreement_id', 'f.year', 'a.title as agreement_title'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}
export type FollowUpRecord = NonNullable<Awaited<ReturnType<typeof findFollowUp>>>;

export async function lockFollowUp(trx: Db, id: string): Promise<void> {
  await trx
    .selectFrom('agreement_follow_up')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .execute();
}

export async function followUpExists(db: Db, agreementId: string, year: number) {
  const row = await db
    .selectFrom('agreement_follow_up')
    .select('id')
    .where('agreement_id', '=', agreementId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertFollowUp(
  trx: Db,
  values: {
    agreementId: string;
    year: number;
    by: string;
    statements: { area: FollowUpArea; code: string; position: number; text: string }[];
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('agreement_follow_up')
    .values({ agreement_id: values.agreementId, year: values.year, created_by: values.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('follow_up_statement')
    .values(values.statements.map((s) => ({ follow_up_id: id, ...s })))
    .execute();
  return id;
}

export function listStatements(db: Db, followUpId: string) {
  return db
    .selectFrom('follow_up_statement as s')
    .leftJoin('staff as b', 'b.id', 's.assessed_by')
    .selectAll('s')
    .select('b.name as assessed_by_name')
    .where('s.follow_up_id', '=', followUpId)
    .orderBy('s.position')
    .execute();
}

export async function assessStatement(
  trx: Db,
  followUpId: string,
  statementId: string,
  values: { assessment: Assessment; comment: string; by: string; at: Date },
): Promise<boolean> {
  const res = await trx
    .updateTable('follow_up_statement')
    .set({
      assessment: values.assessment,
      comment: values.comment,
      assessed_by: values.by,
      assessed_at: values.at,
    })
    .where('id', '=', statementId)
    .where('follow_up_id', '=', followUpId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export function listActions(db: Db, followUpId: string) {
  return db
    .selectFrom('follow_up_action')
    .selectAll()
    .where('follow_up_id', '=', followUpId)
    .orderBy('deadline')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertAction(
  trx: Db,
  values: {
    followUpId: string;
    level: 'local' | 'county';
    text: string;
    owner: string;
    deadline: string;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('follow_up_action')
    .values({
      follow_up_id: values.followUpId,
      level: values.level,
      text: values.text,
      owner: values.owner,
      deadline: values.deadline,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function recordActionFollowUp(
  trx: Db,
  followUpId: string,
  actionId: string,
  values: { status: 'open' | 'done' | 'not-done'; note: string; at: Date },
): Promise<boolean> {
  const res = await trx
    .updateTable('follow_up_action')
    .set({ status: values.status, follow_up_note: values.note, followed_up_at: values.at })
    .where('id', '=', actionId)
    .where('follow_up_id', '=', followUpId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
