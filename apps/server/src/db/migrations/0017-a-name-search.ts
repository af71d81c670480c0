import { sql, type Kysely } from 'kysely';

/**
 * Name search that is fast and ignores diacritics (issue 12, decision 0018-a): PostgreSQL's own
 * pg_trgm and unaccent extensions (PGlite loads the same two, see database.ts). `vf_name_key`
 * folds a name the way the search folds what is typed — unaccented, lower case, every run of
 * non-letters one space, with a leading space so that `like '% ekstrom%'` means "a word that
 * begins with ekstrom". unaccent() itself is only STABLE (it reads a dictionary by name), so
 * the wrapper names the dictionary explicitly and is declared IMMUTABLE, as the PostgreSQL
 * documentation suggests, which lets it carry an index. The GIN trigram index answers the
 * word-prefix LIKE without reading every person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;
    create extension if not exists unaccent;

    create function vf_fold(value text) returns text
      language sql immutable strict parallel safe
      as $$ select lower(regexp_replace(
        public.unaccent('public.unaccent'::regdictionary, value), '[^[:alnum:]]+', ' ', 'g')) $$;

    create function vf_name_key(given_name text, family_name text) returns text
      language sql immutable strict parallel safe
      as $$ select ' ' || public.vf_fold(given_name) || ' ' || public.vf_fold(family_name) $$;

    create index person_name_key_trgm on person
      using gin (public.vf_name_key(given_name, family_name) public.gin_trgm_ops);
  `.execute(db);
}
