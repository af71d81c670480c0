import type { CollaborationBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { loadBodies } from '../bodies.context.ts';
import { governanceActor } from '../steering-group.ts';

export async function listBodies(db: Db, caller: Caller): Promise<CollaborationBody[]> {
  return loadBodies(db, await governanceActor(db, caller));
}
