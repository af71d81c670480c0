import { luhnCheckDigit } from '@vardflata/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';
import { GOVERNED_TABLES, RETENTION_EXEMPT } from './repositories/governed-tables.ts';
import { retentionReport } from './use-cases/report.ts';
import { runRetention } from './use-cases/run.ts';

const GOVERNED_FILE = 'apps/server/src/modules/retention/repositories/governed-tables.ts';

describe('every table with personal data is governed by a retention rule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { seed: false });
  });
  afterAll(async () => t?.close());

  it('each table with a person_id column (read from the database) is governed or exempt', async () => {
    const { rows } = await sql<{ table_name: string }>`
      select distinct c.table_name from information_schema.columns c
        join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.column_name = 'person_id' and c.table_schema = current_schema()
         and t.table_type = 'BASE TABLE'
       order by c.table_name`.execute(t.db);
    expect(rows.length).toBeGreaterThan(10);
    const governed = new Set(GOVERNED_TABLES.map((g) => g.table));
    const forgotten = rows
      .map((r) => r.table_name)
      .filter((name) => !governed.has(name) && !(name in RETENTION_EXEMPT));
    const advice = forgotten.map(
      (name) =>
        `Table "${name}" holds personal data (a person_id column) but no retention rule governs ` +
        `it. Add it to GOVERNED_TABLES in ${GOVERNED_FILE} (the organisation that keeps the ` +
        `record, its last-entry time, when it is still under way, its child tables), or to ` +
        `RETENTION_EXEMPT there with the reason it is never cleared (decision 0019-g).`,
    );
    expect(advice).toEqual([]);
    // Every entry names a real table with a person_id, so the lists cannot go stale either.
    const real = new Set(rows.map((r) => r.table_name));
    for (const name of [...governed, ...Object.keys(RETENTION_EXEMPT)]) {
      expect(real.has(name), `${name} in ${GOVERNED_FILE} has no person_id column`).toBe(true);
    }
  });
});

describe('the care-chain records are cleared with their holding', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let erik: TestClient;
  let admin: TestClient;

  const LAST = '2019-01-10T12:00:00+01:00';
  const EARLIER = '2018-06-01T10:00:00+02:00';

  /** Rows in every governed table, all written by 10 January 2019 at the latest. */
  async function everyRecord(personId: string) {
    const staff = ids.user('erik.socsek');
    const doctor = ids.user('anna.lakare');
    const hvb = (
      await t.db
        .selectFrom('unit')
        .select('id')
        .where('organisation_id', '=', ids.solgarden)
        .executeTakeFirstOrThrow()
    ).id;
    const db = t.db as any;
    const one = async (table: string, values: object, key = 'id') =>
      (await db.insertInto(table).values(values).returning(key).executeTakeFirstOrThrow())[key];
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

  /** Rows per governed table that still name the person. */
  async function remaining(personId: string) {
    const counts: Record<string, number> = {};
    for (const g of GOVERNED_TABLES) {
      const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(g.table)}
        where person_id = ${personId}`.execute(t.db);
      counts[g.table] = Number(rows[0]!.n);
    }
    return counts;
  }

  async function newPerson(hold = false) {
    const { body } = await erik.post('/api/persons', {
      personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
      givenName: 'Gall',
      familyName: 'Kedja',
      sex: 'female',
    });
    // The hold as the legal-hold route places it (its access is tested in retention.test.ts).
    if (hold) {
      await t.db
        .insertInto('retention_hold')
        .values({ person_id: body.id, reason: 'Tvist', placed_by: ids.user('maja.chef') })
        .execute();
    }
    await everyRecord(body.id);
    return body.id as string;
  }

  let cleared: string;
  let held: string;
  let open: string;
  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.db);
    erik = await t.signIn('erik.socsek');
    admin = await t.signIn('admin');
    cleared = await newPerson();
    held = await newPerson(true);
    open = await newPerson();
    // An intervention still under way keeps the municipality's holding, whatever its age.
    await sql`update intervention set end_on = null, outcome = null where person_id = ${open}`.execute(
      t.db,
    );
  });
  afterAll(async () => t?.close());

  const report = async (asOf: string) =>
    (await admin.get(`/api/retention/report?asOf=${asOf}`)).body;
  const of = (list: any[], personId: string) => list.filter((c) => c.personId === personId);

  it('the dry run: every governed table counts in its holder’s last entry, nothing before its time', async () => {
    for (const personId of [cleared, held, open]) {
      const rows = await remaining(personId);
      const empty = Object.entries(rows).filter(([, n]) => n === 0);
      expect(empty, 'the fixture fills every governed table').toEqual([]);
    }
    expect(of((await report('2024-01-10')).clearable, cleared)).toEqual([]);
    const r = await report('2024-01-11');
    // The municipality's last entry is the circle support and placement event of 10 January 2019.
    expect(of(r.clearable, cleared)).toEqual([
      {
        personId: cleared,
        organisationId: ids.exempelby,
        kind: 'social-services',
        lastEntryOn: '2019-01-10',
        clearableFrom: '2024-01-11',
      },
    ]);
    expect(of(r.kept, held)).toEqual([
      expect.objectContaining({ organisationId: ids.exempelby, reason: 'legal-hold' }),
    ]);
    expect(of(r.kept, open)).toEqual([
      expect.objectContaining({ organisationId: ids.exempelby, reason: 'open' }),
    ]);
    // Health care's records (the region's) are kept ten years (the plan itself: the route
    // refuses a day after today).
    expect(of((await retentionReport(t.db, '2029-01-10')).clearable, cleared)).toEqual([
      expect.objectContaining({ organisationId: ids.exempelby }),
    ]);
  });

  it('the job clears every table of the holding, and only that holding', async () => {
    await t.db
      .transaction()
      .execute((trx) =>
        runRetention(
          trx,
          { asOf: '2024-01-11', checkpointDir: t.config.logCheckpointDir },
          { now: new Date('2024-01-11T02:00:00Z'), jobId: 'test' },
        ),
      );
    const left = await remaining(cleared);
    // The region's records stay (health care, 10 years); the municipality's are gone.
    expect(left).toEqual({
      ...Object.fromEntries(GOVERNED_TABLES.map((g) => [g.table, 0])),
      care_relation: 1,
      withdrawal_request: 1,
      lob_intake: 1,
      self_fill: 1,
      emergency_access: 1,
      screening: 1,
      assessment: 1,
    });
    // The dispute stays as a governance record, without the person.
    const disputes = await t.db
      .selectFrom('dispute')
      .select('person_id')
      .where('title', '=', 'Kostnad')
      .execute();
    expect(disputes.filter((d) => d.person_id === null)).toHaveLength(1);
    // The rows that hung on the cleared ones went too; the region's bed request lost its link.
    const request = await t.db
      .selectFrom('withdrawal_request')
      .select('aftercare_sip_id')
      .where('person_id', '=', cleared)
      .executeTakeFirstOrThrow();
    expect(request.aftercare_sip_id).toBeNull();
    // The held and the open person keep everything.
    for (const personId of [held, open]) {
      expect(Object.values(await remaining(personId)).every((n) => n > 0)).toBe(true);
    }
    expect(
      (await logRowsFor(t.db, cleared)).filter((r) => r.action === 'retention.cleared'),
    ).toHaveLength(1);

    // Ten years on, the region's holding goes as well.
    await t.db
      .transaction()
      .execute((trx) =>
        runRetention(
          trx,
          { asOf: '2029-01-11', checkpointDir: t.config.logCheckpointDir },
          { now: new Date('2029-01-11T02:00:00Z'), jobId: 'test' },
        ),
      );
    expect(Object.values(await remaining(cleared)).every((n) => n === 0)).toBe(true);
  });
});
