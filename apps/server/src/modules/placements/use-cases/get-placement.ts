import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withPlacement } from '../placements.context.ts';

/** One placement (a logged read). */
export const getPlacement = (db: Db, caller: Caller, id: string) =>
  withPlacement(db, caller, id, 'placement.read', 'placement:read', async () => ({}));
