import type { Agreement } from '@vardflata/contracts';
import { addDays } from '@vardflata/domain';
import { toIso } from '../../util/time.ts';
import type { GovernanceActor } from '../collaboration-bodies/steering-group.ts';
import { mayManage, REVIEW_REMINDER_DAYS } from './agreements.policy.ts';
import type { AgreementRecord } from './repositories/agreement.repository.ts';

export function toAgreement(actor: GovernanceActor, a: AgreementRecord, today: string): Agreement {
  const partyIds = a.parties.map((p) => p.id);
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    summary: a.summary,
    parties: a.parties.map((p) => ({ id: p.id, name: p.name })),
    validFrom: a.valid_from,
    validUntil: a.valid_until,
    reviewOn: a.review_on,
    reviewDue: a.review_on !== null && a.review_on <= addDays(today, REVIEW_REMINDER_DAYS),
    routines: a.routines
      .filter((r) => r.versions.length > 0)
      .map((r) => {
        const latest = r.versions[0]!;
        return {
          id: r.id,
          title: r.title,
          version: latest.version,
          body: latest.body,
          changedAt: toIso(latest.changed_at),
          changedBy: latest.by,
          versions: r.versions.map((v) => ({
            version: v.version,
            note: v.note,
            changedAt: toIso(v.changed_at),
            changedBy: v.by,
          })),
        };
      }),
    revisions: a.revisions.map((r) => ({
      id: r.id,
      revisedOn: r.revised_on,
      note: r.note,
      by: r.by,
    })),
    followUps: a.followUps.map((f) => ({ id: f.id, year: f.year })),
    mayManage: mayManage(actor, partyIds),
  };
}
