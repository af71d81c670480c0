import type { AccessAction } from '@vardflata/domain';
import type { AccessGround } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { HttpProblem, notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';

/** A care-chain record as its repository reads it for the caller: whose, and on what ground. */
export interface SeenRecord {
  id: string;
  person_id: string;
  ground: AccessGround;
}

export interface RecordContext<R extends SeenRecord> {
  trx: Db;
  caller: Caller;
  row: R;
  /** Today in Stockholm, read once per call so every rule sees the same day. */
  today: string;
}

/** How one kind of record is found, locked and named in the log. */
export interface RecordKind<R extends SeenRecord> {
  /** The detail key of its log rows, e.g. `interventionId`. */
  detailKey: string;
  findVisible: (db: Db, caller: Caller, id: string) => Promise<R | undefined>;
  /** Locks the row (for a write) and says whose it is, seen or not. */
  lock: (trx: Db, id: string) => Promise<unknown>;
  personIdOf: (db: Db, id: string) => Promise<string | null>;
  /** The write decision of the module's policy, on the locked, visible row. */
  mayWrite: (caller: Caller, row: R) => void;
}

const NOT_VISIBLE = Symbol('not visible');

/**
 * Check, lock, act and log in one transaction (decision 0010), for any care-chain record: the
 * record the caller may see, locked for a write, which the module's policy must allow. Not
 * visible is a logged 404; a refusal after it was seen is logged with the ground it was seen on.
 */
export async function withRecord<R extends SeenRecord, T>(
  kind: RecordKind<R>,
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: RecordContext<R>) => Promise<T>,
): Promise<T> {
  requirePermission(caller, mode === 'read' ? 'care-chain:read' : 'care-chain:write');
  let seen: R | undefined;
  const detail = (extra: Record<string, number> = {}) => ({ [kind.detailKey]: id, ...extra });
  try {
    const result = await db.transaction().execute(async (trx) => {
      if (mode === 'write') await kind.lock(trx, id);
      const row = await kind.findVisible(trx, caller, id);
      if (!row) return NOT_VISIBLE;
      seen = row;
      if (mode === 'write') kind.mayWrite(caller, row);
      const value = await work({ trx, caller, row, today: todayInStockholm() });
      await appendAccessLog(trx, caller, [
        {
          personId: row.person_id,
          action,
          ground: row.ground,
          outcome: 'allowed',
          detail: detail(),
        },
      ]);
      return { value };
    });
    if (result === NOT_VISIBLE) {
      await logDenied(db, caller, {
        personId: await kind.personIdOf(db, id),
        action,
        ground: 'none',
        detail: detail(),
      });
      throw notFound();
    }
    return result.value;
  } catch (error) {
    if (seen && error instanceof HttpProblem) {
      await logDenied(db, caller, {
        personId: seen.person_id,
        action,
        ground: seen.ground,
        detail: detail({ status: error.status }),
      });
    }
    throw error;
  }
}

/** One log row per ground a list of records was seen on; the person's ground when none. */
export function listLogEntries(
  personId: string,
  action: AccessAction,
  grounds: AccessGround[],
  personGround: AccessGround,
) {
  const distinct = [...new Set(grounds)];
  return (distinct.length ? distinct : [personGround]).map((ground) => ({
    personId,
    action,
    ground,
    outcome: 'allowed' as const,
  }));
}
