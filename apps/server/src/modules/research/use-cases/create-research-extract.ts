import { ageBandOf } from '@vardflata/domain';
import type { ResearchExtract, ResearchExtractBody } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import { appendAccessLog } from '../../../audit/access-log.ts';
import type { Db } from '../../../db/database.ts';
import { pseudonym, QUASI_IDENTIFIERS } from '../research.policy.ts';
import {
  recordResearchExtract,
  researchKey,
  researchSource,
} from '../repositories/research.repository.ts';

/**
 * Takes out a pseudonymised extract: age generalised to bands, then a k-anonymity check — rows
 * whose combination of quasi-identifiers (sex, age band, principals) is shared by fewer than k
 * persons are withheld. The extract is recorded and logged in the same transaction.
 */
export async function createResearchExtract(
  db: Db,
  caller: Caller,
  body: ResearchExtractBody,
): Promise<ResearchExtract> {
  return db.transaction().execute(async (trx) => {
    const key = await researchKey(trx);
    const source = await researchSource(trx, body);
    const rows = source.map((r) => ({
      pseudonym: pseudonym(key, body.project, r.personId),
      sex: r.sex,
      ageBand: ageBandOf(r.dateOfBirth, body.to),
      principals: r.principals,
      auditScreenings: r.audit,
      duditScreenings: r.dudit,
      sips: r.sips,
    }));
    const classOf = (r: (typeof rows)[number]) => `${r.sex}|${r.ageBand}|${r.principals}`;
    const sizes = new Map<string, number>();
    for (const r of rows) sizes.set(classOf(r), (sizes.get(classOf(r)) ?? 0) + 1);
    const released = rows
      .filter((r) => sizes.get(classOf(r))! >= body.k)
      .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
    const withheld = rows.length - released.length;
    const id = await recordResearchExtract(trx, {
      project: body.project,
      requestedBy: caller.staffId,
      from: body.from,
      to: body.to,
      k: body.k,
      quasiIdentifiers: [...QUASI_IDENTIFIERS],
      released: released.length,
      withheld,
    });
    await appendAccessLog(trx, caller, [
      {
        personId: null,
        action: 'research.extract',
        ground: 'administration',
        outcome: 'allowed',
        detail: { extractId: id, project: body.project, released: released.length, withheld },
      },
    ]);
    return {
      id,
      project: body.project,
      from: body.from,
      to: body.to,
      k: body.k,
      quasiIdentifiers: [...QUASI_IDENTIFIERS],
      released: released.length,
      withheld,
      rows: released,
    };
  });
}
