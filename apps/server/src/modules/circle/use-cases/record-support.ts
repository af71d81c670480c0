import type { CreateSupportBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { withRecord, type RecordKind } from '../../care-chain/with-record.ts';
import { requireOwnMember } from '../circle.policy.ts';
import {
  findMemberPersonId,
  insertSupport,
  lockMember,
  visibleMembers,
  type CircleMemberRow,
} from '../repositories/circle.repository.ts';
import { memberAsSeen } from './member.shared.ts';

const MEMBER: RecordKind<CircleMemberRow> = {
  detailKey: 'circleMemberId',
  findVisible: async (db, caller, id) => (await visibleMembers(db, caller, { id }))[0],
  lock: lockMember,
  personIdOf: findMemberPersonId,
  mayWrite: requireOwnMember,
};

/** Information, advice or support given to a relative: what, by whom, when. */
export function recordSupport(db: Db, caller: Caller, memberId: string, body: CreateSupportBody) {
  return withRecord(MEMBER, db, caller, memberId, 'circle.write', 'write', async (ctx) => {
    await insertSupport(ctx.trx, {
      member_id: memberId,
      kind: body.kind,
      given_on: body.givenOn,
      given_by: body.givenBy,
      description: body.description,
      recorded_by: caller.staffId,
    });
    return memberAsSeen(ctx.trx, caller, memberId);
  });
}
