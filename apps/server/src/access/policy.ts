import { sql, type RawBuilder } from 'kysely';
import type { Caller } from './caller.ts';
import { todayInStockholm } from '../util/time.ts';

/**
 * The access rule (api.md, security.md) as SQL, decided once here and used by every module.
 * Each function takes the SQL reference of the person id (and record organisation) it guards.
 *
 * - A person is visible through an open care relation of the caller's unit, or through the
 *   caller's own emergency access that has not expired.
 * - A record is visible when it was written by the caller's organisation, or while a valid
 *   information-sharing consent names the caller's organisation, or under emergency access.
 */
export function hasCareRelation(caller: Caller, personId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from care_relation cr
    where cr.person_id = ${personId} and cr.unit_id = ${caller.unitId} and cr.closed_at is null)`;
}

export function hasEmergencyAccess(caller: Caller, personId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from emergency_access ea
    where ea.person_id = ${personId} and ea.staff_id = ${caller.staffId} and ea.expires_at > now())`;
}

/** 'care-relation' | 'emergency' | null: on what ground the caller sees the person. */
export function personGround(caller: Caller, personId: RawBuilder<unknown>) {
  return sql<'care-relation' | 'emergency' | null>`case
    when ${hasCareRelation(caller, personId)} then 'care-relation'
    when ${hasEmergencyAccess(caller, personId)} then 'emergency'
    end`;
}

export function personVisible(caller: Caller, personId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`(${hasCareRelation(caller, personId)} or ${hasEmergencyAccess(caller, personId)})`;
}

/** A valid consent of the given purpose for the person that names the caller's organisation. */
export function hasConsentFor(
  caller: Caller,
  personId: RawBuilder<unknown>,
  purpose: 'information-sharing' | 'sip' | 'relatives-participation',
): RawBuilder<boolean> {
  const today = todayInStockholm();
  return sql<boolean>`exists (
    select 1 from consent c
    join consent_recipient r on r.consent_id = c.id
    where c.person_id = ${personId} and c.purpose = ${purpose}
      and r.organisation_id = ${caller.organisationId}
      and c.revoked_at is null and c.valid_from <= ${today}
      and (c.valid_until is null or c.valid_until >= ${today}))`;
}

/** The ground on which a record written by `recordOrganisationId` is visible, or null. */
export function recordGround(
  caller: Caller,
  personId: RawBuilder<unknown>,
  recordOrganisationId: RawBuilder<unknown>,
) {
  return sql<'own-organisation' | 'consent' | 'emergency' | null>`case
    when ${recordOrganisationId} = ${caller.organisationId} then 'own-organisation'
    when ${hasConsentFor(caller, personId, 'information-sharing')} then 'consent'
    when ${hasEmergencyAccess(caller, personId)} then 'emergency'
    end`;
}
