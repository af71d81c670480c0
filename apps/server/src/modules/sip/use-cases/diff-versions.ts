import { diffPlans, emptyPlan } from '@vardflata/domain';
import type { SipDiff } from '@vardflata/contracts';
import { notFound } from '../../../http/problem.ts';
import { namesInPlans, sipQuery } from '../sip.context.ts';
import { versionSummary, withText } from '../sip.presenter.ts';
import { findVersions } from '../repositories/sip-plan-version.repository.ts';

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
