import type { CollaborationBodyKind } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';

/** Whether the staff member sits in a county steering group (decision 0016-a). */
export async function isSteeringGroupMember(db: Db, staffId: string): Promise<boolean> {
  const row = await db
    .selectFrom('collaboration_body_member as m')
    .innerJoin('collaboration_body as b', 'b.id', 'm.body_id')
    .select('m.id')
    .where('m.staff_id', '=', staffId)
    .where('b.kind', '=', 'county-steering-group')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The staff accounts among the members of the bodies of a kind (or of one body). */
export async function memberStaffIds(
  db: Db,
  filter: { kind?: CollaborationBodyKind; bodyId?: string },
): Promise<string[]> {
  let query = db
    .selectFrom('collaboration_body_member as m')
    .innerJoin('collaboration_body as b', 'b.id', 'm.body_id')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select('m.staff_id')
    .where('s.disabled_at', 'is', null);
  if (filter.kind) query = query.where('b.kind', '=', filter.kind);
  if (filter.bodyId) query = query.where('b.id', '=', filter.bodyId);
  const rows = await query.distinct().execute();
  return rows.map((r) => r.staff_id!);
}

/** The first body of a kind by name (the demo county has one of each). */
export function firstBodyOfKind(db: Db, kind: CollaborationBodyKind) {
  return db
    .selectFrom('collaboration_body')
    .select(['id', 'name', 'kind'])
    .where('kind', '=', kind)
    .orderBy('name')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function insertBody(
  db: Db,
  values: { name: string; kind: CollaborationBodyKind; description?: string },
): Promise<string> {
  const { id } = await db
    .insertInto('collaboration_body')
    .values({ name: values.name, kind: values.kind, description: values.description ?? '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertMember(
  db: Db,
  values: {
    bodyId: string;
    staffId: string | null;
    name: string;
    organisationId: string | null;
    represents?: 'principal' | 'user-organisation' | 'relative-organisation';
  },
): Promise<string> {
  const { id } = await db
    .insertInto('collaboration_body_member')
    .values({
      body_id: values.bodyId,
      staff_id: values.staffId,
      name: values.name,
      organisation_id: values.organisationId,
      represents: values.represents ?? 'principal',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
