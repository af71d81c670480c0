import { sql, type Kysely } from 'kysely';

/**
 * Collaboration bodies at work (F15): meetings with agendas, minutes and decisions. A deviation
 * or dispute raised to a body comes onto the agenda of its next meeting; when the minutes are
 * recorded, the items it dealt with are kept on that meeting's agenda.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dispute add column raised_to_body_id uuid references collaboration_body(id);
    create table body_meeting (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references collaboration_body(id),
      held_on date not null,
      place text not null default '',
      status text not null default 'planned' check (status in ('planned', 'held')),
      minutes text not null default '',
      created_at timestamptz not null default now()
    );
    create index body_meeting_body on body_meeting (body_id, held_on);
    create table body_agenda_item (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references body_meeting(id),
      title text not null,
      deviation_id uuid references deviation(id),
      dispute_id uuid references dispute(id),
      position integer not null default 0
    );
    create table body_decision (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references body_meeting(id),
      text text not null,
      position integer not null default 0
    );
  `.execute(db);
}
