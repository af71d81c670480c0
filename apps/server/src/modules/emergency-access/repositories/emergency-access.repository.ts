import { sql } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { HEALTH_CARE_KINDS } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { OrganisationCandidates, ReviewBasis, Reviewer } from '../emergency-access.policy.ts';

/** The `emergency_access` table (each emergency access, who opened it, its review) and
 * `emergency_access_reviewer` (who is to review it). */

/** With the caller's reason to review it (owning before accessing), or null. */
function selectEmergencyAccess(db: Db, caller: Caller) {
  return db
    .selectFrom('emergency_access as ea')
    .innerJoin('staff as s', 's.id', 'ea.staff_id')
    .selectAll('ea')
    .select('s.name as staff_name')
    .select(
      sql<{
        side: 'accessing' | 'owning';
        basis: ReviewBasis;
      } | null>`(select json_build_object('side', r.side, 'basis', r.basis)
        from emergency_access_reviewer r
        where r.emergency_access_id = ea.id and r.staff_id = ${caller.staffId}
        order by r.side desc limit 1)`.as('review_as'),
    );
}

export type EmergencyAccessRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof selectEmergencyAccess>['executeTakeFirst']>>
>;

/** One emergency access by id (for the answer after a write). */
export function findEmergencyAccess(db: Db, caller: Caller, id: string) {
  return selectEmergencyAccess(db, caller).where('ea.id', '=', id).executeTakeFirst();
}

/** One emergency access the caller is to review; undefined when there is none. */
export function findEmergencyAccessToReview(db: Db, caller: Caller, id: string) {
  return selectEmergencyAccess(db, caller)
    .where('ea.id', '=', id)
    .where(isReviewer(caller))
    .executeTakeFirst();
}

/** The caller is one of the access's reviewers. */
function isReviewer(caller: Caller) {
  return sql<boolean>`exists (
    select 1 from emergency_access_reviewer r
    where r.emergency_access_id = ea.id and r.staff_id = ${caller.staffId})`;
}

/** The emergency accesses the caller is to review, newest first; reviewed, unreviewed, or all. */
export function listEmergencyAccessToReview(db: Db, caller: Caller, reviewed: boolean | undefined) {
  let query = selectEmergencyAccess(db, caller).where(isReviewer(caller));
  if (reviewed === true) query = query.where('ea.reviewed_at', 'is not', null);
  if (reviewed === false) query = query.where('ea.reviewed_at', 'is', null);
  return query.orderBy('ea.started_at', 'desc').limit(500).execute();
}

/**
 * Who could review an emergency access by the caller to the person: for the caller's
 * organisation (accessing side) and each health-care organisation holding the person (owning
 * side), the unit managers of the units concerned, every unit manager of the organisation, and
 * its designated reviewer. The policy picks among them.
 */
export async function reviewerCandidates(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<OrganisationCandidates[]> {
  const owners = await db
    .selectFrom('care_relation as cr')
    .innerJoin('organisation as o', 'o.id', 'cr.organisation_id')
    .select(['cr.organisation_id', 'cr.unit_id'])
    .where('cr.person_id', '=', personId)
    .where('o.kind', 'in', [...HEALTH_CARE_KINDS])
    .execute();
  const concerned = new Map<string, { side: 'accessing' | 'owning'; units: Set<string> }>();
  if (caller.organisationId && caller.unitId) {
    concerned.set(caller.organisationId, { side: 'accessing', units: new Set([caller.unitId]) });
  }
  for (const o of owners) {
    const entry = concerned.get(o.organisation_id) ?? { side: 'owning', units: new Set() };
    // The caller's own organisation owns records too: its units holding the person review.
    entry.units.add(o.unit_id);
    concerned.set(o.organisation_id, entry);
  }
  if (concerned.size === 0) return [];
  const organisationIds = [...concerned.keys()];
  const managers = await db
    .selectFrom('staff')
    .select(['id', 'unit_id', 'organisation_id'])
    .where('role', '=', 'unit-manager')
    .where('disabled_at', 'is', null)
    .where('organisation_id', 'in', organisationIds)
    .orderBy('id')
    .execute();
  const designated = await db
    .selectFrom('organisation')
    .select(['id', 'emergency_reviewer_id'])
    .where('id', 'in', organisationIds)
    .execute();
  return organisationIds.map((organisationId) => {
    const { side, units } = concerned.get(organisationId)!;
    const ofOrganisation = managers.filter((m) => m.organisation_id === organisationId);
    return {
      organisationId,
      side,
      unitManagers: ofOrganisation
        .filter((m) => m.unit_id !== null && units.has(m.unit_id))
        .map((m) => m.id),
      organisationManagers: ofOrganisation.map((m) => m.id),
      designated: designated.find((d) => d.id === organisationId)?.emergency_reviewer_id ?? null,
    };
  });
}

export async function insertReviewers(
  trx: Db,
  emergencyAccessId: string,
  reviewers: Reviewer[],
): Promise<void> {
  if (reviewers.length === 0) return;
  await trx
    .insertInto('emergency_access_reviewer')
    .values(
      reviewers.map((r) => ({
        emergency_access_id: emergencyAccessId,
        staff_id: r.staffId,
        organisation_id: r.organisationId,
        basis: r.basis,
        side: r.side,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function insertEmergencyAccess(
  trx: Db,
  caller: Caller,
  access: { personId: string; reason: string; expiresAt: Date },
): Promise<string> {
  const { id } = await trx
    .insertInto('emergency_access')
    .values({
      person_id: access.personId,
      staff_id: caller.staffId,
      unit_id: caller.unitId,
      organisation_id: caller.organisationId,
      reason: access.reason,
      expires_at: access.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Records the review; only an unreviewed row is updated, so of two racing reviews the second
 * finds none and answers false. */
export async function markReviewed(
  trx: Db,
  caller: Caller,
  id: string,
  note: string | null,
): Promise<boolean> {
  const updated = await trx
    .updateTable('emergency_access')
    .set({ reviewed_at: new Date(), reviewed_by: caller.staffId, review_note: note })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
