import { createHash, randomBytes } from 'node:crypto';
import { isSmallCount, SURVEY_KINDS, SURVEYS, type SurveyKind } from '@vardflata/domain';
import type { SurveyResults } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, forbidden, notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import {
  findOpenInvitation,
  insertSurveyInvitation,
  insertSurveyResponse,
  surveyAggregates,
  takeInvitation,
} from '../repositories/survey.repository.ts';

/** How long a one-time link stays open. */
export const INVITATION_DAYS = 30;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A one-time link for the client, made by the staff member of the unit that gave the help. */
export async function inviteToSurvey(db: Db, caller: Caller, kind: SurveyKind, now = new Date()) {
  if (!caller.unitId || !caller.organisationId) throw forbidden();
  const token = randomBytes(24).toString('base64url');
  const expiresOn = addDays(todayInStockholm(now), INVITATION_DAYS);
  await insertSurveyInvitation(db, {
    tokenHash: hash(token),
    kind,
    unitId: caller.unitId,
    organisationId: caller.organisationId,
    expiresOn,
  });
  return { token, path: `/survey/${token}`, kind, expiresOn };
}

/** What the client's phone shows: the kind and the unit; unknown, used or expired → 404. */
export async function openSurvey(db: Db, token: string, now = new Date()) {
  const found = await findOpenInvitation(db, hash(token), todayInStockholm(now));
  if (!found) throw notFound();
  return {
    kind: found.kind,
    unitName: found.unitName,
    questionCount: SURVEYS[found.kind].questions.length,
  };
}

/** The answer, once: the invitation is deleted and the answer kept with unit, kind and month. */
export async function answerSurvey(
  db: Db,
  token: string,
  answers: (number | null)[],
  now = new Date(),
) {
  const today = todayInStockholm(now);
  return db.transaction().execute(async (trx) => {
    const found = await findOpenInvitation(trx, hash(token), today);
    if (!found) throw notFound();
    const count = SURVEYS[found.kind].questions.length;
    if (answers.length !== count) {
      throw badRequest([{ path: 'answers', message: `must have ${count} answers` }]);
    }
    const taken = await takeInvitation(trx, hash(token), today);
    if (!taken) throw notFound();
    await insertSurveyResponse(trx, {
      kind: taken.kind,
      unitId: taken.unit_id,
      organisationId: taken.organisation_id,
      month: `${today.slice(0, 7)}-01`,
      answers,
    });
    return { received: true };
  });
}

/** Results per kind and question under the small-count rule (1–4 responses: not shown). */
export async function surveyResults(
  db: Db,
  q: { from: string; to: string; unitId?: string | undefined },
): Promise<SurveyResults> {
  const rows = await surveyAggregates(db, q);
  return {
    from: q.from,
    to: q.to,
    unitId: q.unitId ?? null,
    items: SURVEY_KINDS.map((kind) => {
      const mine = rows.filter((r) => r.kind === kind);
      const responses = mine[0]?.responses ?? 0;
      const hidden = isSmallCount(responses);
      return {
        kind,
        responses: hidden ? null : responses,
        suppressed: hidden,
        questions: SURVEYS[kind].questions.map((_, i) => {
          const r = mine.find((x) => x.index === i + 1);
          const small = hidden || !r || isSmallCount(r.answered);
          return {
            index: i + 1,
            mean: small || !r || r.mean === null ? null : Math.round(r.mean * 100) / 100,
            answered: hidden || (r && isSmallCount(r.answered)) ? null : (r?.answered ?? 0),
          };
        }),
      };
    }),
  };
}
