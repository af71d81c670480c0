import type { ContactStatus } from '@vardflata/domain';
import type { Db } from '../../db/database.ts';

/**
 * A small county of its own for the indicator tests: two organisations, three units, and
 * helpers that write the records an indicator reads, on the days given (never today).
 */
export async function indicatorCounty(db: Db) {
  const org = async (name: string, kind: 'region' | 'municipality', units: string[]) => {
    const { id } = await db
      .insertInto('organisation')
      .values({ name, kind })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (const u of units) {
      const unit = await db
        .insertInto('unit')
        .values({ organisation_id: id, name: u })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(unit.id);
    }
    return { id, units: ids };
  };
  const a = await org('Region A', 'region', ['A1', 'A2']);
  const b = await org('Kommun B', 'municipality', ['B1']);
  const staff = await db
    .insertInto('staff')
    .values({
      username: 'indicator.writer',
      name: 'Indicator Writer',
      role: 'social-worker',
      unit_id: a.units[0]!,
      organisation_id: a.id,
      password_hash: 'x',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const units = { a1: a.units[0]!, a2: a.units[1]!, b1: b.units[0]! };
  const orgOf = (unit: string) => (unit === units.b1 ? b.id : a.id);
  let n = 0;

  async function person(sex: 'female' | 'male' | 'unknown' = 'female', dateOfBirth = '1990-06-15') {
    n += 1;
    const { id } = await db
      .insertInto('person')
      .values({
        personal_identity_number: `19900615${String(n).padStart(4, '0')}`,
        identity_number_kind: 'personnummer',
        date_of_birth: dateOfBirth,
        given_name: 'Test',
        family_name: `Person ${n}`,
        sex,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async function relation(personId: string, unit: string, openedOn: string, closedOn?: string) {
    await db
      .insertInto('care_relation')
      .values({
        person_id: personId,
        unit_id: unit,
        organisation_id: orgOf(unit),
        opened_at: new Date(`${openedOn}T10:00:00+01:00`),
        closed_at: closedOn ? `${closedOn}T10:00:00+01:00` : null,
      })
      .execute();
  }

  async function screening(
    unit: string | null,
    instrument: 'AUDIT' | 'DUDIT',
    performedOn: string,
  ) {
    await db
      .insertInto('screening')
      .values({
        person_id: await person(),
        instrument,
        definition_version: '1',
        answers: '[]',
        points: '[]',
        total: 0,
        interpretation: '{}',
        performed_on: performedOn,
        filled_in_by: 'staff',
        recorded_by: staff.id,
        unit_id: unit,
        organisation_id: unit ? orgOf(unit) : a.id,
      })
      .execute();
  }

  async function sip(
    unit: string,
    dates: { proposedOn: string; activatedOn?: string; endedOn?: string },
  ) {
    const { id } = await db
      .insertInto('sip')
      .values({
        person_id: await person(),
        organisation_id: orgOf(unit),
        unit_id: unit,
        status: dates.endedOn ? 'closed' : dates.activatedOn ? 'active' : 'proposed',
        proposed_on: dates.proposedOn,
        proposal_source: JSON.stringify({ kind: 'staff' }),
        recorded_by: staff.id,
        activated_on: dates.activatedOn ?? null,
        ended_on: dates.endedOn ?? null,
        plan: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async function meeting(sipId: string, status: 'scheduled' | 'held' | 'cancelled', on: string) {
    await db
      .insertInto('sip_meeting')
      .values({
        sip_id: sipId,
        purpose: 'planning',
        status,
        starts_at: `${on}T10:00:00+01:00`,
        held_on: status === 'held' ? on : null,
        created_by: staff.id,
      })
      .execute();
  }

  async function followUp(sipId: string, heldOn: string) {
    await db
      .insertInto('sip_follow_up')
      .values({
        sip_id: sipId,
        held_on: heldOn,
        plan_version: 1,
        goals: '[]',
        interventions: '[]',
        decision: 'continue',
        recorded_by: staff.id,
      })
      .execute();
  }

  /** A visit of a person of its own at `unit` on `on` (held unless said otherwise). */
  async function contact(unit: string, on: string, status: ContactStatus = 'held') {
    await db
      .insertInto('contact')
      .values({
        person_id: await person(),
        organisation_id: orgOf(unit),
        unit_id: unit,
        contact_on: on,
        kind: 'visit',
        status,
        recorded_by: staff.id,
      })
      .execute();
  }

  /** An integrated reception of the given units (a unit is in at most one). */
  async function reception(name: string, unitIds: string[]) {
    const { id } = await db
      .insertInto('integrated_reception')
      .values({ name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('integrated_reception_unit')
      .values(unitIds.map((unit_id) => ({ unit_id, reception_id: id })))
      .execute();
    return id;
  }

  return {
    orgA: a.id,
    orgB: b.id,
    units,
    staffId: staff.id,
    orgOf,
    person,
    relation,
    screening,
    sip,
    meeting,
    followUp,
    contact,
    reception,
  };
}
