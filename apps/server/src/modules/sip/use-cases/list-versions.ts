import { sipQuery } from '../sip.context.ts';
import { versionSummary } from '../sip.presenter.ts';
import { listVersions as versionsOf } from '../repositories/sip-plan-version.repository.ts';

/** The plan's saved versions (one version and a diff of two have their own use cases). */
export const listVersions = sipQuery('sip.versions', async ({ trx, row }) => {
  const versions = await versionsOf(trx, row.id);
  return versions.map((v, i) => versionSummary(v, i > 0 ? versions[i - 1]!.plan : null)).reverse();
});
