import { sql } from 'kysely';
import type { Consent } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { consentNamesOrganisation } from '../../access/policy.ts';
import type { Db } from '../../db/database.ts';
import { toIso, toIsoOrNull, todayInStockholm } from '../../util/time.ts';

/**
 * Consents the caller's organisation may see: those it recorded, and those that name it as a
 * recipient (a consent addressed to you is information meant for you).
 */
function selectVisibleConsents(db: Db, caller: Caller) {
  return db
    .selectFrom('consent as c')
    .innerJoin('staff as s', 's.id', 'c.recorded_by')
    .selectAll('c')
    .select([
      's.name as recorded_by_name',
      sql<string[]>`array(select r.organisation_id::text from consent_recipient r
        where r.consent_id = c.id order by r.organisation_id)`.as('recipients'),
    ])
    .where((eb) =>
      eb.or([
        eb('c.recorded_organisation_id', '=', caller.organisationId),
        eb.exists(
          eb
            .selectFrom('consent_recipient as r')
            .select(sql.lit(1).as('one'))
            .whereRef('r.consent_id', '=', 'c.id')
            .where('r.organisation_id', '=', caller.organisationId),
        ),
      ]),
    );
}

export async function listVisibleConsents(db: Db, caller: Caller, personId: string) {
  const rows = await selectVisibleConsents(db, caller)
    .where('c.person_id', '=', personId)
    .orderBy('c.recorded_at', 'desc')
    .execute();
  return rows.map(toConsent);
}

export function findVisibleConsent(db: Db, caller: Caller, consentId: string) {
  return selectVisibleConsents(db, caller).where('c.id', '=', consentId).executeTakeFirst();
}

type ConsentRow = NonNullable<Awaited<ReturnType<typeof findVisibleConsent>>>;

export function toConsent(row: ConsentRow): Consent {
  const today = todayInStockholm();
  const status = row.revoked_at
    ? 'revoked'
    : row.valid_until !== null && row.valid_until < today
      ? 'expired'
      : 'valid';
  return {
    id: row.id,
    personId: row.person_id,
    purpose: row.purpose,
    recipientOrganisationIds: row.recipients,
    form: row.form,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    note: row.note,
    recordedAt: toIso(row.recorded_at),
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedByOrganisationId: row.recorded_organisation_id,
    revokedAt: toIsoOrNull(row.revoked_at),
    revokedBy: row.revoked_by,
    revokeReason: row.revoke_reason,
    status,
  };
}

export async function insertConsent(
  trx: Db,
  caller: Caller,
  personId: string,
  body: {
    purpose: Consent['purpose'];
    recipientOrganisationIds: string[];
    form: Consent['form'];
    validUntil?: string | undefined;
    note?: string | undefined;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('consent')
    .values({
      person_id: personId,
      purpose: body.purpose,
      form: body.form,
      valid_from: todayInStockholm(),
      valid_until: body.validUntil ?? null,
      note: body.note ?? null,
      recorded_by: caller.staffId,
      recorded_unit_id: caller.unitId,
      recorded_organisation_id: caller.organisationId!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('consent_recipient')
    .values(
      [...new Set(body.recipientOrganisationIds)].map((o) => ({
        consent_id: id,
        organisation_id: o,
      })),
    )
    .execute();
  return id;
}

export async function revokeConsent(
  trx: Db,
  caller: Caller,
  consentId: string,
  reason: string | null,
) {
  const result = await trx
    .updateTable('consent')
    .set({ revoked_at: new Date(), revoked_by: caller.staffId, revoke_reason: reason })
    .where('id', '=', consentId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findConsentPersonId(db: Db, consentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('consent')
    .select('person_id')
    .where('id', '=', consentId)
    .executeTakeFirst();
  return row?.person_id;
}

// ---------------------------------------------------------------- consents to SIP (sip module)

/** `sip` consents of the person that cover a SIP of `organisationId` (recorded by it or naming
 * it), revoked or not: when they ran out tells since when the SIP is frozen. */
export function listSipConsentsCovering(db: Db, personId: string, organisationId: string) {
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
export type SipConsentRow = Awaited<ReturnType<typeof listSipConsentsCovering>>[number];

/** The unrevoked `sip` consents covering each of several SIPs (by the SIP's person and owning
 * organisation), for the worklist's "consent about to run out". */
export function listUnrevokedSipConsentsOfSips(db: Db, sipIds: string[]) {
  if (sipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sip as s')
    .innerJoin('consent as c', 'c.person_id', 's.person_id')
    .select(['s.id as sip_id', 'c.id', 'c.valid_from', 'c.valid_until'])
    .where('s.id', 'in', sipIds)
    .where('c.purpose', '=', 'sip')
    .where('c.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('c.recorded_organisation_id', '=', eb.ref('s.organisation_id')),
        eb.exists(
          eb
            .selectFrom('consent_recipient as r')
            .select(sql.lit(1).as('one'))
            .whereRef('r.consent_id', '=', 'c.id')
            .whereRef('r.organisation_id', '=', 's.organisation_id'),
        ),
      ]),
    )
    .execute();
}

/** Of `organisationIds`, those a valid `sip` consent of the person names as recipient. */
export async function organisationsNamedBySipConsent(
  db: Db,
  personId: string,
  organisationIds: string[],
): Promise<Set<string>> {
  if (organisationIds.length === 0) return new Set();
  // The access policy's own rule decides; the recipient rows only say which ids to ask about
  // (aliased apart from the rule's own `c` and `r`).
  const rows = await db
    .selectFrom('consent_recipient as asked')
    .select('asked.organisation_id')
    .distinct()
    .where('asked.organisation_id', 'in', organisationIds)
    .where(
      consentNamesOrganisation(sql`${personId}::uuid`, sql.ref('asked.organisation_id'), 'sip'),
    )
    .execute();
  return new Set(rows.map((r) => r.organisation_id));
}
