import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { withRecord, type RecordContext, type RecordKind } from '../care-chain/with-record.ts';
import { requireMayAnswer } from './referrals.policy.ts';
import {
  findReferralPersonId,
  lockReferral,
  visibleReferrals,
  type ReferralRow,
} from './repositories/referral.repository.ts';

export type ReferralContext = RecordContext<ReferralRow>;

const REFERRAL: RecordKind<ReferralRow> = {
  detailKey: 'referralId',
  findVisible: async (db, caller, id) => (await visibleReferrals(db, caller, { id }))[0],
  lock: lockReferral,
  personIdOf: findReferralPersonId,
  mayWrite: requireMayAnswer,
};

/** Check, lock, act and log in one transaction, on a referral the caller may see. */
export function withReferral<T>(
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: ReferralContext) => Promise<T>,
): Promise<T> {
  return withRecord(REFERRAL, db, caller, id, action, mode, work);
}
