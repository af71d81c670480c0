import { diffPlans, emptyPlan } from '@vardflata/domain';
import type { SipDiff, SipVersionOut, SipVersionSummary } from '@vardflata/contracts';
import type { Caller } from '../../../access/caller.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import { namesInPlans, withSip } from '../sip.context.ts';
import { versionSummary, withText } from '../sip.presenter.ts';
import {
  findVersions,
  listVersions as versionsOf,
} from '../repositories/sip-plan-version.repository.ts';

/** The plan's saved versions: the list, one version, what changed between two. */

export function listVersions(db: Db, caller: Caller, sipId: string): Promise<SipVersionSummary[]> {
  return withSip(db, caller, sipId, 'sip.versions', 'read', async ({ trx }) => {
    const versions = await versionsOf(trx, sipId);
    return versions
      .map((v, i) => versionSummary(v, i > 0 ? versions[i - 1]!.plan : null))
      .reverse();
  });
}

export function getVersion(
  db: Db,
  caller: Caller,
  sipId: string,
  version: number,
): Promise<SipVersionOut> {
  return withSip(db, caller, sipId, 'sip.version.read', 'read', async ({ trx }) => {
    const found = await findVersions(trx, sipId, [version, version - 1]);
    const v = found.find((x) => x.version === version);
    if (!v) throw notFound();
    const previous = found.find((x) => x.version === version - 1);
    return { ...versionSummary(v, previous?.plan ?? null), plan: v.plan };
  });
}

/** What changed from version `against` (default: the one before) to `version`, readably. */
export function diffVersions(
  db: Db,
  caller: Caller,
  sipId: string,
  version: number,
  against: number | undefined,
): Promise<SipDiff> {
  return withSip(db, caller, sipId, 'sip.diff', 'read', async ({ trx }) => {
    const fromNumber = against ?? version - 1;
    const found = await findVersions(trx, sipId, [
      version,
      version - 1,
      fromNumber,
      fromNumber - 1,
    ]);
    const at = (v: number) => found.find((x) => x.version === v);
    const to = at(version);
    const from = fromNumber >= 1 ? at(fromNumber) : undefined;
    if (!to || (fromNumber >= 1 && !from)) throw notFound();
    const names = await namesInPlans(trx, from?.plan, to.plan);
    return {
      sipId,
      from: from ? versionSummary(from, at(fromNumber - 1)?.plan ?? null) : null,
      to: versionSummary(to, at(version - 1)?.plan ?? null),
      changes: withText(diffPlans(from?.plan ?? emptyPlan(), to.plan), names),
    };
  });
}
