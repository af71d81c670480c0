import { diffPlans, emptyPlan } from '@vardflata/domain';
import type { SipDiff, SipVersionOut } from '@vardflata/contracts';
import { notFound } from '../../../http/problem.ts';
import { namesInPlans, sipQuery } from '../sip.context.ts';
import { versionSummary, withText } from '../sip.presenter.ts';
import {
  findVersions,
  listVersions as versionsOf,
} from '../repositories/sip-plan-version.repository.ts';

/** The plan's saved versions: the list, one version, what changed between two. */

export const listVersions = sipQuery('sip.versions', async ({ trx, row }) => {
  const versions = await versionsOf(trx, row.id);
  return versions.map((v, i) => versionSummary(v, i > 0 ? versions[i - 1]!.plan : null)).reverse();
});

export const getVersion = sipQuery(
  'sip.version.read',
  async ({ trx, row }, version: number): Promise<SipVersionOut> => {
    const found = await findVersions(trx, row.id, [version, version - 1]);
    const v = found.find((x) => x.version === version);
    if (!v) throw notFound();
    const previous = found.find((x) => x.version === version - 1);
    return { ...versionSummary(v, previous?.plan ?? null), plan: v.plan };
  },
);

/** What changed from version `against` (default: the one before) to `version`, readably. */
export const diffVersions = sipQuery(
  'sip.diff',
  async ({ trx, row }, version: number, against: number | undefined): Promise<SipDiff> => {
    const sipId = row.id;
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
  },
);
