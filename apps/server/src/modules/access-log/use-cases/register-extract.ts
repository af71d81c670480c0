import type { RegisterExtract } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { requirePermission } from '../../../access/permissions.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { requireVisiblePerson } from '../../persons/persons.service.ts';
import { groupExtract } from '../access-log.presenter.ts';
import { countAccessesByDay } from '../repositories/extract.repository.ts';

/**
 * The register extract (registerutdrag, PDL 4 kap 3 §) to hand to the person: when, and by
 * which unit, the caller's organisation accessed their data, in words. Producing it is logged.
 */
export async function getRegisterExtract(
  db: Db,
  caller: Caller,
  personId: string,
  query: { from?: string | undefined; to?: string | undefined },
  format: 'json' | 'pdf',
): Promise<RegisterExtract> {
  requirePermission(caller, 'person:read');
  const person = await requireVisiblePerson(db, caller, personId, 'person.access-extract');
  return db.transaction().execute(async (trx) => {
    const counts = await countAccessesByDay(trx, caller, personId, query);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'person.access-extract',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { format },
      },
    ]);
    const hidden = person.protected_identity && !caller.mayViewProtectedIdentity;
    return {
      person: {
        personalIdentityNumber: person.personal_identity_number,
        name: hidden ? null : `${person.given_name} ${person.family_name}`,
      },
      organisationName: caller.organisationName ?? '',
      from: query.from ?? null,
      to: query.to ?? null,
      generatedOn: todayInStockholm(),
      days: groupExtract(counts),
    };
  });
}
