import type { InterventionCategory, InterventionSetting, LegalForm } from '@vardflata/domain';
import type { Db } from '../../db/database.ts';
import type { indicatorCounty } from './indicators.fixtures.ts';

/**
 * Writers of the care-chain records the care-chain indicators read, on the days given, in the
 * indicator tests' own county: interventions, cases, children given support, referrals and
 * withdrawal-bed requests.
 */
export function careChainFixtures(db: Db, c: Awaited<ReturnType<typeof indicatorCounty>>) {
  const at = (day: string) => new Date(`${day}T10:00:00+01:00`);

  async function intervention(
    unit: string,
    values: {
      category: InterventionCategory;
      setting?: InterventionSetting;
      legalForm?: LegalForm;
      startOn: string;
      endOn?: string;
    },
  ) {
    await db
      .insertInto('intervention')
      .values({
        person_id: await c.person(),
        organisation_id: c.orgOf(unit),
        unit_id: unit,
        responsible_name: 'Test Ansvarig',
        category: values.category,
        method:
          values.category === 'psychosocial-treatment'
            ? 'mi'
            : values.category === 'psychosocial-support'
              ? 'housing'
              : null,
        setting: values.setting ?? 'individual',
        legal_form: values.legalForm ?? 'voluntary',
        start_on: values.startOn,
        end_on: values.endOn ?? null,
        outcome: values.endOn ? 'goals-met' : null,
        recorded_by: c.staffId,
      })
      .execute();
  }

  async function careCase(
    unit: string,
    values: { openedOn: string; reopened?: boolean; closedOn?: string },
  ) {
    await db
      .insertInto('care_case')
      .values({
        person_id: await c.person(),
        organisation_id: c.orgOf(unit),
        unit_id: unit,
        opened_on: values.openedOn,
        reopened: values.reopened ?? false,
        closed_on: values.closedOn ?? null,
        outcome: values.closedOn ? 'goals-met' : null,
        recorded_by: c.staffId,
      })
      .execute();
  }

  /** A child in a person's circle, with support given on each of the days. */
  async function child(unit: string, supportOn: string[], kind: 'child' | 'adult' = 'child') {
    const { id } = await db
      .insertInto('circle_member')
      .values({
        person_id: await c.person(),
        organisation_id: c.orgOf(unit),
        unit_id: unit,
        kind,
        name: 'Barn',
        relation: kind === 'child' ? 'dotter' : 'partner',
        contact: kind === 'child' ? 'household' : null,
        recorded_by: c.staffId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const day of supportOn) {
      await db
        .insertInto('circle_support')
        .values({
          member_id: id,
          kind: 'support',
          given_on: day,
          given_by: 'Barngrupp',
          description: 'Stödgrupp',
          recorded_by: c.staffId,
        })
        .execute();
    }
  }

  async function referral(from: string, to: string, sentOn: string, answeredOn?: string) {
    await db
      .insertInto('referral')
      .values({
        person_id: await c.person(),
        kind: 'co-morbidity-assessment',
        from_organisation_id: c.orgOf(from),
        from_unit_id: from,
        sent_by: c.staffId,
        sent_at: at(sentOn),
        to_organisation_id: c.orgOf(to),
        to_unit_id: to,
        question: 'Bedömning',
        due_on: sentOn,
        answer: answeredOn ? 'Svar' : null,
        answered_by: answeredOn ? c.staffId : null,
        answered_at: answeredOn ? at(answeredOn) : null,
      })
      .execute();
  }

  const bedUnits = new Set<string>();
  async function withdrawal(
    bedUnit: string,
    from: string,
    requestedOn: string,
    admittedOn?: string,
  ) {
    if (!bedUnits.has(bedUnit)) {
      await db.insertInto('bed_unit').values({ unit_id: bedUnit, beds: 8 }).execute();
      bedUnits.add(bedUnit);
    }
    await db
      .insertInto('withdrawal_request')
      .values({
        person_id: await c.person(),
        bed_unit_id: bedUnit,
        requesting_unit_id: from,
        requesting_organisation_id: c.orgOf(from),
        requested_by: c.staffId,
        requested_at: at(requestedOn),
        medically_motivated: true,
        reason: 'Abstinens',
        status: admittedOn ? 'admitted' : 'waiting',
        admitted_by: admittedOn ? c.staffId : null,
        admitted_at: admittedOn ? at(admittedOn) : null,
      })
      .execute();
  }

  return { intervention, careCase, child, referral, withdrawal };
}
