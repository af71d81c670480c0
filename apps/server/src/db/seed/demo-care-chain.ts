import { addDays } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import { insertIntervention } from '../../modules/interventions/repositories/intervention.repository.ts';
import {
  insertChildrenQuestion,
  insertMember,
  insertSupport,
} from '../../modules/circle/repositories/circle.repository.ts';
import { insertReferral } from '../../modules/referrals/repositories/referral.repository.ts';
import { todayInStockholm } from '../../util/time.ts';
import type { Db } from '../database.ts';
import type { ReferralKind } from '@vardflata/domain';
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

interface ReferralDraft {
  person: number;
  kind: ReferralKind;
  from: string;
  by: string;
  to: string;
  question: string;
  sentDaysAgo: number;
  dueIn: number;
  answer?: { text: string; by: string; daysAgo: number };
}

const BC = 'Beroendecentrum';
const VC = 'Vårdcentral Centrum';
const EX = 'Socialtjänst Vuxen Exempelby';
const NO = 'Socialtjänst Vuxen Norrby';

/** Referrals between the principals (F6), each under the person's consent naming the receiver. */
const REFERRALS: ReferralDraft[] = [
  {
    person: 1,
    kind: 'co-morbidity-assessment',
    from: EX,
    by: 'erik.socsek',
    to: VC,
    question: 'Bedömning av sömnbesvär och nedstämdhet vid pågående alkoholberoende.',
    sentDaysAgo: 40,
    dueIn: -20,
    answer: {
      text: 'Bedömd: depressiv episod, behandling insatt. Återbesök om sex veckor.',
      by: 'vera.vardcentral',
      daysAgo: 25,
    },
  },
  {
    person: 13,
    kind: 'co-morbidity-assessment',
    from: EX,
    by: 'erik.socsek',
    to: VC,
    question: 'Somatisk bedömning: leverprover och blodtryck efter långvarigt alkoholbruk.',
    sentDaysAgo: 21,
    dueIn: -5,
  },
  {
    person: 25,
    kind: 'laro-assessment',
    from: EX,
    by: 'sara.samordnare',
    to: BC,
    question: 'Utredning inför läkemedelsassisterad behandling vid opioidberoende (LABO).',
    sentDaysAgo: 3,
    dueIn: 14,
  },
  {
    person: 9,
    kind: 'laro-medication-start',
    from: NO,
    by: 'nora.socsek',
    to: BC,
    question: 'Läkemedelsinställning efter genomförd LARO-utredning.',
    sentDaysAgo: 60,
    dueIn: -30,
    answer: {
      text: 'Inställd på buprenorfin, överförd till LARO-mottagningen för fortsatt behandling.',
      by: 'anna.lakare',
      daysAgo: 35,
    },
  },
  {
    person: 21,
    kind: 'report-back',
    from: BC,
    by: 'anna.lakare',
    to: NO,
    question: 'Återrapport efter abstinensbehandling: behov av boendestöd inför utskrivning?',
    sentDaysAgo: 2,
    dueIn: 7,
  },
];

export async function seedDemoReferrals(trx: Db, ctx: CareChainSeedContext): Promise<void> {
  const today = todayInStockholm();
  const at = (daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T10:00:00Z`);
  for (const r of REFERRALS) {
    const from = ctx.unitIds.get(r.from)!;
    const to = ctx.unitIds.get(r.to)!;
    const personId = ctx.personIds[r.person]!;
    const sentBy = ctx.staffIds.get(r.by)!;
    const answeredBy = r.answer ? ctx.staffIds.get(r.answer.by)! : null;
    const id = await insertReferral(trx, {
      person_id: personId,
      kind: r.kind,
      from_organisation_id: from.organisationId,
      from_unit_id: from.id,
      sent_by: sentBy,
      sent_at: at(r.sentDaysAgo),
      to_organisation_id: to.organisationId,
      to_unit_id: to.id,
      question: r.question,
      due_on: addDays(today, r.dueIn),
      answer: r.answer?.text ?? null,
      answered_by: answeredBy,
      answered_at: r.answer ? at(r.answer.daysAgo) : null,
    });
    await appendAccessLog(
      trx,
      { staffId: sentBy, unitId: from.id, organisationId: from.organisationId },
      [
        {
          personId,
          action: 'referral.create',
          ground: 'care-relation',
          outcome: 'allowed',
          detail: { referralId: id },
        },
      ],
      { at: at(r.sentDaysAgo) },
    );
    if (r.answer) {
      await appendAccessLog(
        trx,
        { staffId: answeredBy!, unitId: to.id, organisationId: to.organisationId },
        [
          {
            personId,
            action: 'referral.answer',
            ground: 'consent',
            outcome: 'allowed',
            detail: { referralId: id },
          },
        ],
        { at: at(r.answer.daysAgo) },
      );
    }
  }
}

/** The circle (F1): person 1 has two children, one informed and one not yet; person 14 a
 * partner offered support; the children question answered for persons 1 and 0. */
export async function seedDemoCircle(trx: Db, ctx: CareChainSeedContext): Promise<void> {
  const today = todayInStockholm();
  const d = (offset: number) => addDays(today, offset);
  const ex = ctx.unitIds.get(EX)!;
  const bc = ctx.unitIds.get(BC)!;
  const erik = ctx.staffIds.get('erik.socsek')!;
  const anna = ctx.staffIds.get('anna.lakare')!;
  const thisYear = Number(today.slice(0, 4));
  const member = async (
    person: number,
    values: {
      kind: 'child' | 'adult';
      name: string;
      relation: string;
      age?: number;
      contact?: 'household' | 'regular-contact';
    },
  ) =>
    insertMember(trx, {
      person_id: ctx.personIds[person]!,
      organisation_id: ex.organisationId,
      unit_id: ex.id,
      kind: values.kind,
      name: values.name,
      relation: values.relation,
      birth_year: values.age === undefined ? null : thisYear - values.age,
      contact: values.contact ?? null,
      recorded_by: erik,
    });
  const alva = await member(1, {
    kind: 'child',
    name: 'Alva',
    relation: 'dotter',
    age: 9,
    contact: 'household',
  });
  await insertSupport(trx, {
    member_id: alva,
    kind: 'information',
    given_on: d(-50),
    given_by: 'Erik Socialsekreterare',
    description: 'Samtal om pappas behandling, anpassat efter åldern, tillsammans med mamma.',
    recorded_by: erik,
  });
  await insertSupport(trx, {
    member_id: alva,
    kind: 'support',
    given_on: d(-20),
    given_by: 'Barngrupp, Socialtjänst Exempelby',
    description: 'Plats i stödgrupp för barn till föräldrar med missbruk.',
    recorded_by: erik,
  });
  await member(1, {
    kind: 'child',
    name: 'Theo',
    relation: 'son',
    age: 15,
    contact: 'regular-contact',
  });
  const partner = await member(14, { kind: 'adult', name: 'Kim', relation: 'partner' });
  await insertSupport(trx, {
    member_id: partner,
    kind: 'advice',
    given_on: d(-60),
    given_by: 'Erik Socialsekreterare',
    description: 'Erbjuden anhöriggrupp; tackade ja.',
    recorded_by: erik,
  });
  await insertChildrenQuestion(trx, {
    person_id: ctx.personIds[1]!,
    organisation_id: ex.organisationId,
    unit_id: ex.id,
    context: 'intervention',
    asked_on: d(-55),
    answer: 'children-identified',
    recorded_by: erik,
  });
  await insertChildrenQuestion(trx, {
    person_id: ctx.personIds[0]!,
    organisation_id: bc.organisationId,
    unit_id: bc.id,
    context: 'intervention',
    asked_on: d(-40),
    answer: 'no-children',
    recorded_by: anna,
  });
  for (const [person, by, unit] of [
    [1, erik, ex],
    [14, erik, ex],
    [0, anna, bc],
  ] as const) {
    await appendAccessLog(
      trx,
      { staffId: by, unitId: unit.id, organisationId: unit.organisationId },
      [
        {
          personId: ctx.personIds[person]!,
          action: 'circle.write',
          ground: 'care-relation',
          outcome: 'allowed',
        },
      ],
      { at: new Date(`${d(-50)}T11:00:00Z`) },
    );
  }
}

/** Case managers and cases (F7, F8): Sara is case manager of persons 2 and 14, an ACT team
 * follows person 13; person 2 has a closed case and a reopened one (återaktualiserad). */
export async function seedDemoCases(trx: Db, ctx: CareChainSeedContext): Promise<void> {
  const today = todayInStockholm();
  const d = (offset: number) => addDays(today, offset);
  const ex = ctx.unitIds.get(EX)!;
  const erik = ctx.staffIds.get('erik.socsek')!;
  const sara = ctx.staffIds.get('sara.samordnare')!;
  const base = { organisation_id: ex.organisationId, unit_id: ex.id, recorded_by: erik };
  for (const [person, kind, staff, team] of [
    [2, 'case-manager', sara, null],
    [14, 'case-manager', sara, null],
    [13, 'act-team', null, 'ACT-teamet Exempelby'],
  ] as const) {
    await trx
      .insertInto('case_manager')
      .values({
        ...base,
        person_id: ctx.personIds[person]!,
        kind,
        staff_id: staff,
        team_name: team,
        assigned_on: d(-90),
      })
      .execute();
  }
  await trx
    .insertInto('care_case')
    .values([
      {
        ...base,
        person_id: ctx.personIds[2]!,
        opened_on: d(-380),
        reopened: false,
        closed_on: d(-200),
        outcome: 'goals-met',
      },
      { ...base, person_id: ctx.personIds[2]!, opened_on: d(-190), reopened: true },
      { ...base, person_id: ctx.personIds[14]!, opened_on: d(-80), reopened: false },
      {
        ...base,
        person_id: ctx.personIds[26]!,
        opened_on: d(-300),
        reopened: false,
        closed_on: d(-30),
        outcome: 'moved',
      },
    ])
    .execute();
  for (const [person, action, day] of [
    [2, 'case.open', -380],
    [2, 'case.close', -200],
    [2, 'case.reopen', -190],
    [14, 'case-manager.assign', -90],
  ] as const) {
    await appendAccessLog(
      trx,
      { staffId: erik, unitId: ex.id, organisationId: ex.organisationId },
      [{ personId: ctx.personIds[person]!, action, ground: 'care-relation', outcome: 'allowed' }],
      { at: new Date(`${d(day)}T12:00:00Z`) },
    );
  }
}
