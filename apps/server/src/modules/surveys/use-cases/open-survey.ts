import { SURVEYS } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { findOpenInvitation } from '../repositories/survey.repository.ts';
import { hash } from './token.shared.ts';

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
