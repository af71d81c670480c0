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
import { everyRecord } from './retention.fixtures.ts';
import { GOVERNED_TABLES, RETENTION_EXEMPT } from './repositories/governed-tables.ts';
import { retentionReport } from './use-cases/report.ts';
import { runRetention } from './use-cases/run-retention.ts';

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
    await everyRecord(t, ids, body.id);
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
