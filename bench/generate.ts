/**
 * Generates a county-sized data set on a PostgreSQL server for the benchmarks:
 * the server's migrations, the demo county, 100 000 invented persons with valid personnummer,
 * 1–2 care relations each, some consents, and 1 000 000 access-log rows that form valid hash
 * chains (`npm run log:verify` passes afterwards).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/vardflata_bench npx tsx bench/generate.ts [--fresh]
 *
 * Options: --fresh (drop and recreate the database), --persons=N, --log-rows=N, --seed=N.
 * Every table is loaded with multi-row INSERT … SELECT FROM unnest($1::type[], …) statements
 * (one parameter per column, a few thousand rows each, one transaction per batch).
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { luhnCheckDigit } from '@vardflata/domain';
import { hashLogRow, LOG_CHAINS } from '../apps/server/src/audit/hash.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { seedDemoCounty } from '../apps/server/src/db/seed/demo-county.ts';
import { DEMO_PERSON_COUNT } from '../apps/server/src/db/seed/demo-persons.ts';
import {
  adminUrl,
  benchDatabaseUrl,
  datasetSize,
  datasetStatus,
  type DatasetSize,
  elapsed,
  isComplete,
  numberArg,
  parseArgs,
  quoteIdent,
  seededRandom,
  SOCIAL_WORKER_UNIT,
} from './lib/common.ts';

const PERSON_BATCH = 5_000;
const LOG_BATCH = 5_000;
const DAY_MS = 86_400_000;

// Invented, Swedish-looking names (common given names, made-up or common family names).
const GIVEN_FEMALE = [
  'Agnes',
  'Alice',
  'Anna',
  'Astrid',
  'Birgitta',
  'Cecilia',
  'Elin',
  'Ella',
  'Elsa',
  'Emma',
  'Eva',
  'Frida',
  'Greta',
  'Hanna',
  'Ida',
  'Ingrid',
  'Johanna',
  'Julia',
  'Karin',
  'Kerstin',
  'Klara',
  'Lena',
  'Linnea',
  'Lisa',
  'Maja',
  'Malin',
  'Maria',
  'Marie',
  'Matilda',
  'Moa',
  'Sara',
  'Signe',
  'Sofia',
  'Stina',
  'Therese',
  'Tove',
  'Ulla',
  'Vera',
  'Wilma',
  'Åsa',
];
const GIVEN_MALE = [
  'Adam',
  'Albin',
  'Alexander',
  'Anders',
  'Arvid',
  'Axel',
  'Bengt',
  'Björn',
  'Carl',
  'Daniel',
  'David',
  'Elias',
  'Emil',
  'Erik',
  'Filip',
  'Fredrik',
  'Gustav',
  'Hampus',
  'Hugo',
  'Isak',
  'Jakob',
  'Johan',
  'Jonas',
  'Karl',
  'Lars',
  'Leo',
  'Linus',
  'Magnus',
  'Mats',
  'Mikael',
  'Niklas',
  'Nils',
  'Olof',
  'Oskar',
  'Per',
  'Rasmus',
  'Simon',
  'Sven',
  'Viktor',
  'Östen',
];
const FAMILY = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Lindström',
  'Olofsson',
  'Lindqvist',
  'Lindgren',
  'Berg',
  'Axelsson',
  'Bergström',
  'Lundberg',
  'Lind',
  'Lundgren',
  'Lundqvist',
  'Mattsson',
  'Berglund',
  'Fredriksson',
  'Sandberg',
  'Henriksson',
  'Forsberg',
  'Sjöberg',
  'Wallin',
  'Engström',
  'Eklund',
  'Danielsson',
  'Lundin',
  'Håkansson',
  'Björk',
  'Bergman',
  'Gunnarsson',
  'Holm',
  'Wikström',
  'Samuelsson',
  'Isaksson',
  'Fransson',
  'Bergqvist',
  'Nyström',
  'Holmberg',
  'Arvidsson',
  'Löfgren',
  'Söderberg',
  'Nyberg',
  'Blomqvist',
  'Claesson',
  'Nordström',
  'Mårtensson',
  'Lundström',
  'Viklund',
  'Björklund',
  'Eliasson',
  'Pålsson',
  'Berggren',
  'Sandström',
  'Lund',
  'Nordin',
  'Ström',
  'Åberg',
  'Hermansson',
  'Ekström',
  'Holmgren',
  'Sundberg',
  'Hedlund',
  'Dahlberg',
  'Hellström',
  'Sjögren',
  'Abrahamsson',
  'Falk',
  'Martinsson',
  'Öberg',
  'Andreasson',
  'Strömberg',
  'Månsson',
  'Åkesson',
  'Hansen',
  'Norberg',
  'Lindholm',
  'Dahl',
  'Jonasson',
  'Åström',
  'Ekdahl',
  'Granlund',
  'Hedberg',
  'Kvist',
  'Rosén',
  'Tallberg',
  'Vinterlöv',
  'Älvsten',
  'Kvarnström',
  'Grankvist',
  'Myrberg',
];

/** Share of persons whose first relation is at each unit (the social worker's unit: 35 %). */
const UNIT_WEIGHTS: Record<string, number> = {
  [SOCIAL_WORKER_UNIT]: 35,
  Beroendecentrum: 20,
  'Vårdcentral Centrum': 12,
  Psykiatrimottagning: 8,
  'Socialtjänst Vuxen Norrby': 15,
  'Solgården behandlingshem': 10,
};

interface Unit {
  id: string;
  name: string;
  organisationId: string;
  /** Staff members working at the unit (may be empty). */
  staff: string[];
}

interface Relation {
  id: string;
  unit: Unit;
  open: boolean;
}

interface GeneratedPerson {
  id: string;
  relations: Relation[];
}

/** Creates (or, with fresh, drops and recreates) the benchmark database. */
async function prepareDatabase(databaseUrl: string, fresh: boolean): Promise<void> {
  const { url, database } = adminUrl(databaseUrl);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    if (fresh) {
      console.log(`Dropping database ${database} …`);
      await admin.query(`drop database if exists ${quoteIdent(database)} with (force)`);
    }
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) {
      console.log(`Creating database ${database} …`);
      await admin.query(`create database ${quoteIdent(database)}`);
    }
  } finally {
    await admin.end();
  }
}

/** The migrations and the demo county, exactly as the server's first start does them. */
async function migrateAndSeed(databaseUrl: string): Promise<void> {
  const handle = await openDatabase({ databaseUrl, poolSize: 2 });
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    if (await seedDemoCounty(handle.db)) console.log('Seeded the demo county.');
  } finally {
    await handle.close();
  }
}

async function loadUnits(client: pg.Client): Promise<Unit[]> {
  const units = await client.query<{ id: string; name: string; organisation_id: string }>(
    'select id, name, organisation_id from unit order by name',
  );
  const staff = await client.query<{ id: string; unit_id: string }>(
    'select id, unit_id from staff where unit_id is not null and disabled_at is null order by username',
  );
  return units.rows.map((u) => ({
    id: u.id,
    name: u.name,
    organisationId: u.organisation_id,
    staff: staff.rows.filter((s) => s.unit_id === u.id).map((s) => s.id),
  }));
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A valid, invented personnummer (born 1940–2006). The serial's first two digits stay below 90:
 * the demo county's persons use 90–99, so the two never collide.
 */
function inventIdentityNumber(random: () => number, female: boolean) {
  const start = Date.UTC(1940, 0, 1);
  const end = Date.UTC(2006, 11, 31);
  const birth = start + Math.floor(random() * ((end - start) / DAY_MS)) * DAY_MS;
  const date = isoDate(birth); // YYYY-MM-DD
  const yymmdd = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
  const sexDigit = Math.floor(random() * 5) * 2 + (female ? 0 : 1);
  const serial = String(Math.floor(random() * 90)).padStart(2, '0') + String(sexDigit);
  const number = `${date.slice(0, 4)}${yymmdd.slice(2)}${serial}${luhnCheckDigit(yymmdd + serial)}`;
  return { number, dateOfBirth: date };
}

/** Runs one statement per batch in its own transaction. */
async function inTransaction(client: pg.Client, work: () => Promise<unknown>): Promise<void> {
  await client.query('begin');
  try {
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

async function generatePersons(
  client: pg.Client,
  units: Unit[],
  size: DatasetSize,
  random: () => number,
): Promise<GeneratedPerson[]> {
  const started = Date.now();
  const now = Date.now();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const weighted: Unit[] = [];
  for (const unit of units) {
    for (let i = 0; i < (UNIT_WEIGHTS[unit.name] ?? 5); i++) weighted.push(unit);
  }
  const openerOf = (unit: Unit) =>
    unit.staff[0] ??
    units.find((u) => u.organisationId === unit.organisationId && u.staff.length)?.staff[0] ??
    null;
  const unitsOfOrganisation = new Map<string, Unit[]>();
  for (const u of units)
    unitsOfOrganisation.set(u.organisationId, [
      ...(unitsOfOrganisation.get(u.organisationId) ?? []),
      u,
    ]);

  // The demo county's numbers are taken already.
  const known = await client.query<{ n: string }>(
    'select personal_identity_number as n from person',
  );
  const used = new Set(known.rows.map((r) => r.n));

  const persons: GeneratedPerson[] = [];
  let relationCount = 0;
  let consentCount = 0;
  let pending: Promise<void> = Promise.resolve();

  for (let done = 0; done < size.persons; done += PERSON_BATCH) {
    const n = Math.min(PERSON_BATCH, size.persons - done);
    const p = {
      id: [] as string[],
      pnr: [] as string[],
      dob: [] as string[],
      given: [] as string[],
      family: [] as string[],
      sex: [] as string[],
      protectedIdentity: [] as boolean[],
      createdAt: [] as string[],
    };
    const r = {
      id: [] as string[],
      person: [] as string[],
      unit: [] as string[],
      org: [] as string[],
      openedAt: [] as string[],
      openedBy: [] as (string | null)[],
      closedAt: [] as (string | null)[],
      closedBy: [] as (string | null)[],
      reason: [] as (string | null)[],
    };
    const c = {
      id: [] as string[],
      person: [] as string[],
      purpose: [] as string[],
      form: [] as string[],
      validFrom: [] as string[],
      validUntil: [] as (string | null)[],
      recordedAt: [] as string[],
      recordedBy: [] as string[],
      unit: [] as string[],
      org: [] as string[],
      revokedAt: [] as (string | null)[],
      revokedBy: [] as (string | null)[],
      reason: [] as (string | null)[],
    };
    const cr = { consent: [] as string[], org: [] as string[] };

    for (let i = 0; i < n; i++) {
      const female = random() < 0.45;
      let identity = inventIdentityNumber(random, female);
      while (used.has(identity.number)) identity = inventIdentityNumber(random, female);
      used.add(identity.number);
      const personId = randomUUID();
      const firstOpened =
        now - Math.floor(random() * 3 * 365) * DAY_MS - Math.floor(random() * DAY_MS);
      p.id.push(personId);
      p.pnr.push(identity.number);
      p.dob.push(identity.dateOfBirth);
      p.given.push(pick(female ? GIVEN_FEMALE : GIVEN_MALE));
      p.family.push(pick(FAMILY));
      p.sex.push(random() < 0.003 ? 'unknown' : female ? 'female' : 'male');
      p.protectedIdentity.push(random() < 0.005);
      p.createdAt.push(new Date(firstOpened).toISOString());

      // 1–2 relations at different units; about 12 % of relations are closed since.
      const first = pick(weighted);
      const relUnits = [first];
      if (random() < 0.4) {
        let second = pick(weighted);
        while (second === first) second = pick(weighted);
        relUnits.push(second);
      }
      const relations: Relation[] = [];
      relUnits.forEach((unit, k) => {
        const openedAt = firstOpened + k * Math.floor(random() * 120) * DAY_MS;
        const closed = random() < 0.12;
        const opener = openerOf(unit);
        const id = randomUUID();
        r.id.push(id);
        r.person.push(personId);
        r.unit.push(unit.id);
        r.org.push(unit.organisationId);
        r.openedAt.push(new Date(Math.min(openedAt, now - DAY_MS)).toISOString());
        r.openedBy.push(opener);
        r.closedAt.push(
          closed ? new Date(now - Math.floor(random() * 60) * DAY_MS).toISOString() : null,
        );
        r.closedBy.push(closed ? opener : null);
        r.reason.push(closed ? 'Insatsen avslutad enligt plan.' : null);
        relations.push({ id, unit, open: !closed });
      });
      relationCount += relations.length;
      persons.push({ id: personId, relations });

      // Information-sharing consent for most persons known to two principals; a few revoked or
      // expired. A SIP consent for some others.
      const firstUnit = relUnits[0]!;
      const recorder = openerOf(firstUnit);
      const orgs = [...new Set(relUnits.map((u) => u.organisationId))];
      const wantsSharing = orgs.length > 1 && random() < 0.6;
      const wantsSip = !wantsSharing && random() < 0.05;
      if (recorder && (wantsSharing || wantsSip)) {
        const state = random();
        const expired = state < 0.08;
        const revoked = !expired && state < 0.18;
        const validFrom = now - (expired ? 400 : Math.floor(random() * 300)) * DAY_MS;
        const consentId = randomUUID();
        c.id.push(consentId);
        c.person.push(personId);
        c.purpose.push(wantsSharing ? 'information-sharing' : 'sip');
        c.form.push(random() < 0.8 ? 'written' : 'oral');
        c.validFrom.push(isoDate(validFrom));
        c.validUntil.push(
          expired
            ? isoDate(now - 30 * DAY_MS)
            : random() < 0.5
              ? isoDate(now + 365 * DAY_MS)
              : null,
        );
        c.recordedAt.push(new Date(validFrom).toISOString());
        c.recordedBy.push(recorder);
        c.unit.push(firstUnit.id);
        c.org.push(firstUnit.organisationId);
        c.revokedAt.push(revoked ? new Date(now - 5 * DAY_MS).toISOString() : null);
        c.revokedBy.push(revoked ? recorder : null);
        c.reason.push(revoked ? 'Personen återkallade samtycket.' : null);
        for (const org of wantsSharing ? orgs : [firstUnit.organisationId]) {
          cr.consent.push(consentId);
          cr.org.push(org);
        }
        consentCount += 1;
      }
    }

    // Build the next batch while the database writes this one.
    await pending;
    pending = inTransaction(client, async () => {
      await client.query(
        `insert into person (id, personal_identity_number, identity_number_kind, date_of_birth,
           given_name, family_name, sex, protected_identity, test_data, created_at)
         select id, pnr, 'personnummer', dob, given, family, sex, prot, true, created
           from unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[],
                       $7::bool[], $8::timestamptz[])
             as t(id, pnr, dob, given, family, sex, prot, created)`,
        [p.id, p.pnr, p.dob, p.given, p.family, p.sex, p.protectedIdentity, p.createdAt],
      );
      await client.query(
        `insert into care_relation (id, person_id, unit_id, organisation_id, opened_at, opened_by,
           closed_at, closed_by, close_reason)
         select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[],
                              $6::uuid[], $7::timestamptz[], $8::uuid[], $9::text[])`,
        [r.id, r.person, r.unit, r.org, r.openedAt, r.openedBy, r.closedAt, r.closedBy, r.reason],
      );
      if (c.id.length) {
        await client.query(
          `insert into consent (id, person_id, purpose, form, valid_from, valid_until, recorded_at,
             recorded_by, recorded_unit_id, recorded_organisation_id, revoked_at, revoked_by,
             revoke_reason)
           select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[],
             $6::date[], $7::timestamptz[], $8::uuid[], $9::uuid[], $10::uuid[],
             $11::timestamptz[], $12::uuid[], $13::text[])`,
          [
            c.id,
            c.person,
            c.purpose,
            c.form,
            c.validFrom,
            c.validUntil,
            c.recordedAt,
            c.recordedBy,
            c.unit,
            c.org,
            c.revokedAt,
            c.revokedBy,
            c.reason,
          ],
        );
        await client.query(
          `insert into consent_recipient (consent_id, organisation_id)
           select * from unnest($1::uuid[], $2::uuid[])`,
          [cr.consent, cr.org],
        );
      }
    });
    if ((done + n) % 20_000 === 0 || done + n === size.persons) {
      console.log(
        `  persons ${(done + n).toLocaleString('sv-SE')} / ${size.persons.toLocaleString('sv-SE')} (${elapsed(started)})`,
      );
    }
  }
  await pending;
  console.log(
    `Persons: ${persons.length} persons, ${relationCount} care relations, ${consentCount} consents in ${elapsed(started)}.`,
  );
  return persons;
}

const ACTIONS: { action: string; weight: number }[] = [
  { action: 'person.read', weight: 58 },
  { action: 'person.search', weight: 25 },
  { action: 'consent.list', weight: 9 },
  { action: 'person.access-extract', weight: 2 },
  { action: 'person.register', weight: 4 },
  { action: 'care-relation.close', weight: 2 },
];

/**
 * Access-log rows chained exactly as audit/access-log.ts chains them: a random one of the
 * eight chains, seq following the chain head, prev_hash the head's hash, hash = hashLogRow().
 * Each batch's rows and the moved heads commit together, so an interrupted run still verifies.
 */
async function generateAccessLog(
  client: pg.Client,
  persons: GeneratedPerson[],
  units: Unit[],
  size: DatasetSize,
  random: () => number,
): Promise<void> {
  if (size.logRows === 0 || persons.length === 0) return;
  const started = Date.now();
  const heads = await client.query<{ chain: number; seq: string; hash: string }>(
    'select chain, seq, hash from access_log_chain_head order by chain',
  );
  if (heads.rows.length !== LOG_CHAINS) throw new Error('expected 8 access-log chain heads');
  const seqs = heads.rows.map((h) => BigInt(h.seq));
  const hashes = heads.rows.map((h) => h.hash);

  const actionTable: string[] = [];
  for (const a of ACTIONS) for (let i = 0; i < a.weight; i++) actionTable.push(a.action);
  const staffed = units.filter((u) => u.staff.length > 0);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

  // One year of history, in time order, ending an hour before now.
  const end = Date.now() - 3_600_000;
  const span = 365 * DAY_MS;
  const stepMs = span / size.logRows;

  let pending: Promise<void> = Promise.resolve();
  for (let done = 0; done < size.logRows; done += LOG_BATCH) {
    const n = Math.min(LOG_BATCH, size.logRows - done);
    const cols = {
      chain: [] as number[],
      seq: [] as string[],
      at: [] as string[],
      user: [] as string[],
      unit: [] as string[],
      org: [] as string[],
      person: [] as string[],
      action: [] as string[],
      ground: [] as string[],
      outcome: [] as string[],
      detail: [] as (string | null)[],
      prev: [] as string[],
      hash: [] as string[],
    };
    for (let i = 0; i < n; i++) {
      const k = done + i;
      const at = new Date(Math.floor(end - span + k * stepMs)).toISOString();
      // A person with a relation at a unit that has staff; 2 % of attempts come from a unit
      // without a relation and are denied.
      let person = pick(persons);
      let relation = person.relations.find((r) => r.unit.staff.length > 0);
      while (!relation) {
        person = pick(persons);
        relation = person.relations.find((r) => r.unit.staff.length > 0);
      }
      const denied = random() < 0.02;
      let unit = relation.unit;
      let action = pick(actionTable);
      let detail: string | null = null;
      if (denied) {
        const others = staffed.filter((u) => !person.relations.some((r) => r.unit === u));
        unit = others.length ? pick(others) : unit;
        action = 'person.read';
      } else if (action === 'care-relation.close') {
        detail = JSON.stringify({ careRelationId: relation.id });
      }
      const chain = Math.floor(random() * LOG_CHAINS);
      seqs[chain]! += 1n;
      const fields = {
        chain,
        seq: seqs[chain]!.toString(),
        at,
        userId: pick(unit.staff),
        unitId: unit.id,
        organisationId: unit.organisationId,
        personId: person.id,
        action,
        ground: denied ? 'none' : 'care-relation',
        outcome: denied ? 'denied' : 'allowed',
        detail,
        prevHash: hashes[chain]!,
      };
      const hash = hashLogRow(fields);
      hashes[chain] = hash;
      cols.chain.push(chain);
      cols.seq.push(fields.seq);
      cols.at.push(at);
      cols.user.push(fields.userId);
      cols.unit.push(fields.unitId);
      cols.org.push(fields.organisationId);
      cols.person.push(fields.personId);
      cols.action.push(action);
      cols.ground.push(fields.ground);
      cols.outcome.push(fields.outcome);
      cols.detail.push(detail);
      cols.prev.push(fields.prevHash);
      cols.hash.push(hash);
    }
    const headSeqs = seqs.map((s) => s.toString());
    const headHashes = [...hashes];

    await pending;
    pending = inTransaction(client, async () => {
      await client.query(
        `insert into access_log (chain, seq, at, user_id, unit_id, organisation_id, person_id,
           action, ground, outcome, detail, prev_hash, hash)
         select * from unnest($1::smallint[], $2::bigint[], $3::timestamptz[], $4::uuid[],
           $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[],
           $12::text[], $13::text[])`,
        [
          cols.chain,
          cols.seq,
          cols.at,
          cols.user,
          cols.unit,
          cols.org,
          cols.person,
          cols.action,
          cols.ground,
          cols.outcome,
          cols.detail,
          cols.prev,
          cols.hash,
        ],
      );
      await client.query(
        `update access_log_chain_head h set seq = t.seq, hash = t.hash
           from unnest($1::smallint[], $2::bigint[], $3::text[]) as t(chain, seq, hash)
          where h.chain = t.chain`,
        [[...Array(LOG_CHAINS).keys()], headSeqs, headHashes],
      );
    });
    if ((done + n) % 100_000 === 0 || done + n === size.logRows) {
      const rate = Math.round((done + n) / ((Date.now() - started) / 1000));
      console.log(
        `  access log ${(done + n).toLocaleString('sv-SE')} / ${size.logRows.toLocaleString('sv-SE')} (${elapsed(started)}, ${rate.toLocaleString('sv-SE')} rows/s)`,
      );
    }
  }
  await pending;
  console.log(`Access log: ${size.logRows} chained rows in ${elapsed(started)}.`);
}

export interface GenerateOptions {
  databaseUrl: string;
  fresh: boolean;
  size: DatasetSize;
  seed: number;
}

/** Generates the data set; returns false (and writes nothing) when it exists already. */
export async function generate(options: GenerateOptions): Promise<boolean> {
  const started = Date.now();
  const { databaseUrl, size } = options;
  if (!options.fresh) {
    const status = await datasetStatus(databaseUrl);
    if (isComplete(status, size)) {
      console.log(
        `The data set exists already (${status.benchPersons} persons, ${status.logRows} access-log rows); --fresh regenerates it.`,
      );
      return false;
    }
    if (status.persons > DEMO_PERSON_COUNT || status.benchPersons > 0) {
      throw new Error(
        'The benchmark database holds a different or incomplete data set; run with --fresh.',
      );
    }
  }
  await prepareDatabase(databaseUrl, options.fresh);
  await migrateAndSeed(databaseUrl);

  // The bulk load needs no durability per batch: a crash means generating again.
  const client = new pg.Client({
    connectionString: databaseUrl,
    options: '-c synchronous_commit=off',
  });
  await client.connect();
  try {
    const units = await loadUnits(client);
    const random = seededRandom(options.seed);
    const persons = await generatePersons(client, units, size, random);
    await generateAccessLog(client, persons, units, size, random);

    const vacuumStarted = Date.now();
    await client.query(
      'vacuum analyze person, care_relation, consent, consent_recipient, access_log, access_log_chain_head',
    );
    console.log(`VACUUM ANALYZE in ${elapsed(vacuumStarted)}.`);
    await client.query(`create table if not exists bench_dataset (
      generated_at timestamptz not null default now(), persons int not null, log_rows bigint not null, seed int not null)`);
    await client.query('insert into bench_dataset (persons, log_rows, seed) values ($1, $2, $3)', [
      size.persons,
      size.logRows,
      options.seed,
    ]);
    const visible = await client.query(
      `select count(*)::int as n from care_relation cr join unit u on u.id = cr.unit_id
        where u.name = $1 and cr.closed_at is null`,
      [SOCIAL_WORKER_UNIT],
    );
    console.log(`Persons with an open relation at ${SOCIAL_WORKER_UNIT}: ${visible.rows[0].n}.`);
  } finally {
    await client.end();
  }
  console.log(`Data set generated in ${elapsed(started)}.`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const args = parseArgs();
  generate({
    databaseUrl: benchDatabaseUrl(),
    fresh: args.has('fresh'),
    size: datasetSize(args),
    seed: numberArg(args, 'seed', 20251124),
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
