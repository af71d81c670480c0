import { sql, type Kysely } from 'kysely';

/**
 * The public service directory (F17, seed 000): where and how to get help — receptions, LARO,
 * needle exchange, testing, support for relatives and for children — each service of one
 * organisation, written by staff per language; services of the other principal linked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table public_service (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      category text not null check (category in ('reception', 'laro', 'needle-exchange',
        'testing', 'relatives-support', 'children-support')),
      phone text not null default '',
      address text not null default '',
      url text not null default '',
      position integer not null default 0,
      created_at timestamptz not null default now()
    );
    create table public_service_text (
      service_id uuid not null references public_service(id),
      lang text not null check (lang in ('sv', 'en', 'ar', 'fi', 'so')),
      name text not null,
      description text not null,
      how_to text not null,
      opening_hours text not null default '',
      updated_by uuid references staff(id),
      updated_at timestamptz not null default now(),
      primary key (service_id, lang)
    );
    create table public_service_link (
      service_id uuid not null references public_service(id),
      linked_service_id uuid not null references public_service(id),
      primary key (service_id, linked_service_id),
      check (service_id <> linked_service_id)
    );
  `.execute(db);
}
