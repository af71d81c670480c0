import type { SipVersionOut } from '@vardflata/contracts';
import { notFound } from '../../../http/problem.ts';
import { sipQuery } from '../sip.context.ts';
import { versionSummary } from '../sip.presenter.ts';
import { findVersions } from '../repositories/sip-plan-version.repository.ts';

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
