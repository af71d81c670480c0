import { sql, type Kysely } from 'kysely';

/**
 * Client surveys (F10). An invitation is a one-time link: only the SHA-256 of its token is
 * kept, with the unit and the kind — never the person. Answering deletes the invitation and
 * stores the answers with the unit, the kind and the month only, so nothing links an answer to
 * a person or to the moment a link was handed out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table survey_invitation (
      token_hash text primary key,
      kind text not null check (kind in ('uiv', 'uiv-eb')),
      unit_id uuid not null references unit(id),
      organisation_id uuid not null references organisation(id),
      expires_on date not null
    );
    create table survey_response (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('uiv', 'uiv-eb')),
      unit_id uuid not null references unit(id),
      organisation_id uuid not null references organisation(id),
      answered_month date not null check (extract(day from answered_month) = 1),
      answers jsonb not null
    );
    create index survey_response_unit on survey_response (unit_id, answered_month);
  `.execute(db);
}
