import type { PublicLanguage } from '@vardflata/domain';
import type { Db } from '../../../db/database.ts';

export async function listServices(db: Db, id?: string) {
  let q = db
    .selectFrom('public_service as s')
    .innerJoin('organisation as o', 'o.id', 's.organisation_id')
    .selectAll('s')
    .select(['o.name as organisation_name', 'o.kind as organisation_kind'])
    .orderBy('s.position')
    .orderBy('s.id');
  if (id) q = q.where('s.id', '=', id);
  const services = await q.execute();
  if (services.length === 0) return [];
  const ids = services.map((s) => s.id);
  const [texts, links] = await Promise.all([
    db.selectFrom('public_service_text').selectAll().where('service_id', 'in', ids).execute(),
    db
      .selectFrom('public_service_link')
      .selectAll()
      .where((eb) => eb.or([eb('service_id', 'in', ids), eb('linked_service_id', 'in', ids)]))
      .execute(),
  ]);
  return services.map((s) => ({
    ...s,
    texts: texts.filter((t) => t.service_id === s.id),
    linked: [
      ...new Set(
        links.flatMap((l) =>
          l.service_id === s.id
            ? [l.linked_service_id]
            : l.linked_service_id === s.id
              ? [l.service_id]
              : [],
        ),
      ),
    ],
  }));
}
export type ServiceRecord = Awaited<ReturnType<typeof listServices>>[number];

export async function upsertText(
  trx: Db,
  values: {
    serviceId: string;
    lang: PublicLanguage;
    name: string;
    description: string;
    howTo: string;
    openingHours: string;
    by: string | null;
  },
): Promise<void> {
  const row = {
    name: values.name,
    description: values.description,
    how_to: values.howTo,
    opening_hours: values.openingHours,
    updated_by: values.by,
    updated_at: new Date(),
  };
  await trx
    .insertInto('public_service_text')
    .values({ service_id: values.serviceId, lang: values.lang, ...row })
    .onConflict((oc) => oc.columns(['service_id', 'lang']).doUpdateSet(row))
    .execute();
}

export async function insertService(
  trx: Db,
  values: {
    organisationId: string;
    category: ServiceRecord['category'];
    phone: string;
    address: string;
    url: string;
    position: number;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('public_service')
    .values({
      organisation_id: values.organisationId,
      category: values.category,
      phone: values.phone,
      address: values.address,
      url: values.url,
      position: values.position,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function linkServices(trx: Db, a: string, b: string): Promise<void> {
  await trx
    .insertInto('public_service_link')
    .values({ service_id: a, linked_service_id: b })
    .execute();
}
