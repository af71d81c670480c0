import { sql, type Insertable, type Updateable } from 'kysely';
import { OPEN_STATUSES, type SipStatus } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import { consentCoversOrganisation, sipGround } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { SipTable } from '../../../db/schema.ts';

/** The `sip` table: the life-cycle record of each SIP, read through the access policy. */

const S = {
  id: sql.ref('s.id'),
  personId: sql.ref('s.person_id'),
  organisationId: sql.ref('s.organisation_id'),
  unitId: sql.ref('s.unit_id'),
};

export type SipGroundName = 'care-relation' | 'own-organisation' | 'sip' | 'consent' | 'emergency';

const sipConsent = () => consentCoversOrganisation(S.personId, S.organisationId, 'sip');

/** SIPs with the ground the caller sees each on; a SIP without one is not there. */
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
      sipConsent().as('sip_consent'),
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

export interface SipListFilter {
  personId?: string;
  scope?: 'mine' | 'unit';
  status?: SipStatus;
  openOnly?: boolean;
}

export async function listVisibleSips(db: Db, caller: Caller, filter: SipListFilter) {
  let query = selectSips(db, caller);
  if (filter.personId) query = query.where('s.person_id', '=', filter.personId);
  if (filter.status) query = query.where('s.status', '=', filter.status);
  if (filter.openOnly) query = query.where('s.status', 'in', OPEN_STATUSES);
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

/** Whose SIP it is, whether or not the caller may see it (for the log of a refused call). */
export async function findSipPersonId(db: Db, sipId: string): Promise<string | null> {
  const row = await db
    .selectFrom('sip')
    .select('person_id')
    .where('id', '=', sipId)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** The columns the background jobs read of a SIP: no caller, so no person data. */
function selectForJobs(db: Db) {
  return db
    .selectFrom('sip as s')
    .select([
      's.id',
      's.person_id',
      's.organisation_id',
      's.status',
      's.plan',
      's.proposed_on',
      's.first_meeting_on',
      's.last_activity_at',
      's.coordinator_staff_id',
      's.recorded_by',
      sipConsent().as('sip_consent'),
    ]);
}
export type SipJobRow = Awaited<ReturnType<ReturnType<typeof selectForJobs>['execute']>>[number];

/** Every open SIP, for the scan job (it notifies the SIP's own staff). */
export function listOpenSipsForJobs(db: Db): Promise<SipJobRow[]> {
  return selectForJobs(db).where('s.status', 'in', OPEN_STATUSES).execute();
}

export function findSipForJobs(db: Db, sipId: string): Promise<SipJobRow | undefined> {
  return selectForJobs(db).where('s.id', '=', sipId).executeTakeFirst();
}

// ---------------------------------------------------------------- writes

/** A new SIP, proposed; JSON columns are given as the domain's shapes. */
export async function insertSip(
  trx: Db,
  values: Omit<Insertable<SipTable>, 'proposal_source' | 'plan' | 'status'> & {
    proposal_source: SipRow['proposal_source'];
    plan: SipRow['plan'];
  },
): Promise<void> {
  await trx
    .insertInto('sip')
    .values({
      ...values,
      status: 'proposed',
      proposal_source: JSON.stringify(values.proposal_source),
      plan: JSON.stringify(values.plan),
    })
    .execute();
}

/** What a use case changes of a SIP, as the domain shapes it. */
export type SipChanges = Omit<Updateable<SipTable>, 'ending' | 'plan' | 'last_activity_at'> & {
  ending?: SipRow['ending'];
  plan?: SipRow['plan'];
};

/** Writes the changes and marks the SIP as active now (the "plans without activity" clock). A
 * new plan also updates the columns derived from it (coordinator, next follow-up). */
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
