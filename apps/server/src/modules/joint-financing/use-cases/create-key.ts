import type { CreateCostKeyBody, JointOperation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { badRequest, notFound } from '../../../http/problem.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { toHundredths } from '../joint-financing.allocation.ts';
import { logAdministration } from '../joint-financing.log.ts';
import { keyErrors, requireMayManage } from '../joint-financing.policy.ts';
import * as keys from '../repositories/key.repository.ts';
import { listJointOperations } from './list-operations.ts';

const dayBefore = (date: string) =>
  new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);

/**
 * A new version of an operation's cost-sharing key. It starts after the latest version did,
 * and the latest version then ends the day before (versions never overlap); shares must make
 * exactly 100 % (400 naming the field otherwise).
 */
export async function createCostKey(
  db: Db,
  caller: Caller,
  operationId: string,
  body: CreateCostKeyBody,
): Promise<JointOperation> {
  requireMayManage(await governanceActor(db, caller));
  if (!(await keys.findOperation(db, operationId))) throw notFound();
  const kinds = await keys.findOrganisationKinds(db, [
    body.regionId,
    ...body.municipalities.map((m) => m.organisationId),
  ]);
  const errors = keyErrors(body, (id) => kinds.find((k) => k.id === id)?.kind);
  if (errors.length > 0) throw badRequest(errors);
  await db.transaction().execute(async (trx) => {
    await keys.lockOperation(trx, operationId);
    const latest = (await keys.listKeyVersions(trx, [operationId]))[0];
    if (latest && body.validFrom <= latest.valid_from)
      throw badRequest([
        {
          path: 'validFrom',
          message: `must be after ${latest.valid_from}, when version ${latest.version} started`,
        },
      ]);
    if (latest && (latest.valid_until === null || latest.valid_until >= body.validFrom))
      await keys.endKeyVersion(trx, latest.id, dayBefore(body.validFrom));
    const version = (latest?.version ?? 0) + 1;
    const id = await keys.insertKeyVersion(trx, {
      operationId,
      version,
      validFrom: body.validFrom,
      validUntil: body.validUntil ?? null,
      regionId: body.regionId,
      regionShare: toHundredths(body.regionPercent),
      municipalShare: toHundredths(body.municipalPercent),
      basis: body.municipalBasis,
      populationYear: body.municipalBasis === 'population' ? body.populationYear! : null,
      note: body.note,
      by: caller.staffId,
      municipalities: body.municipalities.map((m) => ({
        organisationId: m.organisationId,
        share: body.municipalBasis === 'fixed' ? toHundredths(m.percent!) : null,
      })),
    });
    await logAdministration(trx, caller, 'joint-financing.key-create', {
      operationId,
      keyVersionId: id,
      version,
    });
  });
  return (await listJointOperations(db, caller)).find((o) => o.id === operationId)!;
}
