import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { isSteeringGroupMember } from './repositories/collaboration-body.repository.ts';

/**
 * The caller as governance sees them: their role and organisation, and whether they sit in a
 * county steering group (a member of a collaboration body of kind `county-steering-group`,
 * decision 0016-a). Steering-group members may act on governance matters across the county.
 */
export interface GovernanceActor {
  caller: Caller;
  steering: boolean;
}

export async function governanceActor(db: Db, caller: Caller): Promise<GovernanceActor> {
  return { caller, steering: await isSteeringGroupMember(db, caller.staffId) };
}
