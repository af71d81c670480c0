import type { PublicServiceEntry } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { toEntry } from '../public-services.presenter.ts';
import * as services from '../repositories/public-service.repository.ts';

/** The entries as staff edit them, every language. */
export async function listEntries(db: Db, caller: Caller): Promise<PublicServiceEntry[]> {
  return (await services.listServices(db)).map((s) => toEntry(caller, s));
}
