import type { ContactRecord } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { listLogEntries } from '../../care-chain/with-record.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { toContact } from '../contacts.presenter.ts';
import { visibleContacts } from '../repositories/contact.repository.ts';

/** The person's contacts the caller may see; one log row per ground they were seen on. */
export async function listContacts(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<ContactRecord[]> {
  requirePermission(caller, 'care-chain:read');
  const person = await requireVisiblePerson(db, caller, personId, 'contact.list');
  const today = todayInStockholm();
  return db.transaction().execute(async (trx) => {
    const rows = await visibleContacts(trx, caller, { personId });
    await appendAccessLog(
      trx,
      caller,
      listLogEntries(
        personId,
        'contact.list',
        rows.map((r) => r.ground),
        person.ground ?? 'none',
      ),
    );
    return rows.map((r) => toContact(caller, r, today));
  });
}
