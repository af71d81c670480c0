import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { readReferral } from '../../referrals/use-cases/read-referral.ts';
import { parseTaskId, referralTask, worklistTaskId } from '../fhir.task.ts';
import { worklistTasks } from '../fhir.worklist.ts';

/**
 * One Task: a referral (the same rule, 404 and log rows as GET /api/referrals/:id), or a
 * worklist item or hand-over that waits on the caller's unit now (logged as the worklist logs
 * it). A role that reads no worklist is refused as GET /api/worklist refuses it (403).
 */
export async function readTask(db: Db, caller: Caller, taskId: string) {
  const ref = parseTaskId(taskId);
  if (!ref) throw notFound();
  if (ref.kind === 'referral') return referralTask(await readReferral(db, caller, ref.id));
  requirePermission(caller, 'sip:read');
  const [task] = await worklistTasks(
    db,
    caller,
    (i) => worklistTaskId(i.kind, i.recordId) === taskId,
  );
  if (!task) throw notFound();
  return task;
}
