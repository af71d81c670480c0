import { sql, type Kysely } from 'kysely';

/**
 * Two-person rule and sign-in throttling (decision 0012).
 *
 * - An administrator's change that lets an account see person data (a new account, a new role,
 *   a reset password or second factor) is a *proposal* on the account until a second, different
 *   administrator approves it. A pending 'account', 'password' or 'second-factor' proposal keeps
 *   the account from signing in; a pending 'role' leaves the old role in force until approved.
 * - An account an administrator created or whose password she set must choose its own password
 *   (`must_change_password`) and enrol a second factor (`must_enrol_second_factor`) at its next
 *   sign-in, before any route that reaches person data. The session waits in 'password-change'.
 * - `login_throttle.locked_until`: the hard lock after 100 consecutive failures; time or an
 *   administrator lifts it. `login_address_throttle`: failures per client address and window.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table staff
      add column proposal text check (proposal in ('account', 'role', 'password', 'second-factor')),
      add column proposed_by uuid references staff(id),
      add column proposed_at timestamptz,
      add column pending_role text,
      add column pending_unit_id uuid references unit(id),
      add column pending_organisation_id uuid references organisation(id),
      add column approved_by uuid references staff(id),
      add column approved_at timestamptz,
      add column must_change_password boolean not null default false,
      add column must_enrol_second_factor boolean not null default false,
      add constraint staff_proposal_complete
        check ((proposal is null) = (proposed_by is null) and (proposal is null) = (proposed_at is null)),
      add constraint staff_pending_role_only_for_role
        check ((proposal = 'role') = (pending_role is not null));

    alter table session drop constraint session_state_check;
    alter table session add constraint session_state_check
      check (state in ('active', 'second-factor', 'enrolment', 'self-fill', 'password-change'));

    alter table login_throttle add column locked_until timestamptz;

    create table login_address_throttle (
      address text primary key,
      failures integer not null default 0,
      window_started_at timestamptz not null,
      updated_at timestamptz not null
    );
  `.execute(db);
}
