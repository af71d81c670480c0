import { checklistState, COERCIVE_CARE_CHECKLIST, type CoerciveCareStep } from '@vardflata/domain';
import type { CoerciveCareProcess } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { mayEdit, processStatus } from './coercive-care.policy.ts';
import type { ProcessRow, StepRow } from './repositories/coercive-care.repository.ts';

/** The last time each step was done (steps come oldest first). */
export function doneDates(steps: Pick<StepRow, 'step' | 'done_on'>[]) {
  const done: Partial<Record<CoerciveCareStep, string>> = {};
  for (const s of steps) done[s.step] = s.done_on;
  return done;
}

export function toProcess(
  caller: Caller,
  row: ProcessRow,
  allSteps: StepRow[],
  today: string,
): CoerciveCareProcess {
  const steps = allSteps.filter((s) => s.process_id === row.id);
  const edit = mayEdit(caller, row);
  const ended = row.ended_on !== null;
  const defs = COERCIVE_CARE_CHECKLIST[row.kind];
  const states = checklistState(row.kind, doneDates(steps), today, ended);
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    startedOn: row.started_on,
    startedByName: row.started_by_name,
    endedOn: row.ended_on,
    status: processStatus(row),
    mayEdit: edit,
    steps: states.map((state, i) => {
      const def = defs[i]!;
      const last = steps.filter((s) => s.step === state.step).at(-1);
      return {
        ...state,
        doneByName: last?.done_by_name ?? null,
        note: last?.note ?? null,
        section: def.section,
        limit: def.limit
          ? {
              section: def.limit.section,
              confirmation: def.limit.confirmation,
              source: def.limit.source,
              wording: def.limit.wording,
            }
          : null,
        mayRecord: edit && !ended && state.status !== 'done' && state.status !== 'not-applicable',
      };
    }),
  };
}
