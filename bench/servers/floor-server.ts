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

const pool = new pg.Pool({ connectionString: benchDatabaseUrl(), max: 20 });
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

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

serveStats(counter, async () => {
  await app.close();
  await pool.end();
});
process.send?.({ type: 'ready', port });
