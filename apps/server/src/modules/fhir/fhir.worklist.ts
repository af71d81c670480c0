import type { AccessGround } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { can } from '../../access/permissions.ts';
import { appendAccessLog, type AccessLogEntry } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { collectCareWorklist } from '../care-worklist/care-worklist.service.ts';
import { collectSipWorklist } from '../worklist/worklist.service.ts';
import { collectHandOvers } from '../worklist/worklist.hand-overs.ts';
import {
  WORKLIST_CODES,
  worklistTask,
  worklistTaskId,
  type WorklistTaskItem,
  type WorklistTaskKind,
} from './fhir.task.ts';
import type { FhirResource } from './fhir.presenter.ts';

const isTaskKind = (kind: string): kind is WorklistTaskKind => kind in WORKLIST_CODES;

/**
 * The worklist items that wait on the caller's unit, as Tasks, for those that `wanted` keeps
 * (one person's, or one Task id). The same sources and the same rule as GET
 * /api/care-chain/worklist and GET /api/worklist (its items and its hand-overs); each person
 * served is logged with those routes' actions (care-worklist.read, sip.worklist, and the
 * hand-overs' own: withdrawal-request.worklist, placement.worklist, handover.worklist,
 * lob-intake.worklist, disclosure.read, contact.worklist) — only the items served, not the
 * whole list.
 * Referral items are left out: a referral is its own Task (referral-<id>).
 */
export async function worklistTasks(
  db: Db,
  caller: Caller,
  wanted: (item: WorklistTaskItem) => boolean,
  now: Date = new Date(),
): Promise<FhirResource[]> {
  if (!caller.unitId || !caller.organisationId) return [];
  const owner = {
    organisationId: caller.organisationId,
    organisationName: caller.organisationName ?? '',
    unitName: caller.unitName ?? '',
  };
  return db.transaction().execute(async (trx) => {
    const served: (WorklistTaskItem & {
      ground: AccessGround;
      action: AccessLogEntry['action'];
    })[] = [];
    if (can(caller, 'care-chain:read')) {
      for (const i of await collectCareWorklist(trx, caller, todayInStockholm(now))) {
        if (!isTaskKind(i.kind)) continue;
        const item = { ...i, kind: i.kind, sipId: null };
        if (wanted(item)) served.push({ ...item, action: 'care-worklist.read' });
      }
    }
    if (can(caller, 'sip:read')) {
      const seen = new Set<string>();
      for (const scope of ['mine', 'unit'] as const) {
        const { items, rows } = await collectSipWorklist(trx, caller, scope, now);
        for (const i of items) {
          const item: WorklistTaskItem = {
            kind: i.kind,
            recordId: i.consentId ?? i.meetingId ?? i.sipId,
            personId: i.personId,
            sipId: i.sipId,
            dueOn: i.dueOn,
            text: i.text,
          };
          const id = worklistTaskId(item.kind, item.recordId);
          if (seen.has(id) || !wanted(item)) continue;
          seen.add(id);
          const ground = rows.find((r) => r.id === i.sipId)!.ground;
          served.push({ ...item, ground, action: 'sip.worklist' });
        }
      }
    }
    // The hand-overs of GET /api/worklist (which asks for sip:read), each with its own log rows.
    // Two unconfirmed medication changes of one placement are one Task (the placement's).
    const handOvers: { item: WorklistTaskItem; log: AccessLogEntry[] }[] = [];
    if (can(caller, 'sip:read')) {
      const seen = new Set<string>();
      for (const { item: h, log } of await collectHandOvers(trx, caller, now)) {
        const item: WorklistTaskItem = { ...h, sipId: null };
        const id = worklistTaskId(item.kind, item.recordId);
        if (seen.has(id) || !wanted(item)) continue;
        seen.add(id);
        handOvers.push({ item, log });
      }
    }
    // Each person served is a logged read, once per action and ground (as the REST lists do).
    const logged = new Map(
      served.map((s) => [`${s.personId}:${s.action}:${s.ground}:${s.sipId ?? ''}`, s]),
    );
    await appendAccessLog(trx, caller, [
      ...[...logged.values()].map((s) => ({
        personId: s.personId,
        action: s.action,
        ground: s.ground,
        outcome: 'allowed' as const,
        ...(s.sipId ? { detail: { sipId: s.sipId } } : {}),
      })),
      ...handOvers.flatMap((h) => h.log),
    ]);
    return [...served, ...handOvers.map((h) => h.item)].map((s) => worklistTask(s, owner));
  });
}
