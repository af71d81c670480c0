import { sql, type Insertable, type Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import { consentNamesOrganisation, referralGround } from '../../../access/policy.ts';
import type { Db } from '../../../db/database.ts';
import type { ReferralTable } from '../../../db/schema.ts';

export type ReferralRow = Selectable<ReferralTable> & {
  personal_identity_number: string;
  given_name: string;
  family_name: string;
  protected_identity: boolean;
  from_organisation_name: string;
  from_unit_name: string;
  to_organisation_name: string;
  to_unit_name: string;
  sent_by_name: string;
  answered_by_name: string | null;
  ground: 'own-organisation' | 'consent' | 'emergency';
};

const ground = (caller: Caller) =>
  referralGround(caller, {
    personId: sql.ref('rf.person_id'),
    fromOrganisationId: sql.ref('rf.from_organisation_id'),
    toOrganisationId: sql.ref('rf.to_organisation_id'),
    toUnitId: sql.ref('rf.to_unit_id'),
  });

export interface ReferralFilter {
  id?: string;
  personId?: string;
  /** incoming: to the caller's unit; outgoing: from it. */
  box?: 'incoming' | 'outgoing';
  open?: boolean;
}

/** Referrals the caller may see (access/policy.ts referralGround), newest first. */
export async function visibleReferrals(
  db: Db,
  caller: Caller,
  filter: ReferralFilter,
): Promise<ReferralRow[]> {
  const rows = await db
    .selectFrom('referral as rf')
    .innerJoin('person as p', 'p.id', 'rf.person_id')
    .innerJoin('organisation as fo', 'fo.id', 'rf.from_organisation_id')
    .innerJoin('unit as fu', 'fu.id', 'rf.from_unit_id')
    .innerJoin('organisation as tob', 'tob.id', 'rf.to_organisation_id')
    .innerJoin('unit as tu', 'tu.id', 'rf.to_unit_id')
    .innerJoin('staff as sb', 'sb.id', 'rf.sent_by')
    .leftJoin('staff as ab', 'ab.id', 'rf.answered_by')
    .selectAll('rf')
    .select([
      'p.personal_identity_number',
      'p.given_name',
      'p.family_name',
      'p.protected_identity',
      'fo.name as from_organisation_name',
      'fu.name as from_unit_name',
      'tob.name as to_organisation_name',
      'tu.name as to_unit_name',
      'sb.name as sent_by_name',
      'ab.name as answered_by_name',
      ground(caller).as('ground'),
    ])
    .$if(filter.id !== undefined, (q) => q.where('rf.id', '=', filter.id!))
    .$if(filter.personId !== undefined, (q) => q.where('rf.person_id', '=', filter.personId!))
    .$if(filter.box === 'incoming', (q) => q.where('rf.to_unit_id', '=', caller.unitId!))
    .$if(filter.box === 'outgoing', (q) => q.where('rf.from_unit_id', '=', caller.unitId!))
    .$if(filter.open === true, (q) => q.where('rf.answer', 'is', null))
    .where(sql<boolean>`${ground(caller)} is not null`)
    .orderBy('rf.sent_at', 'desc')
    .execute();
  return rows as ReferralRow[];
}

/** Whether a valid consent (information-sharing or sip) names the organisation as recipient. */
export async function consentCoversRecipient(db: Db, personId: string, organisationId: string) {
  const person = sql`${personId}::uuid`;
  const org = sql`${organisationId}::uuid`;
  const { ok } = await db
    .selectNoFrom(
      sql<boolean>`(${consentNamesOrganisation(person, org, 'information-sharing')}
        or ${consentNamesOrganisation(person, org, 'sip')})`.as('ok'),
    )
    .executeTakeFirstOrThrow();
  return ok;
}

export async function insertReferral(trx: Db, values: Insertable<ReferralTable>) {
  const { id } = await trx
    .insertInto('referral')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function saveAnswer(trx: Db, id: string, caller: Caller, answer: string) {
  await trx
    .updateTable('referral')
    .set({ answer, answered_by: caller.staffId, answered_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function lockReferral(trx: Db, id: string) {
  await trx.selectFrom('referral').select('id').where('id', '=', id).forUpdate().execute();
}

export async function findReferralPersonId(db: Db, id: string) {
  const row = await db
    .selectFrom('referral')
    .select('person_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.person_id ?? null;
}
