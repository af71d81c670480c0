import { sql, type Kysely } from 'kysely';

/**
 * Sign-in through the county's identity provider (OpenID Connect, decision 0018-b).
 * - staff.external_id: the identifier the provider's configured claim carries (e.g. HSA id).
 *   A staff member is matched by it to an account that exists; no account is ever created
 *   from a claim. Unique, so one identity opens one account.
 * - oidc_login: what the callback must check (nonce, PKCE verifier), keyed by a hash of the
 *   state. Used once: the callback deletes the row, so a replayed state finds nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table staff add column external_id text;
    create unique index staff_external_id_key on staff (external_id) where external_id is not null;

    create table oidc_login (
      state_hash text primary key,
      nonce text not null,
      code_verifier text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index oidc_login_expires_at on oidc_login (expires_at);
  `.execute(db);
}
