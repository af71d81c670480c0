import type { Selectable } from 'kysely';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import type { SipPlanVersionTable } from '../../../db/schema.ts';

/** The `sip_plan_version` table: every saved version of a plan, never changed afterwards. */

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
export type VersionRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof selectVersions>['executeTakeFirst']>>
>;

export function listVersions(db: Db, sipId: string): Promise<VersionRow[]> {
  return selectVersions(db, sipId).orderBy('v.version').execute();
}

export function findVersion(
  db: Db,
  sipId: string,
  version: number,
): Promise<VersionRow | undefined> {
  return selectVersions(db, sipId).where('v.version', '=', version).executeTakeFirst();
}

/** Several versions of one SIP at once (a version, the one it is compared with, their parents). */
export function findVersions(db: Db, sipId: string, versions: number[]): Promise<VersionRow[]> {
  const wanted = [...new Set(versions.filter((v) => v >= 1))];
  if (wanted.length === 0) return Promise.resolve([]);
  return selectVersions(db, sipId).where('v.version', 'in', wanted).execute();
}

export async function insertVersion(
  trx: Db,
  caller: Caller,
  version: Pick<
    Selectable<SipPlanVersionTable>,
    'sip_id' | 'version' | 'plan' | 'change_kind' | 'based_on'
  >,
): Promise<void> {
  await trx
    .insertInto('sip_plan_version')
    .values({
      ...version,
      plan: JSON.stringify(version.plan),
      saved_by: caller.staffId,
      saved_unit_id: caller.unitId,
      saved_organisation_id: caller.organisationId,
    })
    .execute();
}
