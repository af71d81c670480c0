import type { SelfFillHandback, SelfFillState } from '@vardflata/contracts';
import { INSTRUMENTS } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import { verifyPassword } from '../../auth/password.ts';
import { setSessionState, type SessionState } from '../../auth/session-store.ts';
import { claimAttempt, clearFailures } from '../../auth/throttle.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, conflict, HttpProblem, type FieldError } from '../../http/problem.ts';
import { toIso } from '../../util/time.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import * as repo from './self-fill.repository.ts';

/**
 * Self-fill (självskattning, decision 0010-a). The staff member hands her device to the person:
 * her session is locked in the state 'self-fill', in which every ordinary route answers 401,
 * and the locked screen learns only which questionnaire to show. The lock lifts only when she
 * signs back in with her password, throttled like sign-in.
 */

export interface Session {
  caller: Caller;
  state: SessionState;
  token: string;
}

const INACTIVE: SelfFillState = {
  active: false,
  instrument: null,
  answered: false,
  startedAt: null,
};

const notLocked = () => conflict('No self-fill is in progress in this session.');

async function lockedRow(db: Db, session: Session): Promise<repo.SelfFillRow> {
  if (session.state !== 'self-fill') throw notLocked();
  const row = await repo.findSelfFill(db, session.caller.sessionId);
  if (!row) throw notLocked();
  return row;
}

/** The staff member hands the screen to the person for AUDIT or DUDIT. */
export async function startSelfFill(
  db: Db,
  session: Session,
  personId: string,
  instrument: 'AUDIT' | 'DUDIT',
): Promise<SelfFillState> {
  const { caller } = session;
  requirePermission(caller, 'screening:write');
  const person = await requireVisiblePerson(db, caller, personId, 'screening.self-fill-start');
  return db.transaction().execute(async (trx) => {
    const startedAt = await repo.insertSelfFill(trx, caller, {
      personId,
      instrument,
      ground: person.ground ?? 'care-relation',
    });
    await setSessionState(trx, session.token, 'self-fill');
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'screening.self-fill-start',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { instrument },
      },
    ]);
    return { active: true, instrument, answered: false, startedAt: toIso(startedAt) };
  });
}

/** What the locked screen shows; for any other session, that nothing is locked. */
export async function selfFillState(db: Db, session: Session): Promise<SelfFillState> {
  if (session.state !== 'self-fill') return INACTIVE;
  const row = await repo.findSelfFill(db, session.caller.sessionId);
  if (!row) return INACTIVE;
  return {
    active: true,
    instrument: row.instrument,
    answered: row.answers !== null,
    startedAt: toIso(row.started_at),
  };
}

function answerErrors(instrument: 'AUDIT' | 'DUDIT', answers: (number | null)[]): FieldError[] {
  const items = INSTRUMENTS[instrument].items;
  if (answers.length !== items.length) {
    return [{ path: 'answers', message: `must have ${items.length} answers (null if unanswered)` }];
  }
  return answers.flatMap((a, i) =>
    a === null || (a >= 0 && a < items[i]!.options.length)
      ? []
      : [
          {
            path: `answers[${i}]`,
            message: `must be an option from 0 to ${items[i]!.options.length - 1}`,
          },
        ],
  );
}

/** The person is done: the answers are kept until the staff member takes the screen back. */
export async function saveSelfFillAnswers(
  db: Db,
  session: Session,
  answers: (number | null)[],
): Promise<SelfFillState> {
  const row = await lockedRow(db, session);
  const errors = answerErrors(row.instrument, answers);
  if (errors.length > 0) throw badRequest(errors);
  return db.transaction().execute(async (trx) => {
    await repo.saveAnswers(trx, row.session_id, answers);
    await appendAccessLog(trx, session.caller, [
      {
        personId: row.person_id,
        action: 'screening.self-fill-answers',
        ground: row.ground,
        outcome: 'allowed',
        detail: { instrument: row.instrument },
      },
    ]);
    return {
      active: true,
      instrument: row.instrument,
      answered: true,
      startedAt: toIso(row.started_at),
    };
  });
}

/**
 * The staff member takes the screen back with her password: the session is active again and
 * the person's answers are handed to her form. A wrong password answers 403 (the session stays
 * locked), and too many wrong ones wait like sign-in does.
 */
export async function endSelfFill(
  db: Db,
  session: Session,
  password: string,
): Promise<SelfFillHandback> {
  const row = await lockedRow(db, session);
  const staff = await repo.findPasswordHash(db, session.caller.staffId);
  const wait = await claimAttempt(db, staff.username);
  if (wait > 0) {
    throw new HttpProblem(429, `Too many wrong passwords. Try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });
  }
  if (staff.disabled_at !== null || !(await verifyPassword(staff.password_hash, password))) {
    throw new HttpProblem(403, 'The password is wrong. The screen stays locked.', {
      errors: [{ path: 'password', message: 'wrong password' }],
    });
  }
  await clearFailures(db, staff.username);
  return db.transaction().execute(async (trx) => {
    await repo.deleteSelfFill(trx, row.session_id);
    await setSessionState(trx, session.token, 'active');
    await appendAccessLog(trx, session.caller, [
      {
        personId: row.person_id,
        action: 'screening.self-fill-end',
        ground: row.ground,
        outcome: 'allowed',
        detail: { instrument: row.instrument, answered: row.answers !== null },
      },
    ]);
    return { personId: row.person_id, instrument: row.instrument, answers: row.answers };
  });
}
