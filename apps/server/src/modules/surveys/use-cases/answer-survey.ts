import { SURVEYS } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import { badRequest, notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import {
  findOpenInvitation,
  insertSurveyResponse,
  takeInvitation,
} from '../repositories/survey.repository.ts';
import { hash } from './token.shared.ts';

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
