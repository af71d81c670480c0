import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

/** The pseudonym key: made once, on first use; never sent out. */
export async function researchKey(db: Db): Promise<string> {
  await db
    .insertInto('research_key')
    .values({ id: 1, secret: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return (
    await db
      .selectFrom('research_key')
      .select('secret')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow()
  ).secret;
}

export interface ResearchSourceRow {
  personId: string;
  sex: 'female' | 'male' | 'unknown';
  dateOfBirth: string;
  principals: string;
  audit: number;
  dudit: number;
  sips: number;
}

/**
 * One row per person in care on some day of the period (test persons left out): sex, date of
 * birth (generalised by the caller), the kinds of organisation they were in care with, and
 * counts of their screenings and SIPs in the period. The person id never leaves the server.
 * Unlike the follow-up figures, test persons stay out in every mode: an extract is made to be
 * released, and one that leaves the server must never carry test records (0020-d).
 */
export async function researchSource(
  db: Db,
  p: { from: string; to: string },
): Promise<ResearchSourceRow[]> {
  const day = (c: string) => sql`(${sql.ref(c)} at time zone 'Europe/Stockholm')::date`;
  const rows = await db
    .selectFrom('person as p')
    .innerJoin('care_relation as cr', 'cr.person_id', 'p.id')
    .innerJoin('organisation as o', 'o.id', 'cr.organisation_id')
    .where('p.test_data', '=', false)
    .where(sql<boolean>`${day('cr.opened_at')} <= ${p.to}::date`)
    .where(sql<boolean>`(cr.closed_at is null or ${day('cr.closed_at')} >= ${p.from}::date)`)
    .select([
      'p.id as personId',
      'p.sex as sex',
      sql<string>`to_char(p.date_of_birth, 'YYYY-MM-DD')`.as('dateOfBirth'),
      sql<string>`string_agg(distinct o.kind, '+' order by o.kind)`.as('principals'),
      sql<number>`(select count(*)::int from screening s where s.person_id = p.id and s.instrument = 'AUDIT' and s.performed_on between ${p.from}::date and ${p.to}::date)`.as(
        'audit',
      ),
      sql<number>`(select count(*)::int from screening s where s.person_id = p.id and s.instrument = 'DUDIT' and s.performed_on between ${p.from}::date and ${p.to}::date)`.as(
        'dudit',
      ),
      sql<number>`(select count(*)::int from sip where sip.person_id = p.id and sip.proposed_on between ${p.from}::date and ${p.to}::date)`.as(
        'sips',
      ),
    ])
    .groupBy(['p.id', 'p.sex', 'p.date_of_birth'])
    .execute();
  return rows.map((r) => ({
    ...r,
    audit: Number(r.audit),
    dudit: Number(r.dudit),
    sips: Number(r.sips),
  }));
}

export async function recordResearchExtract(
  db: Db,
  row: {
    project: string;
    requestedBy: string;
    from: string;
    to: string;
    k: number;
    quasiIdentifiers: string[];
    released: number;
    withheld: number;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('research_extract')
    .values({
      project: row.project,
      requested_by: row.requestedBy,
      period_from: row.from,
      period_to: row.to,
      k: row.k,
      quasi_identifiers: row.quasiIdentifiers.join(','),
      rows_released: row.released,
      rows_withheld: row.withheld,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
