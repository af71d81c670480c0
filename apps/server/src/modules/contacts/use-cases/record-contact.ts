import type { ContactRecord, CreateContactBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { HttpProblem } from '../../../http/problem.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { requireCareRelation, requireDayFits } from '../contacts.policy.ts';
import { toContact } from '../contacts.presenter.ts';
import { insertContact, visibleContacts } from '../repositories/contact.repository.ts';

/** Records a contact of the caller's unit with the person (decision 0020-c). */
export async function recordContact(
  db: Db,
  caller: Caller,
  personId: string,
  body: CreateContactBody,
): Promise<ContactRecord> {
  requirePermission(caller, 'care-chain:write');
  const person = await requireVisiblePerson(db, caller, personId, 'contact.create');
  const today = todayInStockholm();
  try {
    requireCareRelation(person.ground);
    requireDayFits(body.status, body.date, today);
  } catch (error) {
    if (error instanceof HttpProblem) {
      await logDenied(db, caller, {
        personId,
        action: 'contact.create',
        ground: person.ground ?? 'none',
        detail: { status: error.status },
      });
    }
    throw error;
  }
  return db.transaction().execute(async (trx) => {
    const id = await insertContact(trx, {
      person_id: personId,
      organisation_id: caller.organisationId!,
      unit_id: caller.unitId!,
      contact_on: body.date,
      kind: body.kind,
      status: body.status,
      note: body.note || null,
      recorded_by: caller.staffId,
    });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'contact.create',
        ground: 'care-relation',
        outcome: 'allowed',
        detail: { contactId: id },
      },
    ]);
    const [row] = await visibleContacts(trx, caller, { id });
    return toContact(caller, row!, today);
  });
}
