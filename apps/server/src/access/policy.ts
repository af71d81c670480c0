import { sql, type RawBuilder } from 'kysely';
import type { Caller } from './caller.ts';
import { todayInStockholm } from '../util/time.ts';

/**
 * The access rule (api.md, security.md) as SQL, decided once here and used by every module.
 * Each function takes the SQL reference of the person id (and record organisation) it guards.
 *
 * - A person is visible through an open care relation of the caller's unit, or through the
 *   caller's own emergency access that has not expired (only for a person health care holds).
 * - A record is visible when it was written by the caller's organisation, or while a valid
 *   information-sharing consent names the caller's organisation, or under emergency access when
 *   a health-care organisation wrote it (nödåtkomst is PDL's: never social services' records).
 */

/**
 * Which organisations are health care (hälso- och sjukvård, PDL) — decided here only. In this
 * version a region is; municipalities and private providers (here: an HVB home) are social
 * services. Municipal health care or a private clinic would need a sector per unit (decision 0013).
 */
export const HEALTH_CARE_KINDS = ['region'] as const;

export function isHealthCareKind(kind: string | null): boolean {
  return (HEALTH_CARE_KINDS as readonly string[]).includes(kind ?? '');
}

/** The organisation is a health-care organisation. */
export function isHealthCareOrganisation(organisationId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from organisation hco
    where hco.id = ${organisationId} and hco.kind in (${sql.join([...HEALTH_CARE_KINDS])}))`;
}

/** A health-care organisation holds (or held) the person: a care relation, open or closed. */
export function heldByHealthCare(personId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from care_relation hcr
    where hcr.person_id = ${personId} and ${isHealthCareOrganisation(sql.ref('hcr.organisation_id'))})`;
}
export function hasCareRelation(
  caller: Caller,
  personId: RawBuilder<unknown>,
): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from care_relation cr
    where cr.person_id = ${personId} and cr.unit_id = ${caller.unitId} and cr.closed_at is null)`;
}

export function hasEmergencyAccess(
  caller: Caller,
  personId: RawBuilder<unknown>,
): RawBuilder<boolean> {
  return sql<boolean>`(exists (
    select 1 from emergency_access ea
    where ea.person_id = ${personId} and ea.staff_id = ${caller.staffId} and ea.expires_at > now())
    and ${heldByHealthCare(personId)})`;
}

/** Emergency access opens a record only when a health-care organisation wrote it. */
export function emergencyOpensRecordsOf(
  caller: Caller,
  personId: RawBuilder<unknown>,
  recordOrganisationId: RawBuilder<unknown>,
): RawBuilder<boolean> {
  return sql<boolean>`(${hasEmergencyAccess(caller, personId)}
    and ${isHealthCareOrganisation(recordOrganisationId)})`;
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
    when ${emergencyOpensRecordsOf(caller, personId, recordOrganisationId)} then 'emergency'
    end`;
}

/**
 * SIP (F3): a valid consent of `purpose` for the person that covers a SIP owned by
 * `organisationId` — recorded by that organisation or naming it as recipient. Without a `sip`
 * one an open SIP is frozen; a `relatives-participation` one lets relatives take part.
 */
export function consentCoversOrganisation(
  personId: RawBuilder<unknown>,
  organisationId: RawBuilder<unknown>,
  purpose: 'sip' | 'relatives-participation',
): RawBuilder<boolean> {
  const today = todayInStockholm();
  return sql<boolean>`exists (
    select 1 from consent c
    where c.person_id = ${personId} and c.purpose = ${purpose}
      and c.revoked_at is null and c.valid_from <= ${today}
      and (c.valid_until is null or c.valid_until >= ${today})
      and (c.recorded_organisation_id = ${organisationId} or exists (
        select 1 from consent_recipient r
        where r.consent_id = c.id and r.organisation_id = ${organisationId})))`;
}

/** A valid consent of `purpose` for the person that names `organisationId` as recipient. */
export function consentNamesOrganisation(
  personId: RawBuilder<unknown>,
  organisationId: RawBuilder<unknown>,
  purpose: 'sip' | 'information-sharing' | 'relatives-participation',
): RawBuilder<boolean> {
  const today = todayInStockholm();
  return sql<boolean>`exists (
    select 1 from consent c
    join consent_recipient r on r.consent_id = c.id
    where c.person_id = ${personId} and c.purpose = ${purpose}
      and r.organisation_id = ${organisationId}
      and c.revoked_at is null and c.valid_from <= ${today}
      and (c.valid_until is null or c.valid_until >= ${today}))`;
}

/** The caller, or the caller's unit, takes part in the SIP. */
export function isSipParticipant(caller: Caller, sipId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from sip_participant sp
    where sp.sip_id = ${sipId} and sp.removed_at is null
      and (sp.staff_id = ${caller.staffId} or (sp.kind = 'unit' and sp.unit_id = ${caller.unitId})))`;
}

/**
 * The ground on which the caller sees a SIP, or null (then 404). `sip` holds the SQL references
 * of the SIP row's id, person, owning organisation and unit.
 * - 'care-relation' / 'own-organisation': a SIP of the caller's organisation seen through a care
 *   relation of the caller's unit (the unit's own SIP / another unit's), like any own record;
 * - 'sip': the caller or their unit is a participant while a valid `sip` consent names the
 *   caller's organisation as recipient (within the SIP's own organisation: while the SIP's
 *   consent holds). The plan only, never the person's other records;
 * - 'consent': another organisation's SIP seen through a care relation under a valid
 *   information-sharing consent naming the caller's organisation;
 * - 'emergency': the caller's own emergency access, for a SIP a health-care organisation owns.
 * Consent is read live, so a revocation is effective on the very next request.
 */
export function sipGround(
  caller: Caller,
  sip: {
    id: RawBuilder<unknown>;
    personId: RawBuilder<unknown>;
    organisationId: RawBuilder<unknown>;
    unitId: RawBuilder<unknown>;
  },
) {
  const ownOrganisation = sql<boolean>`${sip.organisationId} = ${caller.organisationId}`;
  return sql<'care-relation' | 'own-organisation' | 'sip' | 'consent' | 'emergency' | null>`case
    when ${ownOrganisation} and ${hasCareRelation(caller, sip.personId)} then
      case when ${sip.unitId} = ${caller.unitId} then 'care-relation' else 'own-organisation' end
    when ${isSipParticipant(caller, sip.id)} and (
      ${hasConsentFor(caller, sip.personId, 'sip')}
      or (${ownOrganisation}
        and ${consentCoversOrganisation(sip.personId, sip.organisationId, 'sip')})) then 'sip'
    when ${hasCareRelation(caller, sip.personId)}
      and ${hasConsentFor(caller, sip.personId, 'information-sharing')} then 'consent'
    when ${emergencyOpensRecordsOf(caller, sip.personId, sip.organisationId)} then 'emergency'
    end`;
}

// carecircle: referrals and consultations between the principals (F6)
/**
 * The ground on which the caller sees a referral, or null (then 404). `r` holds the SQL
 * references of the referral's person, sending and receiving organisation and receiving unit.
 * - the person is visible to the caller and the referral was sent or received by the caller's
 *   organisation: 'own-organisation'; or seen under an information-sharing consent: 'consent';
 * - the caller's unit receives it, while a valid consent (information-sharing or sip) names the
 *   receiving organisation: 'consent' — the referral only, never the person's other records;
 * - the caller's own emergency access: 'emergency'.
 */
export function referralGround(
  caller: Caller,
  r: {
    personId: RawBuilder<unknown>;
    fromOrganisationId: RawBuilder<unknown>;
    toOrganisationId: RawBuilder<unknown>;
    toUnitId: RawBuilder<unknown>;
  },
) {
  const consentToRecipient = sql<boolean>`(
    ${consentNamesOrganisation(r.personId, r.toOrganisationId, 'information-sharing')}
    or ${consentNamesOrganisation(r.personId, r.toOrganisationId, 'sip')})`;
  return sql<'own-organisation' | 'consent' | 'emergency' | null>`case
    when ${hasCareRelation(caller, r.personId)}
      and (${r.fromOrganisationId} = ${caller.organisationId}
        or ${r.toOrganisationId} = ${caller.organisationId}) then 'own-organisation'
    when ${r.toUnitId} = ${caller.unitId} and ${consentToRecipient} then 'consent'
    when ${hasCareRelation(caller, r.personId)}
      and ${hasConsentFor(caller, r.personId, 'information-sharing')} then 'consent'
    when ${hasEmergencyAccess(caller, r.personId)} then 'emergency'
    end`;
}
