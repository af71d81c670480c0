import type { Circle } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toChildrenQuestion, toMember } from '../circle.presenter.ts';
import {
  supportsOf,
  visibleChildrenQuestions,
  visibleMembers,
} from '../repositories/circle.repository.ts';

/** Reads the circle as the caller may see it, inside `trx` (no log row). */
export async function loadCircle(trx: Db, caller: Caller, personId: string) {
  const members = await visibleMembers(trx, caller, { personId });
  const supports = await supportsOf(
    trx,
    members.map((m) => m.id),
  );
  const questions = await visibleChildrenQuestions(trx, caller, personId);
  const today = todayInStockholm();
  const circle: Circle = {
    personId,
    members: members.map((m) => toMember(m, supports, today)),
    childrenQuestion: questions[0] ? toChildrenQuestion(questions[0]) : null,
    // identity: every answer, so a SIP page finds the one given for that SIP (issue 9.7)
    answers: questions.map(toChildrenQuestion),
  };
  return { circle, grounds: [...members, ...questions].map((r) => r.ground) };
}

/** The person's circle (F1); one log row per ground it was seen on. */
export async function readCircle(db: Db, caller: Caller, personId: string): Promise<Circle> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'circle.read');
  return db.transaction().execute(async (trx) => {
    const { circle, grounds } = await loadCircle(trx, caller, personId);
    await appendAccessLog(
      trx,
      caller,
      listLogEntries(personId, 'circle.read', grounds, person.ground ?? 'none'),
    );
    return circle;
  });
}
