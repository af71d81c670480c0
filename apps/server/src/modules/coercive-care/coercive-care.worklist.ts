import {
  checklistState,
  COERCIVE_CARE_LABELS,
  COERCIVE_CARE_WORKLIST_DAYS,
  dueInWords,
  stepOf,
} from '@vardflata/domain';
import type { CareWorklistItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { doneDates } from './coercive-care.presenter.ts';
import { openProcessesOfUnit } from './repositories/coercive-care.repository.ts';

/**
 * The care-chain worklist's LVM/LVU items: a step whose statutory limit runs out within
 * COERCIVE_CARE_WORKLIST_DAYS days, or has passed, on an open process of the caller's unit.
 */
export async function coerciveCareDeadlines(
  db: Db,
  caller: Caller,
  today: string,
): Promise<Omit<CareWorklistItem, 'person'>[]> {
  const { processes, steps } = await openProcessesOfUnit(db, caller);
  return processes.flatMap((p) =>
    checklistState(p.kind, doneDates(steps.filter((s) => s.process_id === p.id)), today, false)
      .filter(
        (s) =>
          (s.status === 'due' || s.status === 'overdue') &&
          s.days !== null &&
          s.days <= COERCIVE_CARE_WORKLIST_DAYS,
      )
      .map((s) => {
        const section = stepOf(p.kind, s.step)!.limit!.section;
        return {
          kind: 'coercive-care-deadline' as const,
          personId: p.person_id,
          recordId: p.id,
          dueOn: s.dueOn,
          days: s.days,
          text: `${p.kind.toUpperCase()}: ${COERCIVE_CARE_LABELS.step[s.step].sv} – ${dueInWords(s.dueOn!, section)}${s.status === 'overdue' ? ' (fristen har passerat)' : ''}.`,
        };
      }),
  );
}
