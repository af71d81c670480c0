import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export async function insertSurveyInvitation(
  db: Db,
  row: {
    tokenHash: string;
    kind: 'uiv' | 'uiv-eb';
    unitId: string;
    organisationId: string;
    expiresOn: string;
  },
) {
  await db
    .insertInto('survey_invitation')
    .values({
      token_hash: row.tokenHash,
      kind: row.kind,
      unit_id: row.unitId,
      organisation_id: row.organisationId,
      expires_on: row.expiresOn,
    })
    .execute();
}

/** A usable invitation (not answered, not expired) with its unit's name. */
export function findOpenInvitation(db: Db, tokenHash: string, today: string) {
  return db
    .selectFrom('survey_invitation as i')
    .innerJoin('unit as u', 'u.id', 'i.unit_id')
    .where('i.token_hash', '=', tokenHash)
    .where('i.expires_on', '>=', today)
    .select(['i.kind', 'u.name as unitName'])
    .executeTakeFirst();
}

/** Uses the invitation up: it is deleted, so nothing remains to link to the answer. */
export function takeInvitation(db: Db, tokenHash: string, today: string) {
  return db
    .deleteFrom('survey_invitation')
    .where('token_hash', '=', tokenHash)
    .where('expires_on', '>=', today)
    .returning(['kind', 'unit_id', 'organisation_id'])
    .executeTakeFirst();
}

export async function insertSurveyResponse(
  db: Db,
  row: {
    kind: 'uiv' | 'uiv-eb';
    unitId: string;
    organisationId: string;
    month: string;
    answers: (number | null)[];
  },
) {
  await db
    .insertInto('survey_response')
    .values({
      kind: row.kind,
      unit_id: row.unitId,
      organisation_id: row.organisationId,
      answered_month: row.month,
      answers: JSON.stringify(row.answers),
    })
    .execute();
}

/** Per kind and question: how many answered and the mean, for the months in the period. */
export async function surveyAggregates(
  db: Db,
  p: { from: string; to: string; unitId?: string | undefined },
) {
  let q = db
    .selectFrom('survey_response')
    .where(
      sql<boolean>`answered_month between date_trunc('month', ${p.from}::date)::date and ${p.to}::date`,
    )
    .select(['kind', 'answers']);
  if (p.unitId) q = q.where('unit_id', '=', p.unitId);
  const rows = await q.execute();
  const out = new Map<
    string,
    { kind: 'uiv' | 'uiv-eb'; index: number; responses: number; answered: number; sum: number }
  >();
  const responses = new Map<string, number>();
  for (const r of rows) {
    responses.set(r.kind, (responses.get(r.kind) ?? 0) + 1);
    r.answers.forEach((a, i) => {
      const key = `${r.kind}|${i + 1}`;
      const cell = out.get(key) ?? {
        kind: r.kind,
        index: i + 1,
        responses: 0,
        answered: 0,
        sum: 0,
      };
      if (a !== null) {
        cell.answered += 1;
        cell.sum += a;
      }
      out.set(key, cell);
    });
  }
  return [...out.values()].map((c) => ({
    kind: c.kind,
    index: c.index,
    responses: responses.get(c.kind) ?? 0,
    answered: c.answered,
    mean: c.answered ? c.sum / c.answered : null,
  }));
}
