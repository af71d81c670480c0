import { addDays } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import { insertIntervention } from '../../modules/interventions/repositories/intervention.repository.ts';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';
import type { InterventionTable } from '../schema.ts';
import type { Insertable } from 'kysely';

/**
 * carecircle: the demo county's care chains (issue 9, records half) — interventions in every
 * state, told on days relative to the seed's today like the rest of the demo county, each with
 * the log row of the day it was recorded.
 */
export interface CareChainSeedContext {
  unitIds: Map<string, { id: string; organisationId: string }>;
  staffIds: Map<string, string>;
  personIds: string[];
}

type Draft = Omit<
  Insertable<InterventionTable>,
  'person_id' | 'organisation_id' | 'unit_id' | 'recorded_by' | 'responsible_name'
> & { person: number; unit: string; by: string; responsible: string };

/** Days are offsets from today (negative: in the past). */
const INTERVENTIONS = (d: (offset: number) => string): Draft[] => [
  // Person 1 (Exempelby and Beroendecentrum, consent both ways): relapse prevention in a group
  // at the social services and LARO at the addiction centre, both ongoing.
  {
    person: 1,
    unit: 'Socialtjänst Vuxen Exempelby',
    by: 'erik.socsek',
    responsible: 'Erik Socialsekreterare',
    category: 'psychosocial-treatment',
    method: 'relapse-prevention',
    setting: 'group',
    legal_form: 'voluntary',
    decision_reference: 'SN 2026/0412',
    decided_on: d(-60),
    start_on: d(-55),
    planned_end_on: d(60),
  },
  {
    person: 1,
    unit: 'Beroendecentrum',
    by: 'anna.lakare',
    responsible: 'Anna Läkare',
    category: 'laro',
    setting: 'individual',
    legal_form: 'voluntary',
    start_on: d(-120),
  },
  // Person 2 (Exempelby): housing support past its planned end, no outcome yet (worklist).
  {
    person: 2,
    unit: 'Socialtjänst Vuxen Exempelby',
    by: 'erik.socsek',
    responsible: 'Sara Samordnare',
    category: 'psychosocial-support',
    method: 'housing',
    setting: 'individual',
    legal_form: 'voluntary',
    decision_reference: 'SN 2025/1190',
    decided_on: d(-200),
    start_on: d(-190),
    planned_end_on: d(-10),
  },
  // Person 0 (Beroendecentrum): inpatient withdrawal care, ended with its outcome.
  {
    person: 0,
    unit: 'Beroendecentrum',
    by: 'anna.lakare',
    responsible: 'Anna Läkare',
    category: 'withdrawal-inpatient',
    setting: 'individual',
    legal_form: 'voluntary',
    start_on: d(-40),
    planned_end_on: d(-30),
    end_on: d(-31),
    outcome: 'goals-met',
    outcome_note: 'Abstinensen hävd, vidare till öppenvård.',
  },
  // Person 14 (Exempelby): CRA under LVM care outside the institution, and contact-person
  // support planned to start next month.
  {
    person: 14,
    unit: 'Socialtjänst Vuxen Exempelby',
    by: 'erik.socsek',
    responsible: 'Erik Socialsekreterare',
    category: 'psychosocial-treatment',
    method: 'cra',
    setting: 'individual',
    legal_form: 'lvm',
    decision_reference: 'Förvaltningsrätten mål 2026-114',
    decided_on: d(-80),
    start_on: d(-75),
    planned_end_on: d(100),
  },
  {
    person: 14,
    unit: 'Socialtjänst Vuxen Exempelby',
    by: 'erik.socsek',
    responsible: 'Sara Samordnare',
    category: 'psychosocial-support',
    method: 'contact-person',
    setting: 'individual',
    legal_form: 'voluntary',
    start_on: d(30),
  },
  // Person 3 (Norrby): MET, discontinued by the person.
  {
    person: 3,
    unit: 'Socialtjänst Vuxen Norrby',
    by: 'nora.socsek',
    responsible: 'Nora Socialsekreterare',
    category: 'psychosocial-treatment',
    method: 'met',
    setting: 'individual',
    legal_form: 'voluntary',
    start_on: d(-150),
    planned_end_on: d(-90),
    end_on: d(-110),
    outcome: 'discontinued-by-person',
  },
];

export async function seedDemoCareChain(trx: Db, ctx: CareChainSeedContext): Promise<void> {
  const today = todayInStockholm();
  const d = (offset: number) => addDays(today, offset);
  for (const draft of INTERVENTIONS(d)) {
    const { person, unit: unitName, by, responsible, ...values } = draft;
    const unit = ctx.unitIds.get(unitName)!;
    const staffId = ctx.staffIds.get(by)!;
    const personId = ctx.personIds[person]!;
    const id = await insertIntervention(trx, {
      ...values,
      person_id: personId,
      organisation_id: unit.organisationId,
      unit_id: unit.id,
      responsible_name: responsible,
      responsible_staff_id: responsible === 'Anna Läkare' ? staffId : null,
      recorded_by: staffId,
    });
    const recordedOn = values.start_on < today ? values.start_on : addDays(today, -1);
    await appendAccessLog(
      trx,
      { staffId, unitId: unit.id, organisationId: unit.organisationId },
      [
        {
          personId,
          action: 'intervention.create',
          ground: 'care-relation',
          outcome: 'allowed',
          detail: { interventionId: id },
        },
      ],
      { at: new Date(`${recordedOn}T09:00:00Z`) },
    );
  }
}
