import type { Circle } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import { toChildrenQuestion, toMember } from './circle.presenter.ts';
import {
  supportsOf,
  visibleChildrenQuestions,
  visibleMembers,
} from './repositories/circle.repository.ts';

/** Runs `act` on a visible person in one transaction with its `circle.write` log row. */
export async function writeForPerson<T>(
  db: Db,
  caller: Caller,
  personId: string,
  act: (trx: Db) => Promise<{ value: T; detail: Record<string, string> }>,
): Promise<T> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, 'circle.write');
  return db.transaction().execute(async (trx) => {
    const { value, detail } = await act(trx);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'circle.write',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail,
      },
    ]);
    return value;
  });
}

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
