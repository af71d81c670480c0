import type { ContactRecord, UpdateContactBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { reload, withContact } from '../contacts.context.ts';
import { requireDayFits, requireStatusChange } from '../contacts.policy.ts';
import { toContact } from '../contacts.presenter.ts';
import { updateContact } from '../repositories/contact.repository.ts';

/**
 * Corrects or cancels a contact (decision 0020-c): its day, kind, note or status, by the unit
 * that had it. Logged as a cancellation when the change cancels it, else as a correction.
 */
export function changeContact(
  db: Db,
  caller: Caller,
  id: string,
  body: UpdateContactBody,
): Promise<ContactRecord> {
  const action = body.status === 'cancelled' ? 'contact.cancel' : 'contact.update';
  return withContact(db, caller, id, action, async (ctx) => {
    const status = body.status ?? ctx.row.status;
    const date = body.date ?? ctx.row.contact_on;
    requireStatusChange(ctx.row, status);
    requireDayFits(status, date, ctx.today);
    await updateContact(ctx.trx, id, {
      contact_on: date,
      kind: body.kind ?? ctx.row.kind,
      status,
      note: body.note === undefined ? ctx.row.note : body.note || null,
      changed_by: caller.staffId,
    });
    return toContact(caller, await reload(ctx), ctx.today);
  });
}
