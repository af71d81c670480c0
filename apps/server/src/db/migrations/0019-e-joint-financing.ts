import { sql, type Kysely } from 'kysely';

/**
 * Joint financing (F18, seed 003 and 000, decision 0019-e). A joint operation (an integrated
 * reception, a joint withdrawal unit) is paid for by a cost-sharing key: between the principals
 * (the region's share, the municipalities' share) and among the municipalities by population or
 * by fixed shares. Keys are versioned with validity periods; shares are hundredths of a percent
 * (10 000 = 100 %), money is whole öre. Placements get a daily rate; their cost per settlement
 * period is split by `placement_cost_share`. A settled period keeps the report it was settled
 * with (`snapshot`), so later changes of keys or rates never rewrite a settled avräkning.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table joint_operation (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      description text not null default '',
      created_by uuid not null references staff(id),
      created_at timestamptz not null default now()
    );

    create table cost_key_version (
      id uuid primary key default gen_random_uuid(),
      operation_id uuid not null references joint_operation(id),
      version integer not null,
      valid_from date not null,
      valid_until date,
      region_id uuid not null references organisation(id),
      region_share integer not null check (region_share between 0 and 10000),
      municipal_share integer not null check (municipal_share between 0 and 10000),
      municipal_basis text not null check (municipal_basis in ('population', 'fixed')),
      population_year integer,
      note text not null default '',
      created_by uuid not null references staff(id),
      created_at timestamptz not null default now(),
      unique (operation_id, version),
      check (region_share + municipal_share = 10000),
      check (valid_until is null or valid_until >= valid_from),
      check ((municipal_basis = 'population') = (population_year is not null))
    );

    -- The municipalities of a key; share only for fixed shares (they make 10 000).
    create table cost_key_municipality (
      key_version_id uuid not null references cost_key_version(id),
      organisation_id uuid not null references organisation(id),
      share integer check (share between 0 and 10000),
      primary key (key_version_id, organisation_id)
    );

    create table municipality_population (
      organisation_id uuid not null references organisation(id),
      year integer not null,
      population integer not null check (population >= 0),
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      primary key (organisation_id, year)
    );

    create table settlement_period (
      id uuid primary key default gen_random_uuid(),
      starts_on date not null,
      ends_on date not null,
      status text not null default 'open' check (status in ('open', 'settled')),
      snapshot jsonb,
      settled_by uuid references staff(id),
      settled_at timestamptz,
      created_by uuid not null references staff(id),
      created_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    );

    create table joint_operation_cost (
      operation_id uuid not null references joint_operation(id),
      period_id uuid not null references settlement_period(id),
      amount_ore bigint not null check (amount_ore >= 0),
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now(),
      primary key (operation_id, period_id)
    );

    create table placement_daily_rate (
      placement_id uuid primary key references placement(id),
      daily_rate_ore bigint not null check (daily_rate_ore >= 0),
      recorded_by uuid not null references staff(id),
      recorded_at timestamptz not null default now()
    );
  `.execute(db);
}
