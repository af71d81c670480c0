import type { FollowUp } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withFollowUp } from '../follow-ups.context.ts';

export const getFollowUp = (db: Db, caller: Caller, id: string) =>
  withFollowUp(db, caller, id, 'read') as Promise<FollowUp>;
