import type { ChildrenQuestionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { toChildrenQuestion } from '../circle.presenter.ts';
import { visibleChildrenQuestions } from '../repositories/circle.repository.ts';
import { writeForPerson } from '../circle.context.ts';
import { saveChildrenQuestion } from './save-children-question.ts';

/** The children-as-relatives question and its answer, where a SIP or intervention starts. */
export function recordChildrenQuestion(
  db: Db,
  caller: Caller,
  personId: string,
  body: ChildrenQuestionBody,
) {
  return writeForPerson(db, caller, personId, async (trx) => {
    const id = await saveChildrenQuestion(trx, caller, personId, body);
    const [row] = (await visibleChildrenQuestions(trx, caller, personId)).filter(
      (q) => q.id === id,
    );
    return { value: toChildrenQuestion(row!), detail: { childrenQuestionId: id } };
  });
}
