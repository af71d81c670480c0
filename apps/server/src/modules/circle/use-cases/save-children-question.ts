import type { ChildrenQuestionBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { insertChildrenQuestion } from '../repositories/circle.repository.ts';

/** Also used by the intervention that asks it as it starts. */
export function saveChildrenQuestion(
  trx: Db,
  caller: Caller,
  personId: string,
  body: ChildrenQuestionBody,
) {
  return insertChildrenQuestion(trx, {
    person_id: personId,
    organisation_id: caller.organisationId!,
    unit_id: caller.unitId!,
    context: body.context,
    record_id: body.recordId ?? null,
    asked_on: body.askedOn,
    answer: body.answer,
    recorded_by: caller.staffId,
  });
}
