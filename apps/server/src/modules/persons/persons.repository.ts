import { sql, type RawBuilder } from 'kysely';
import type { CareRelation, Person, RegistrationGround } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import {
  emergencyOpensRecordsOf,
  hasConsentFor,
  personGround,
  heldByHealthCare,
  personVisible,
} from '../../access/policy.ts';
import { appendOneAccessLogRowSql } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';

const PERSON_ID = sql.ref('p.id');

export interface PersonRow {
  id: string;
  personal_identity_number: string;
  identity_number_kind: 'personnummer' | 'samordningsnummer' | 'reservnummer';
  date_of_birth: string;
  given_name: string;
  family_name: string;
  sex: 'female' | 'male' | 'unknown';
  protected_identity: boolean;
  test_data: boolean;
  ground: 'care-relation' | 'emergency' | null;
}

/** A person's own columns, as search results and reads return them. */
const PERSON_COLUMNS = [
  'p.id',
  'p.personal_identity_number',
  'p.identity_number_kind',
  'p.date_of_birth',
  'p.given_name',
  'p.family_name',
  'p.sex',
  'p.protected_identity',
  'p.test_data',
] as const;

function selectPersons(db: Db, caller: Caller) {
  return db
    .selectFrom('person as p')
    .select(PERSON_COLUMNS)
    .select(personGround(caller, PERSON_ID).as('ground'))
    .where(personVisible(caller, PERSON_ID));
}

/** The person if the caller may see them; undefined for "no such person" and "not visible". */
export function findVisiblePerson(db: Db, caller: Caller, personId: string) {
  return selectPersons(db, caller).where('p.id', '=', personId).executeTakeFirst();
}

/**
 * Persons whose number or names match, that the caller may see, first `limit` by name.
 *
 * Shaped for speed on a county (issue 12, decision 0018-a, docs/benchmarks.md): the matching
 * persons are sorted by name first, and visibility is then checked one person at a time, in that
 * order, until `limit` are found — a common name's thousands of candidates cost one sort and
 * about `limit` / share-visible index probes. Checked in the same filter as the candidates,
 * PostgreSQL instead hashed every open relation of the unit (40 000 in the benchmark) twice per
 * search. The lateral subquery with OFFSET 0 keeps the check per person.
 */
export function searchVisiblePersons(
  db: Db,
  caller: Caller,
  criteria: { numberPrefix?: string; nameWords?: string[] },
  limit = 50,
) {
  let candidates = db.selectFrom('person as p').select(PERSON_COLUMNS);
  if (criteria.numberPrefix !== undefined) {
    candidates = candidates.where(
      'p.personal_identity_number',
      'like',
      `${criteria.numberPrefix}%`,
    );
  }
  for (const word of criteria.nameWords ?? []) {
    // A word of the name that begins with what was typed, diacritics and case ignored
    // ("Ekstrom" finds "Ekström"); both sides folded by the same SQL function, and the GIN
    // trigram index on the stored name_key answers it (migrations 0017-a, 0019-i). Folding
    // turns every non-letter, % and _ included, into a space, so nothing typed is a wildcard.
    // The pattern is a subquery so that it is folded once, not once per candidate, when the
    // statement runs with a generic plan.
    candidates = candidates.where(
      sql<boolean>`p.name_key like (select '% ' || public.vf_fold(${word}) || '%')`,
    );
  }
  // A protected identity is never found by name by someone not authorised to see the name.
  if ((criteria.nameWords ?? []).length > 0 && !caller.mayViewProtectedIdentity) {
    candidates = candidates.where('p.protected_identity', '=', false);
  }
  const sorted = candidates
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .orderBy('p.id')
    .offset(0)
    .as('candidate');
  // Not `c` or `cr`: the policy's SQL helpers use those aliases inside (decision 0020-c).
  const groundOf = sql<
    PersonRow['ground']
  >`(select ${personGround(caller, sql.ref('candidate.id'))} as ground offset 0)`;
  return db
    .selectFrom(sorted)
    .innerJoinLateral(groundOf.as('visibility'), (join) => join.onTrue())
    .selectAll('candidate')
    .select(sql<PersonRow['ground']>`visibility.ground`.as('ground'))
    .where(sql.ref('visibility.ground'), 'is not', null)
    .orderBy('candidate.family_name')
    .orderBy('candidate.given_name')
    .orderBy('candidate.id')
    .limit(limit)
    .execute();
}

/**
 * Care relations the caller may see, as one JSON column: those of their own organisation;
 * those of others only under an information-sharing consent naming the caller's organisation,
 * or emergency access. Otherwise another principal's relation would itself reveal that it
 * holds the person.
 */
function careRelationsJson(caller: Caller, personId: RawBuilder<unknown>) {
  return sql<CareRelationJson[]>`coalesce((
    select json_agg(json_build_object(
      'id', cr.id, 'unitId', cr.unit_id, 'unitName', u.name,
      'organisationId', cr.organisation_id, 'organisationName', o.name,
      'openedAt', cr.opened_at, 'closedAt', cr.closed_at, 'closeReason', cr.close_reason,
      'registrationGround', cr.registration_ground)
      order by cr.opened_at desc)
    from care_relation cr
    join unit u on u.id = cr.unit_id
    join organisation o on o.id = cr.organisation_id
    where cr.person_id = ${personId}
      and (cr.organisation_id = ${caller.organisationId}
        or ${hasConsentFor(caller, personId, 'information-sharing')}
        or ${emergencyOpensRecordsOf(caller, personId, sql.ref('cr.organisation_id'))})), '[]'::json)`;
}

interface CareRelationJson {
  id: string;
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  registrationGround: RegistrationGround | null;
}

const toCareRelation = (r: CareRelationJson): CareRelation => ({
  ...r,
  openedAt: toIso(r.openedAt),
  closedAt: toIsoOrNull(r.closedAt),
});

/**
 * The hot path in one statement (platform, issue 12): the person with the relations the caller
 * may see, and — only if the caller may see them — the access-log row `person.read`, appended by
 * the same statement, so the read and its log row commit together without BEGIN/COMMIT round
 * trips. Undefined when not visible (nothing logged here: the caller logs the refusal).
 */
export async function readVisiblePersonLogged(db: Db, caller: Caller, personId: string) {
  const row = await db
    .with('found', (qb) =>
      selectPersons(qb as unknown as Db, caller)
        .select(careRelationsJson(caller, PERSON_ID).as('care_relations'))
        .where('p.id', '=', personId),
    )
    .with('logged', (qb) =>
      qb
        .selectFrom('found')
        .select(
          appendOneAccessLogRowSql(
            caller,
            { personId: sql.ref('found.id'), personIdValue: personId, action: 'person.read' },
            sql.ref('found.ground'),
            ['care-relation', 'emergency'],
          ).as('done'),
        ),
    )
    .selectFrom('found')
    .selectAll('found')
    .select(sql<string>`(select count(*) from logged)`.as('logged'))
    .executeTakeFirst();
  if (!row) return undefined;
  const { care_relations, logged: _logged, ...person } = row;
  return { person: person as PersonRow, careRelations: care_relations.map(toCareRelation) };
}

export async function visibleCareRelations(db: Db, caller: Caller, personId: string) {
  const { relations } = await db
    .selectNoFrom(careRelationsJson(caller, sql`${personId}::uuid`).as('relations'))
    .executeTakeFirstOrThrow();
  return relations.map(toCareRelation);
}

export function toPerson(caller: Caller, row: PersonRow, careRelations: CareRelation[]): Person {
  const hidden = row.protected_identity && !caller.mayViewProtectedIdentity;
  return {
    id: row.id,
    personalIdentityNumber: row.personal_identity_number,
    identityNumberKind: row.identity_number_kind,
    dateOfBirth: row.date_of_birth,
    givenName: hidden ? null : row.given_name,
    familyName: hidden ? null : row.family_name,
    sex: row.sex,
    protectedIdentity: row.protected_identity,
    testData: row.test_data,
    ground: row.ground ?? 'care-relation',
    careRelations,
  };
}

/** Creates the person unless the number is known, then opens a relation with the unit. */
export async function registerAtUnit(
  trx: Db,
  caller: Caller,
  values: {
    personalIdentityNumber: string;
    identityNumberKind: 'personnummer' | 'samordningsnummer';
    dateOfBirth: string;
    givenName: string;
    familyName: string;
    sex: 'female' | 'male' | 'unknown';
    protectedIdentity: boolean;
    testData?: boolean;
    ground: RegistrationGround;
  },
): Promise<string> {
  await trx
    .insertInto('person')
    .values({
      personal_identity_number: values.personalIdentityNumber,
      identity_number_kind: values.identityNumberKind,
      date_of_birth: values.dateOfBirth,
      given_name: values.givenName,
      family_name: values.familyName,
      sex: values.sex,
      protected_identity: values.protectedIdentity,
      test_data: values.testData ?? false,
    })
    .onConflict((oc) => oc.column('personal_identity_number').doNothing())
    .execute();
  const { id } = await trx
    .selectFrom('person')
    .select('id')
    .where('personal_identity_number', '=', values.personalIdentityNumber)
    .executeTakeFirstOrThrow();
  await openCareRelationAt(trx, {
    personId: id,
    unitId: caller.unitId!,
    organisationId: caller.organisationId!,
    staffId: caller.staffId,
    ground: values.ground,
  });
  return id;
}

export function findOwnUnitRelation(db: Db, caller: Caller, personId: string, relationId: string) {
  return db
    .selectFrom('care_relation')
    .select(['id', 'closed_at'])
    .where('id', '=', relationId)
    .where('person_id', '=', personId)
    .where('unit_id', '=', caller.unitId)
    .executeTakeFirst();
}

export async function closeRelation(trx: Db, caller: Caller, relationId: string, reason: string) {
  await trx
    .updateTable('care_relation')
    .set({ closed_at: new Date(), closed_by: caller.staffId, close_reason: reason })
    .where('id', '=', relationId)
    .where('closed_at', 'is', null)
    .execute();
}

/** The person with this (normalised) identity number, visible or not: emergency access opens
 * a person the caller cannot yet see, and says so in the log. Only a person a health-care
 * organisation holds (a care relation, open or closed) may be opened: emergency access is health
 * care's (PDL), and a person only social services knows must not be revealed by it: the caller
 * gets the same 404 as for an unknown number (the log row names the person). */
export function findPersonForEmergencyAccess(db: Db, personalIdentityNumber: string) {
  return db
    .selectFrom('person as p')
    .select(['p.id', heldByHealthCare(sql.ref('p.id')).as('held_by_health_care')])
    .where('p.personal_identity_number', '=', personalIdentityNumber)
    .executeTakeFirst();
}

// A care relation opened at a unit: by registration (with its ground), or by another unit's
// act (admission to a bed, a hand-over of treatment responsibility), after which the receiving
// unit works with the person on its own ground. An open relation there already is kept.
export async function openCareRelationAt(
  trx: Db,
  values: {
    personId: string;
    unitId: string;
    organisationId: string;
    staffId: string;
    ground?: RegistrationGround;
  },
) {
  await trx
    .insertInto('care_relation')
    .values({
      person_id: values.personId,
      unit_id: values.unitId,
      organisation_id: values.organisationId,
      opened_by: values.staffId,
      ...(values.ground ? { registration_ground: values.ground } : {}),
    })
    .onConflict((oc) =>
      oc.columns(['person_id', 'unit_id']).where('closed_at', 'is', null).doNothing(),
    )
    .execute();
}

// carecircle: the persons a worklist names, as the caller may see them (invisible ones left out).
export function findVisiblePersonsByIds(db: Db, caller: Caller, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return selectPersons(db, caller)
    .where('p.id', 'in', [...new Set(personIds)])
    .execute();
}
