/**
 * The "floor": the least a server can do for GET /api/persons/:id with the same guarantees —
 * bare Fastify and node-postgres (pool of 20), no session, no framework layers. One transaction
 * per request: BEGIN; the indexed read of the person with an EXISTS on an open care relation of
 * the unit; one plain INSERT into floor_log (the access log's columns and indexes, no hash
 * chain); COMMIT. Runs in a child process of persons-read.ts; the unit, organisation and staff
 * member come from the environment (the benchmark's caller, erik.socsek).
 */
import Fastify from 'fastify';
import pg from 'pg';
import { benchDatabaseUrl } from '../lib/common.ts';
import { installQueryCounter, serveStats } from '../lib/query-counter.ts';

// The same type parsing as the server's database.ts (dates and int8 as strings).
pg.types.setTypeParser(20, (v) => v);
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(1700, (v) => v);

const counter = installQueryCounter();
const {
  FLOOR_STAFF_ID: staffId,
  FLOOR_UNIT_ID: unitId,
  FLOOR_ORGANISATION_ID: organisationId,
} = process.env;
if (!staffId || !unitId || !organisationId) throw new Error('FLOOR_* environment missing');

// The same connection settings as the app's pool (db/database.ts): JIT off.
const pool = new pg.Pool({ connectionString: benchDatabaseUrl(), max: 20, options: '-c jit=off' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_HASH = '0'.repeat(64);

const SELECT_PERSON = `
  select p.id, p.personal_identity_number, p.identity_number_kind, p.date_of_birth, p.given_name,
         p.family_name, p.sex, p.protected_identity, p.test_data
    from person p
   where p.id = $1
     and exists (select 1 from care_relation cr
                  where cr.person_id = p.id and cr.unit_id = $2 and cr.closed_at is null)`;

const INSERT_LOG = `
  insert into floor_log (chain, at, user_id, unit_id, organisation_id, person_id, action, ground,
                         outcome, detail, prev_hash, hash)
  values (0, $1, $2, $3, $4, $5, 'person.read', $6, $7, null, $8, $8)`;

interface PersonRow {
  id: string;
  personal_identity_number: string;
  identity_number_kind: string;
  date_of_birth: string;
  given_name: string;
  family_name: string;
  sex: string;
  protected_identity: boolean;
  test_data: boolean;
}

const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/floor/persons/:id', async (request, reply) => {
  const { id } = request.params;
  if (!UUID.test(id)) return reply.code(404).send({ status: 404, title: 'Not Found' });
  const client = await pool.connect();
  let row: PersonRow | undefined;
  try {
    await client.query('begin');
    row = (await client.query<PersonRow>(SELECT_PERSON, [id, unitId])).rows[0];
    await client.query(INSERT_LOG, [
      new Date().toISOString(),
      staffId,
      unitId,
      organisationId,
      id,
      row ? 'care-relation' : 'none',
      row ? 'allowed' : 'denied',
      NO_HASH,
    ]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  if (!row) return reply.code(404).send({ status: 404, title: 'Not Found' });
  return {
    id: row.id,
    personalIdentityNumber: row.personal_identity_number,
    identityNumberKind: row.identity_number_kind,
    dateOfBirth: row.date_of_birth,
    givenName: row.given_name,
    familyName: row.family_name,
    sex: row.sex,
    protectedIdentity: row.protected_identity,
    testData: row.test_data,
    ground: 'care-relation',
  };
});

// platform: the rest of the county-day mix (bench/county-day.ts), each the least a server can do
// with the same guarantees: the same indexed reads, one log row per person touched, one commit.
async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
const logRows = (client: pg.PoolClient, personIds: string[], action: string) =>
  personIds.length === 0
    ? Promise.resolve()
    : client.query(
        `insert into floor_log (chain, at, user_id, unit_id, organisation_id, person_id, action,
                                ground, outcome, detail, prev_hash, hash)
         select 0, $1, $2, $3, $4, unnest($5::uuid[]), $6, 'care-relation', 'allowed', null, $7, $7`,
        [new Date().toISOString(), staffId, unitId, organisationId, personIds, action, NO_HASH],
      );
/** The caller's unit has an open care relation with the person `person` names. */
const visibleToUnit = (person: string) => `exists (select 1 from care_relation cr
                  where cr.person_id = ${person} and cr.unit_id = $1 and cr.closed_at is null)`;

app.get<{ Querystring: { q?: string } }>('/floor/persons', async (request) => {
  const words = String(request.query.q ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const where = words
    .map((_, i) => `and p.name_key like (select '% ' || public.vf_fold($${i + 2}) || '%')`)
    .join(' ');
  // The app's shape (persons.repository.ts searchVisiblePersons): candidates sorted by name,
  // then visibility checked per person in that order until 50 are found.
  return inTransaction(async (client) => {
    const rows = (
      await client.query<PersonRow>(
        `select c.* from (
           select p.id, p.personal_identity_number, p.identity_number_kind, p.date_of_birth,
                  p.given_name, p.family_name, p.sex, p.protected_identity, p.test_data
             from person p where p.protected_identity = false ${where}
            order by p.family_name, p.given_name, p.id offset 0) c
          cross join lateral (select ${visibleToUnit('c.id')} as visible offset 0) v
          where v.visible
          order by c.family_name, c.given_name, c.id limit 50`,
        [unitId, ...words],
      )
    ).rows;
    await logRows(
      client,
      rows.map((r) => r.id),
      'person.search',
    );
    return { items: rows };
  });
});

app.get<{ Params: { id: string } }>('/floor/persons/:id/screenings', async (request, reply) => {
  const { id } = request.params;
  if (!UUID.test(id)) return reply.code(404).send({ status: 404 });
  const result = await inTransaction(async (client) => {
    const visible = await client.query(
      `select 1 from person p where p.id = $2 and ${visibleToUnit('p.id')}`,
      [unitId, id],
    );
    if (visible.rowCount === 0) return null;
    const rows = (
      await client.query(
        'select * from screening where person_id = $1 order by performed_on desc, recorded_at desc',
        [id],
      )
    ).rows;
    await logRows(client, [id], 'screening.list');
    return { items: rows };
  });
  return result ?? reply.code(404).send({ status: 404 });
});

app.post<{ Params: { id: string }; Body: { answers: number[] } }>(
  '/floor/persons/:id/screenings',
  async (request, reply) => {
    const { id } = request.params;
    if (!UUID.test(id)) return reply.code(404).send({ status: 404 });
    const answers = request.body.answers;
    const total = answers.reduce((a, b) => a + b, 0);
    const result = await inTransaction(async (client) => {
      const visible = await client.query(
        `select 1 from person p where p.id = $2 and ${visibleToUnit('p.id')}`,
        [unitId, id],
      );
      if (visible.rowCount === 0) return null;
      const row = (
        await client.query(
          `insert into screening (person_id, instrument, definition_version, answers, points, total,
                                  interpretation, performed_on, filled_in_by, recorded_by, unit_id,
                                  organisation_id)
           values ($1, 'AUDIT', '1', $2, $2, $3, '{}', current_date, 'staff', $4, $5, $6)
           returning id`,
          [id, JSON.stringify(answers), total, staffId, unitId, organisationId],
        )
      ).rows[0];
      await logRows(client, [id], 'screening.create');
      return { id: row.id, total };
    });
    return result ? reply.code(201).send(result) : reply.code(404).send({ status: 404 });
  },
);

app.get('/floor/worklist', async () => {
  const { rows } = await pool.query(
    `select s.id, s.person_id, s.status, s.next_follow_up_on from sip s
      where s.unit_id = $1 and s.status not in ('closed', 'refused', 'withdrawn')
      order by s.next_follow_up_on nulls last limit 100`,
    [unitId],
  );
  return { items: rows };
});

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

serveStats(counter, async () => {
  await app.close();
  await pool.end();
});
process.send?.({ type: 'ready', port });
