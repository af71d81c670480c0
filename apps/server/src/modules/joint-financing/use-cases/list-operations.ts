import type { JointOperation } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { governanceActor } from '../../collaboration-bodies/steering-group.ts';
import { mayManage, requireMayRead } from '../joint-financing.policy.ts';
import { toKeyVersion } from '../joint-financing.presenter.ts';
import * as keys from '../repositories/key.repository.ts';

/** The joint operations with every version of their cost-sharing key, newest first. */
export async function listJointOperations(db: Db, caller: Caller): Promise<JointOperation[]> {
  const actor = await governanceActor(db, caller);
  requireMayRead(actor);
  const operations = await keys.listOperations(db);
  const versions = await keys.listKeyVersions(
    db,
    operations.map((o) => o.id),
  );
  const municipalities = await keys.listKeyMunicipalities(
    db,
    versions.map((v) => v.id),
  );
  return operations.map((o) => ({
    id: o.id,
    name: o.name,
    description: o.description,
    keys: versions
      .filter((v) => v.operation_id === o.id)
      .map((v) => toKeyVersion(v, municipalities)),
    mayManage: mayManage(actor),
  }));
}
