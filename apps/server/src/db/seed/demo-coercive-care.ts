import { addDays, type CoerciveCareStep } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import {
  endProcess,
  insertProcess,
  insertStep,
} from '../../modules/coercive-care/repositories/coercive-care.repository.ts';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';
import type { CareChainSeedContext } from './demo-care-chain.ts';

/**
 * The demo county's LVM processes (decision 0019-a), at Socialtjänst Vuxen Exempelby, told on
 * days relative to the seed's today: one just started, one in immediate custody awaiting its
 * submission to the court (on the worklist), one with the application filed, and one in care
 * outside the institution (27 § LVM) — the person whose CRA runs under LVM.
 */
const PROCESSES: { person: number; steps: [CoerciveCareStep, number][] }[] = [
  // Person 2 (Exempelby only): the report came in two days ago.
  { person: 2, steps: [['report', -2]] },
  // Person 13 (Exempelby and Beroendecentrum, consent both ways): custody decided today.
  {
    person: 13,
    steps: [
      ['report', -6],
      ['investigation', -5],
      ['immediate-custody', 0],
    ],
  },
  // Person 26 (Exempelby only): custody confirmed by the court, the application filed.
  {
    person: 26,
    steps: [
      ['report', -20],
      ['investigation', -19],
      ['medical-certificate', -15],
      ['immediate-custody', -12],
      ['submission', -12],
      ['custody-confirmed', -9],
      ['application', -5],
    ],
  },
  // Person 14 (Exempelby only): under LVM care, now outside the institution.
  {
    person: 14,
    steps: [
      ['report', -110],
      ['investigation', -109],
      ['medical-certificate', -100],
      ['application', -95],
      ['care-ruling', -78],
      ['care-started', -75],
      ['care-outside', -20],
    ],
  },
];

export async function seedDemoCoerciveCare(trx: Db, ctx: CareChainSeedContext): Promise<void> {
  const today = todayInStockholm();
  const d = (offset: number) => addDays(today, offset);
  const unit = ctx.unitIds.get('Socialtjänst Vuxen Exempelby')!;
  const staffId = ctx.staffIds.get('erik.socsek')!;
  const caller = { staffId, unitId: unit.id, organisationId: unit.organisationId };
  for (const { person, steps } of PROCESSES) {
    const personId = ctx.personIds[person]!;
    const id = await insertProcess(trx, {
      person_id: personId,
      kind: 'lvm',
      organisation_id: unit.organisationId,
      unit_id: unit.id,
      started_on: d(steps[0]![1]),
      started_by: staffId,
    });
    for (const [step, offset] of steps) {
      await insertStep(trx, { process_id: id, step, done_on: d(offset), done_by: staffId });
      await appendAccessLog(
        trx,
        caller,
        [
          {
            personId,
            action: step === 'report' ? 'coercive-care.create' : 'coercive-care.step',
            ground: 'care-relation',
            outcome: 'allowed',
            detail: { processId: id },
          },
        ],
        { at: new Date(`${d(Math.min(offset, -1))}T10:00:00Z`) },
      );
      if (step === 'care-ended') await endProcess(trx, id, d(offset));
    }
  }
}
