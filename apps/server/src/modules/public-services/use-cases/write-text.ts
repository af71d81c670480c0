import type { PublicServiceEntry, PublicServiceTextBody } from '@vardflata/contracts';
import type { PublicLanguage } from '@vardflata/domain';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { requireMayEditService } from '../public-services.policy.ts';
import { toEntry } from '../public-services.presenter.ts';
import * as services from '../repositories/public-service.repository.ts';

/** Writes (or rewrites) a service's text in one language. */
export async function writeText(
  db: Db,
  caller: Caller,
  id: string,
  lang: PublicLanguage,
  body: PublicServiceTextBody,
): Promise<PublicServiceEntry> {
  return db.transaction().execute(async (trx) => {
    const [service] = await services.listServices(trx, id);
    if (!service) throw notFound();
    requireMayEditService(caller, service.organisation_id);
    await services.upsertText(trx, { serviceId: id, lang, ...body, by: caller.staffId });
    return toEntry(caller, (await services.listServices(trx, id))[0]!);
  });
}
