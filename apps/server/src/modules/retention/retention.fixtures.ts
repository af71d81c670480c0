import { sql } from 'kysely';
import type { demoIds, TestApp } from '../../test/harness.ts';

type Ids = Awaited<ReturnType<typeof demoIds>>;

/** Fixed days for the retention tests: every record's last entry is 10 January 2019. */
export const LAST = '2019-01-10T12:00:00+01:00';
export const EARLIER = '2018-06-01T10:00:00+02:00';

/** Rows in every governed table, all written by 10 January 2019 at the latest. */
export async function everyRecord(t: TestApp, ids: Ids, personId: string) {
  const staff = ids.user('erik.socsek');
  const doctor = ids.user('anna.lakare');
  const hvb = (
    await t.db
      .selectFrom('unit')
      .select('id')
      .where('organisation_id', '=', ids.solgarden)
      .executeTakeFirstOrThrow()
  ).id;
  // One row into any table, by name: the fixture fills tables of many modules.
  const one = async (table: string, values: Record<string, unknown>, key = 'id') => {
    const columns = Object.keys(values);
    const { rows } = await sql<Record<string, string>>`insert into ${sql.table(table)}
      (${sql.join(columns.map((c) => sql.ref(c)))})
      values (${sql.join(columns.map((c) => values[c]))})
      returning ${sql.ref(key)}`.execute(t.db);
    return rows[0]![key]!;
  };
  const mun = { organisation_id: ids.exempelby, unit_id: ids.socExempelby };
  const reg = { organisation_id: ids.region, unit_id: ids.beroendecentrum };

  await sql`update care_relation set opened_at = ${EARLIER}, closed_at = ${LAST},
    close_reason = 'Avslutad' where person_id = ${personId}`.execute(t.db);
  await one('care_relation', {
    person_id: personId,
    ...reg,
    opened_at: EARLIER,
    closed_at: LAST,
  });
  const sipId = await one('sip', {
    person_id: personId,
    ...mun,
    status: 'closed',
    proposed_on: '2018-06-01',
    proposal_source: JSON.stringify({ kind: 'staff' }),
    recorded_by: staff,
    plan: JSON.stringify({}),
    ended_on: '2019-01-09',
    last_activity_at: EARLIER,
    created_at: EARLIER,
  });
  await one('notification', {
    staff_id: staff,
    kind: 'follow-up-due',
    title: 'Uppföljning',
    body: 'Uppföljning',
    sip_id: sipId,
    person_id: personId,
    created_at: EARLIER,
  });
  const placement = await one('placement', {
    person_id: personId,
    kind: 'hvb',
    status: 'ended',
    placing_unit_id: ids.socExempelby,
    placing_organisation_id: ids.exempelby,
    provider_unit_id: hvb,
    provider_organisation_id: ids.solgarden,
    health_care_organisation_id: ids.region,
    sip_id: sipId,
    planned_start: '2018-06-01',
    ended_on: '2018-12-01',
    end_outcome: 'Planenligt',
    created_by: staff,
    created_at: EARLIER,
  });
  await one(
    'placement_cost_share',
    { placement_id: placement, organisation_id: ids.exempelby, percent: 100 },
    'placement_id',
  );
  await one('placement_event', {
    placement_id: placement,
    kind: 'follow-up-report',
    text: 'Rapport',
    at: LAST,
    recorded_by: staff,
    recorded_unit_id: ids.socExempelby,
  });
  await one('care_handover', {
    person_id: personId,
    kind: 'medication-dependence',
    from_unit_id: ids.socExempelby,
    to_unit_id: ids.beroendecentrum,
    sip_id: sipId,
    handed_over_by: staff,
    handed_over_at: EARLIER,
    accepted_by: doctor,
    accepted_at: EARLIER,
  });
  const consent = await one('consent', {
    person_id: personId,
    purpose: 'information-sharing',
    form: 'written',
    valid_from: '2018-06-01',
    recorded_at: EARLIER,
    recorded_by: staff,
    recorded_unit_id: ids.socExempelby,
    recorded_organisation_id: ids.exempelby,
  });
  await one(
    'consent_recipient',
    { consent_id: consent, organisation_id: ids.region },
    'consent_id',
  );
  await one('intervention', {
    person_id: personId,
    ...mun,
    responsible_name: 'Erik',
    category: 'psychosocial-support',
    method: 'other',
    setting: 'individual',
    legal_form: 'voluntary',
    start_on: '2018-06-01',
    end_on: '2018-12-01',
    outcome: 'goals-met',
    recorded_by: staff,
    recorded_at: EARLIER,
  });
  await one('referral', {
    person_id: personId,
    kind: 'co-morbidity-assessment',
    from_organisation_id: ids.exempelby,
    from_unit_id: ids.socExempelby,
    sent_by: staff,
    sent_at: EARLIER,
    to_organisation_id: ids.region,
    to_unit_id: ids.beroendecentrum,
    question: 'Bedömning?',
    due_on: '2018-07-01',
    answer: 'Svar',
    answered_by: doctor,
    answered_at: EARLIER,
  });
  const member = await one('circle_member', {
    person_id: personId,
    ...mun,
    kind: 'child',
    name: 'Barn',
    relation: 'son',
    contact: 'household',
    recorded_by: staff,
    recorded_at: EARLIER,
  });
  await one('circle_support', {
    member_id: member,
    kind: 'advice',
    given_on: '2019-01-10',
    given_by: 'Erik',
    description: 'Råd',
    recorded_by: staff,
    recorded_at: LAST,
  });
  const record = { person_id: personId, ...mun, recorded_by: staff, recorded_at: EARLIER };
  await one('children_question', {
    ...record,
    context: 'other',
    asked_on: '2018-06-01',
    answer: 'children-identified',
  });
  await one('case_manager', {
    ...record,
    kind: 'case-manager',
    staff_id: staff,
    assigned_on: '2018-06-01',
    ended_on: '2018-12-01',
  });
  await one('care_case', {
    ...record,
    opened_on: '2018-06-01',
    reopened: false,
    closed_on: '2018-12-01',
    outcome: 'goals-met',
  });
  // The LVM/LVU checklist (0019-a): an ended process with its first step.
  const process = await one('coercive_care_process', {
    person_id: personId,
    ...mun,
    kind: 'lvm',
    started_on: '2018-06-01',
    started_by: staff,
    ended_on: '2018-12-01',
    created_at: EARLIER,
  });
  await one('coercive_care_step', {
    process_id: process,
    step: 'report',
    done_on: '2018-06-01',
    done_by: staff,
    recorded_at: EARLIER,
  });
  // Visits and contacts (0020-c): one held, one cancelled, the last changed on the last day.
  await one('contact', {
    ...record,
    contact_on: '2018-06-01',
    kind: 'visit',
    status: 'held',
  });
  await one('contact', {
    ...record,
    contact_on: '2018-12-01',
    kind: 'phone',
    status: 'cancelled',
    changed_by: staff,
    changed_at: LAST,
  });
  await one('disclosure', {
    person_id: personId,
    ground: 'child-at-risk-report',
    legal_reference: 'SoL 14 kap. 1 §',
    recipient_organisation_id: ids.norrby,
    content: 'Orosanmälan',
    disclosed_by: staff,
    disclosed_unit_id: ids.socExempelby,
    disclosed_organisation_id: ids.exempelby,
    disclosed_at: EARLIER,
  });
  await one('dispute', {
    title: 'Kostnad',
    description: 'Tvist om kostnad',
    raised_by: staff,
    raised_by_organisation_id: ids.exempelby,
    other_organisation_id: ids.region,
    person_id: personId,
    status: 'resolved',
    resolved_at: EARLIER,
    raised_at: EARLIER,
  });
  // Health care's records: the bed request, the sobering-up intake, assessments.
  const request = await one('withdrawal_request', {
    person_id: personId,
    bed_unit_id: ids.beroendecentrum,
    requesting_unit_id: ids.socExempelby,
    requesting_organisation_id: ids.exempelby,
    requested_by: staff,
    requested_at: EARLIER,
    medically_motivated: true,
    reason: 'Abstinens',
    status: 'discharged',
    discharged_at: EARLIER,
    aftercare_sip_id: sipId,
  });
  await one('lob_intake', {
    person_id: personId,
    ...reg,
    recorded_by: doctor,
    brought_in_at: EARLIER,
    brought_by: 'police',
    status: 'handed-over',
    handover_to: 'withdrawal-care',
    withdrawal_request_id: request,
    handed_over_at: EARLIER,
  });
  const session = `retention-${personId}`;
  await one(
    'session',
    { id: session, staff_id: doctor, csrf_token: 'x', state: 'active', expires_at: LAST },
    'id',
  );
  await one(
    'self_fill',
    {
      session_id: session,
      staff_id: doctor,
      person_id: personId,
      ...reg,
      instrument: 'AUDIT',
      ground: 'care-relation',
      started_at: EARLIER,
    },
    'session_id',
  );
  const access = await one('emergency_access', {
    person_id: personId,
    staff_id: doctor,
    ...reg,
    reason: 'Akut',
    started_at: EARLIER,
    expires_at: EARLIER,
  });
  await one(
    'emergency_access_reviewer',
    {
      emergency_access_id: access,
      staff_id: doctor,
      organisation_id: ids.region,
      basis: 'organisation',
      side: 'accessing',
    },
    'emergency_access_id',
  );
  const scored = { instrument: 'AUDIT', definition_version: '1', answers: '[]', points: '[]' };
  await one('screening', {
    person_id: personId,
    ...reg,
    ...scored,
    total: 0,
    interpretation: '{}',
    performed_on: '2018-06-01',
    filled_in_by: 'staff',
    recorded_at: LAST,
    recorded_by: doctor,
  });
  await one('assessment', {
    person_id: personId,
    ...reg,
    kind: 'criteria',
    performed_on: '2018-06-01',
    data: '{}',
    result: '{}',
    recorded_at: EARLIER,
    recorded_by: doctor,
  });
}
