import { addDays } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import { insertIntervention } from '../../modules/interventions/repositories/intervention.repository.ts';
import {
  insertMember,
  insertSupport,
} from '../../modules/circle/repositories/circle.repository.ts';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';
import type { CareChainSeedContext } from './demo-care-chain.ts';

/**
 * followup: enough finished care-chain records this year for the care-chain indicators to show
 * figures rather than "not shown (fewer than 5)" in the demo county (issue 10): medication,
 * group and individual treatment and LARO under LVM, each ended with its outcome (so no
 * worklist item appears), children given support, and reopened cases. Each record has the log
 * row of the day it was written.
 */
const EX = 'Socialtjänst Vuxen Exempelby';
const NO = 'Socialtjänst Vuxen Norrby';
const BC = 'Beroendecentrum';

type Kind = 'medication' | 'group' | 'individual' | 'laro-lvm';
const FINISHED: { kind: Kind; unit: string; by: string; persons: number[] }[] = [
  { kind: 'medication', unit: BC, by: 'anna.lakare', persons: [4, 6, 8, 10, 12] },
  { kind: 'laro-lvm', unit: BC, by: 'anna.lakare', persons: [5, 7, 9, 11, 15] },
  { kind: 'group', unit: EX, by: 'erik.socsek', persons: [16, 18, 20, 22] },
  { kind: 'individual', unit: NO, by: 'nora.socsek', persons: [17, 19, 21] },
];

export async function seedDemoCareChainFigures(trx: Db, ctx: CareChainSeedContext) {
  const today = todayInStockholm();
  // Within the last weeks, so the figures fall in the year the dashboard opens on.
  const d = (offset: number) => addDays(today, offset);
  const log = async (
    by: string,
    unitName: string,
    person: string,
    action: 'intervention.create' | 'circle.write' | 'case.reopen',
    detail: Record<string, string>,
    on: string,
  ) => {
    const unit = ctx.unitIds.get(unitName)!;
    await appendAccessLog(
      trx,
      { staffId: ctx.staffIds.get(by)!, unitId: unit.id, organisationId: unit.organisationId },
      [{ personId: person, action, ground: 'care-relation', outcome: 'allowed', detail }],
      { at: new Date(`${on}T09:00:00Z`) },
    );
  };

  for (const group of FINISHED) {
    const unit = ctx.unitIds.get(group.unit)!;
    for (const [i, index] of group.persons.entries()) {
      const personId = ctx.personIds[index]!;
      const medical = group.kind === 'medication' || group.kind === 'laro-lvm';
      const id = await insertIntervention(trx, {
        person_id: personId,
        organisation_id: unit.organisationId,
        unit_id: unit.id,
        responsible_name: 'Demo Ansvarig',
        responsible_staff_id: null,
        category:
          group.kind === 'medication'
            ? 'medication'
            : group.kind === 'laro-lvm'
              ? 'laro'
              : 'psychosocial-treatment',
        method: medical ? null : group.kind === 'group' ? 'relapse-prevention' : 'mi',
        setting: group.kind === 'group' ? 'group' : 'individual',
        legal_form: group.kind === 'laro-lvm' ? 'lvm' : 'voluntary',
        start_on: d(-28 - i),
        planned_end_on: d(-7),
        end_on: d(-7),
        outcome: 'goals-met',
        recorded_by: ctx.staffIds.get(group.by)!,
      });
      await log(
        group.by,
        group.unit,
        personId,
        'intervention.create',
        { interventionId: id },
        d(-28 - i),
      );
    }
  }

  // Children of persons 1, 16, 18 and 20 given support at the social services of Exempelby.
  const ex = ctx.unitIds.get(EX)!;
  const erik = ctx.staffIds.get('erik.socsek')!;
  for (const [i, index] of [1, 16, 18, 20].entries()) {
    const personId = ctx.personIds[index]!;
    const member = await insertMember(trx, {
      person_id: personId,
      organisation_id: ex.organisationId,
      unit_id: ex.id,
      kind: 'child',
      name: ['Elsa', 'Vide', 'Maja', 'Noah'][i]!,
      relation: i % 2 === 0 ? 'dotter' : 'son',
      birth_year: Number(today.slice(0, 4)) - 8 - i,
      contact: 'household',
      recorded_by: erik,
    });
    await insertSupport(trx, {
      member_id: member,
      kind: 'support',
      given_on: d(-14 - i),
      given_by: 'Barngrupp, Socialtjänst Exempelby',
      description: 'Plats i stödgrupp för barn till föräldrar med missbruk.',
      recorded_by: erik,
    });
    await log('erik.socsek', EX, personId, 'circle.write', { memberId: member }, d(-14 - i));
  }

  // Four more persons back at Exempelby after a closed case: reopened (återaktualiserade).
  for (const [i, index] of [16, 18, 20, 22].entries()) {
    const personId = ctx.personIds[index]!;
    await trx
      .insertInto('care_case')
      .values([
        {
          person_id: personId,
          organisation_id: ex.organisationId,
          unit_id: ex.id,
          opened_on: d(-200 - i),
          reopened: false,
          closed_on: d(-60 - i),
          outcome: 'goals-met',
          recorded_by: erik,
        },
        {
          person_id: personId,
          organisation_id: ex.organisationId,
          unit_id: ex.id,
          opened_on: d(-30 - i),
          reopened: true,
          recorded_by: erik,
        },
      ])
      .execute();
    await log('erik.socsek', EX, personId, 'case.reopen', {}, d(-30 - i));
  }
}
