import { sql } from 'kysely';
import type { SipPlan } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import {
  consentCoversOrganisation,
  consentNamesOrganisation,
  sipGround,
} from '../../access/policy.ts';
import type { Db } from '../../db/database.ts';

/** All SQL of the SIP module; nothing else touches the sip tables. */

const S = {
  id: sql.ref('s.id'),
  personId: sql.ref('s.person_id'),
  organisationId: sql.ref('s.organisation_id'),
  unitId: sql.ref('s.unit_id'),
};

export type SipGroundName = 'care-relation' | 'own-organisation' | 'sip' | 'consent' | 'emergency';

function selectSips(db: Db, caller: Caller) {
  const ground = sipGround(caller, S);
  return db
    .selectFrom('sip as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .innerJoin('staff as rb', 'rb.id', 's.recorded_by')
    .leftJoin('staff as co', 'co.id', 's.coordinator_staff_id')
    .selectAll('s')
    .select([
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'u.name as unit_name',
      'rb.name as recorded_by_name',
      'co.name as coordinator_name',
      ground.as('ground'),
      consentCoversOrganisation(S.personId, S.organisationId, 'sip').as('sip_consent'),
      consentCoversOrganisation(S.personId, S.organisationId, 'relatives-participation').as(
        'relatives_consent',
      ),
    ])
    .where(sql<boolean>`(${ground}) is not null`);
}

export type SipRow = Omit<
  NonNullable<Awaited<ReturnType<ReturnType<typeof selectSips>['executeTakeFirst']>>>,
  'ground'
> & { ground: SipGroundName };

/** The SIP if the caller may see it; undefined for "no such SIP" and "not visible" alike. */
export async function findVisibleSip(db: Db, caller: Caller, sipId: string) {
  const row = await selectSips(db, caller).where('s.id', '=', sipId).executeTakeFirst();
  return row as SipRow | undefined;
}

export async function listVisibleSips(
  db: Db,
  caller: Caller,
  filter: {
    personId?: string;
    scope?: 'mine' | 'unit';
    status?: SipRow['status'];
    openOnly?: boolean;
  },
) {
  let query = selectSips(db, caller);
  if (filter.personId) query = query.where('s.person_id', '=', filter.personId);
  if (filter.status) query = query.where('s.status', '=', filter.status);
  if (filter.openOnly) {
    query = query.where('s.status', 'in', ['proposed', 'invited', 'meeting-held', 'active']);
  }
  if (filter.scope) {
    const mine = sql<boolean>`(s.coordinator_staff_id = ${caller.staffId}
      or s.recorded_by = ${caller.staffId}
      or exists (select 1 from sip_participant sp where sp.sip_id = s.id
        and sp.removed_at is null and sp.staff_id = ${caller.staffId}))`;
    const unit = sql<boolean>`(s.unit_id = ${caller.unitId}
      or exists (select 1 from sip_participant sp where sp.sip_id = s.id
        and sp.removed_at is null and sp.unit_id = ${caller.unitId}))`;
    query = query.where(filter.scope === 'mine' ? mine : sql<boolean>`(${mine} or ${unit})`);
  }
  const rows = await query.orderBy('s.last_activity_at', 'desc').limit(500).execute();
  return rows as SipRow[];
}

/** Locks the SIP row for the rest of the transaction: writes to one SIP queue up here. */
export async function lockSip(trx: Db, sipId: string): Promise<void> {
  await trx.selectFrom('sip').select('id').where('id', '=', sipId).forUpdate().execute();
}

export async function findSipPersonId(db: Db, sipId: string): Promise<string | null> {
  const row = await db
    .selectFrom('sip')
    .select('person_id')
    .where('id', '=', sipId)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

// ---------------------------------------------------------------- related rows

export function listParticipants(db: Db, sipId: string) {
  return db
    .selectFrom('sip_participant as sp')
    .innerJoin('sip as s', 's.id', 'sp.sip_id')
    .leftJoin('organisation as o', 'o.id', 'sp.organisation_id')
    .leftJoin('unit as u', 'u.id', 'sp.unit_id')
    .selectAll('sp')
    .select([
      'o.name as organisation_name',
      'u.name as unit_name',
      // Mirrors the 'sip' branch of sipGround: may this participant's organisation see the plan?
      sql<boolean>`(sp.organisation_id is null or sp.organisation_id = s.organisation_id
        or ${consentNamesOrganisation(S.personId, sql.ref('sp.organisation_id'), 'sip')})`.as(
        'organisation_covered',
      ),
    ])
    .where('sp.sip_id', '=', sipId)
    .where('sp.removed_at', 'is', null)
    .orderBy('sp.ordinal')
    .execute();
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

export function findParticipant(db: Db, sipId: string, participantId: string) {
  return db
    .selectFrom('sip_participant')
    .selectAll()
    .where('id', '=', participantId)
    .where('sip_id', '=', sipId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export function listMeetings(db: Db, sipId: string) {
  return db
    .selectFrom('sip_meeting')
    .selectAll()
    .where('sip_id', '=', sipId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];

export function listFollowUps(db: Db, sipId: string) {
  return db
    .selectFrom('sip_follow_up as f')
    .innerJoin('staff as st', 'st.id', 'f.recorded_by')
    .selectAll('f')
    .select('st.name as recorded_by_name')
    .where('f.sip_id', '=', sipId)
    .orderBy('f.recorded_at')
    .execute();
}

/** The `sip` consents that cover the SIP's organisation, revoked or not (for `frozenSince`). */
export function listSipConsents(db: Db, personId: string, organisationId: string) {
  return db
    .selectFrom('consent as c')
    .select(['c.id', 'c.valid_from', 'c.valid_until', 'c.revoked_at', 'c.recorded_at'])
    .where('c.person_id', '=', personId)
    .where('c.purpose', '=', 'sip')
    .where((eb) =>
      eb.or([
        eb('c.recorded_organisation_id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('consent_recipient as r')
            .select(sql.lit(1).as('one'))
            .whereRef('r.consent_id', '=', 'c.id')
            .where('r.organisation_id', '=', organisationId),
        ),
      ]),
    )
    .orderBy('c.recorded_at')
    .execute();
}

// ---------------------------------------------------------------- versions and history

function selectVersions(db: Db, sipId: string) {
  return db
    .selectFrom('sip_plan_version as v')
    .innerJoin('staff as st', 'st.id', 'v.saved_by')
    .leftJoin('unit as u', 'u.id', 'v.saved_unit_id')
    .leftJoin('organisation as o', 'o.id', 'v.saved_organisation_id')
    .select([
      'v.version',
      'v.plan',
      'v.change_kind',
      'v.based_on',
      'v.saved_at',
      'v.saved_by',
      'st.name as saved_by_name',
      'u.name as unit_name',
      'o.name as organisation_name',
    ])
    .where('v.sip_id', '=', sipId);
}
export type VersionRow = Omit<
  NonNullable<Awaited<ReturnType<ReturnType<typeof selectVersions>['executeTakeFirst']>>>,
  'plan'
> & { plan: SipPlan };

export async function listVersions(db: Db, sipId: string): Promise<VersionRow[]> {
  return (await selectVersions(db, sipId)
    .orderBy('v.version')
    .execute()) as unknown as VersionRow[];
}

export async function findVersion(db: Db, sipId: string, version: number) {
  const row = await selectVersions(db, sipId).where('v.version', '=', version).executeTakeFirst();
  return row as unknown as VersionRow | undefined;
}

export function listEvents(db: Db, sipId: string) {
  return db
    .selectFrom('sip_event as e')
    .leftJoin('staff as st', 'st.id', 'e.staff_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .leftJoin('organisation as o', 'o.id', 'e.organisation_id')
    .select([
      'e.at',
      'e.type',
      'e.staff_id',
      'e.detail',
      'st.name as staff_name',
      'u.name as unit_name',
      'o.name as organisation_name',
    ])
    .where('e.sip_id', '=', sipId)
    .orderBy('e.id')
    .execute();
}

// ---------------------------------------------------------------- writes

export async function insertSip(
  trx: Db,
  values: {
    id: string;
    personId: string;
    organisationId: string;
    unitId: string;
    proposedOn: string;
    source: Record<string, unknown>;
    note: string | null;
    recordedBy: string;
    plan: SipPlan;
  },
): Promise<void> {
  await trx
    .insertInto('sip')
    .values({
      id: values.id,
      person_id: values.personId,
      organisation_id: values.organisationId,
      unit_id: values.unitId,
      status: 'proposed',
      proposed_on: values.proposedOn,
      proposal_source: JSON.stringify(values.source),
      proposal_note: values.note,
      recorded_by: values.recordedBy,
      plan: JSON.stringify(values.plan),
    })
    .execute();
}

export interface SipChanges {
  status?: SipRow['status'];
  first_meeting_on?: string | null;
  activated_on?: string | null;
  ended_on?: string | null;
  ending?: Record<string, unknown> | null;
  plan?: SipPlan;
  plan_version?: number;
  person_objects_to_relatives?: boolean;
}

/** Writes the changes and marks the SIP as active now (the "plans without activity" clock). */
export async function updateSip(trx: Db, sipId: string, changes: SipChanges): Promise<void> {
  const { ending, plan, ...rest } = changes;
  await trx
    .updateTable('sip')
    .set({
      ...rest,
      ...(ending !== undefined ? { ending: ending === null ? null : JSON.stringify(ending) } : {}),
      ...(plan !== undefined
        ? {
            plan: JSON.stringify(plan),
            coordinator_staff_id: plan.coordinator?.staffId ?? null,
            next_follow_up_on: plan.nextFollowUpOn,
          }
        : {}),
      last_activity_at: new Date(),
    })
    .where('id', '=', sipId)
    .execute();
}

export async function insertVersion(
  trx: Db,
  caller: Caller,
  values: {
    sipId: string;
    version: number;
    plan: SipPlan;
    changeKind: 'proposed' | 'edited' | 'revised' | 'follow-up';
    basedOn: number | null;
  },
): Promise<void> {
  await trx
    .insertInto('sip_plan_version')
    .values({
      sip_id: values.sipId,
      version: values.version,
      plan: JSON.stringify(values.plan),
      change_kind: values.changeKind,
      based_on: values.basedOn,
      saved_by: caller.staffId,
      saved_unit_id: caller.unitId,
      saved_organisation_id: caller.organisationId,
    })
    .execute();
}

export async function insertEvent(
  trx: Db,
  caller: Caller,
  sipId: string,
  type: string,
  detail: Record<string, unknown> | null = null,
): Promise<void> {
  await trx
    .insertInto('sip_event')
    .values({
      sip_id: sipId,
      type,
      staff_id: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId,
      detail: detail ? JSON.stringify(detail) : null,
    })
    .execute();
}

export async function insertParticipant(
  trx: Db,
  caller: Caller,
  sipId: string,
  p: {
    kind: ParticipantRow['kind'];
    name: string | null;
    principal: 'region' | 'municipality' | null;
    organisationId: string | null;
    unitId: string | null;
    staffId: string | null;
    role: string | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('sip_participant')
    .values({
      sip_id: sipId,
      kind: p.kind,
      name: p.name,
      principal: p.principal,
      organisation_id: p.organisationId,
      unit_id: p.unitId,
      staff_id: p.staffId,
      role: p.role,
      added_by: caller.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Everyone still on the SIP is asked (again) for the new meeting. */
export async function resetInvitations(trx: Db, sipId: string, invitedOn: string): Promise<void> {
  await trx
    .updateTable('sip_participant')
    .set({ invitation: 'pending', invited_on: invitedOn, responded_on: null, response_note: null })
    .where('sip_id', '=', sipId)
    .where('removed_at', 'is', null)
    .execute();
}

export async function setResponse(
  trx: Db,
  participantId: string,
  response: 'accepted' | 'declined',
  on: string,
  note: string | null,
): Promise<void> {
  await trx
    .updateTable('sip_participant')
    .set({ invitation: response, responded_on: on, response_note: note })
    .where('id', '=', participantId)
    .execute();
}

export async function removeParticipants(
  trx: Db,
  caller: Caller,
  sipId: string,
  filter: { id?: string; kind?: ParticipantRow['kind'] },
): Promise<number> {
  let query = trx
    .updateTable('sip_participant')
    .set({ removed_at: new Date(), removed_by: caller.staffId })
    .where('sip_id', '=', sipId)
    .where('removed_at', 'is', null);
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertMeeting(
  trx: Db,
  caller: Caller,
  values: {
    sipId: string;
    purpose: 'planning' | 'follow-up';
    startsAt: Date | null;
    durationMinutes: number | null;
    place: string | null;
    videoLink: string | null;
    message: string | null;
    status: 'scheduled' | 'held';
    heldOn: string | null;
    notes: string | null;
    attended: string[] | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('sip_meeting')
    .values({
      sip_id: values.sipId,
      purpose: values.purpose,
      starts_at: values.startsAt,
      duration_minutes: values.durationMinutes,
      place: values.place,
      video_link: values.videoLink,
      message: values.message,
      status: values.status,
      held_on: values.heldOn,
      notes: values.notes,
      attended_participant_ids: values.attended ? JSON.stringify(values.attended) : null,
      created_by: caller.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function markMeetingHeld(
  trx: Db,
  meetingId: string,
  values: { heldOn: string; notes: string | null; attended: string[] | null },
): Promise<void> {
  await trx
    .updateTable('sip_meeting')
    .set({
      status: 'held',
      held_on: values.heldOn,
      notes: values.notes,
      attended_participant_ids: values.attended ? JSON.stringify(values.attended) : null,
    })
    .where('id', '=', meetingId)
    .execute();
}

/** Scheduled meetings that will not be held (rescheduled, or the SIP ended): no reminders. */
export async function cancelScheduledMeetings(trx: Db, sipId: string): Promise<void> {
  await trx
    .updateTable('sip_meeting')
    .set({ status: 'cancelled' })
    .where('sip_id', '=', sipId)
    .where('status', '=', 'scheduled')
    .execute();
}

export async function insertFollowUp(
  trx: Db,
  caller: Caller,
  values: {
    sipId: string;
    heldOn: string;
    planVersion: number;
    goals: Record<string, unknown>[];
    interventions: Record<string, unknown>[];
    decision: 'continue' | 'revise' | 'close';
    nextFollowUpOn: string | null;
    note: string | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('sip_follow_up')
    .values({
      sip_id: values.sipId,
      held_on: values.heldOn,
      plan_version: values.planVersion,
      goals: JSON.stringify(values.goals),
      interventions: JSON.stringify(values.interventions),
      decision: values.decision,
      next_follow_up_on: values.nextFollowUpOn,
      note: values.note,
      recorded_by: caller.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

// ---------------------------------------------------------------- look-ups

export function findStaff(db: Db, staffIds: string[]) {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff as st')
    .leftJoin('unit as u', 'u.id', 'st.unit_id')
    .leftJoin('organisation as o', 'o.id', 'st.organisation_id')
    .select([
      'st.id',
      'st.name',
      'st.unit_id',
      'st.organisation_id',
      'st.disabled_at',
      'u.name as unit_name',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ])
    .where('st.id', 'in', staffIds)
    .execute();
}

export function findUnits(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ])
    .where('u.id', 'in', unitIds)
    .execute();
}

export function findOrganisations(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', organisationIds)
    .execute();
}

/** Organisations the person's valid `sip` consents name as recipient (who may take part). */
export async function organisationsNamedBySipConsent(
  db: Db,
  personId: string,
  organisationIds: string[],
): Promise<Set<string>> {
  if (organisationIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('organisation as o')
    .select('o.id')
    .where('o.id', 'in', organisationIds)
    .where(consentNamesOrganisation(sql`${personId}::uuid`, sql.ref('o.id'), 'sip'))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Names of units and organisations, to make plan differences readable. */
export async function nameDirectory(db: Db): Promise<Map<string, string>> {
  const units = await db.selectFrom('unit').select(['id', 'name']).execute();
  const organisations = await db.selectFrom('organisation').select(['id', 'name']).execute();
  return new Map([...units, ...organisations].map((r) => [r.id, r.name]));
}
