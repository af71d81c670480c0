import type { AccessAction } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import type { Db } from '../../db/database.ts';
import { withRecord, type RecordContext, type RecordKind } from '../care-chain/with-record.ts';
import { requireMayEdit } from './contacts.policy.ts';
import {
  findContactPersonId,
  lockContact,
  visibleContacts,
  type ContactRow,
} from './repositories/contact.repository.ts';

export type ContactContext = RecordContext<ContactRow>;

const CONTACT: RecordKind<ContactRow> = {
  detailKey: 'contactId',
  findVisible: async (db, caller, id) => (await visibleContacts(db, caller, { id }))[0],
  lock: lockContact,
  personIdOf: findContactPersonId,
  mayWrite: requireMayEdit,
};

/** Check, lock, act and log in one transaction, on a contact the caller may see. */
export function withContact<T>(
  db: Db,
  caller: Caller,
  id: string,
  action: AccessAction,
  work: (ctx: ContactContext) => Promise<T>,
): Promise<T> {
  return withRecord(CONTACT, db, caller, id, action, 'write', work);
}

/** Reads the contact again after a write, as the caller now sees it. */
export async function reload(ctx: ContactContext): Promise<ContactRow> {
  const [row] = await visibleContacts(ctx.trx, ctx.caller, { id: ctx.row.id });
  return row!;
}
