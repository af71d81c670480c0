import { sql, type Kysely } from 'kysely';

/**
 * User-led audits (brukarrevision, decision 0019-c). An audit of a unit for a period, with its
 * questions (jsonb) and its report. Its team members are named auditors without accounts: each
 * holds a personal team link of which only the SHA-256 is kept. Answer links are one-time
 * (hash only) and deleted when used or when collection closes; an answer keeps the audit, how
 * it came in and the answers — no person, no auditor, no time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table user_led_audit (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      unit_id uuid not null references unit(id),
      organisation_id uuid not null references organisation(id),
      period_from date not null,
      period_to date not null check (period_to >= period_from),
      user_organisation text not null,
      status text not null default 'draft'
        check (status in ('draft', 'collecting', 'compiling', 'published', 'answered')),
      questions jsonb not null default '[]'::jsonb,
      commissioned_by uuid not null references staff(id),
      commissioned_at timestamptz not null default now(),
      findings text,
      recommendations text,
      published_at timestamptz,
      planned_actions text,
      responded_by uuid references staff(id),
      responded_at timestamptz
    );
    create index user_led_audit_unit on user_led_audit (organisation_id, unit_id);
    create table user_led_auditor (
      id uuid primary key default gen_random_uuid(),
      audit_id uuid not null references user_led_audit(id),
      name text not null,
      token_hash text not null unique,
      invited_by uuid not null references staff(id),
      invited_at timestamptz not null default now()
    );
    create table user_led_audit_link (
      token_hash text primary key,
      audit_id uuid not null references user_led_audit(id)
    );
    create index user_led_audit_link_audit on user_led_audit_link (audit_id);
    create table user_led_audit_response (
      id uuid primary key default gen_random_uuid(),
      audit_id uuid not null references user_led_audit(id),
      source text not null check (source in ('link', 'paper')),
      answers jsonb not null
    );
    create index user_led_audit_response_audit on user_led_audit_response (audit_id);
  `.execute(db);
}
