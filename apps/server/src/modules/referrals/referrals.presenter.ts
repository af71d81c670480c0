import type { Referral } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import { mayAnswer } from './referrals.policy.ts';
import type { ReferralRow } from './repositories/referral.repository.ts';

export function toReferral(caller: Caller, row: ReferralRow, today: string): Referral {
  const hidden = row.protected_identity && !caller.mayViewProtectedIdentity;
  return {
    id: row.id,
    personId: row.person_id,
    person: {
      personalIdentityNumber: row.personal_identity_number,
      givenName: hidden ? null : row.given_name,
      familyName: hidden ? null : row.family_name,
      protectedIdentity: row.protected_identity,
    },
    kind: row.kind,
    from: {
      organisationId: row.from_organisation_id,
      organisationName: row.from_organisation_name,
      unitId: row.from_unit_id,
      unitName: row.from_unit_name,
    },
    to: {
      organisationId: row.to_organisation_id,
      organisationName: row.to_organisation_name,
      unitId: row.to_unit_id,
      unitName: row.to_unit_name,
    },
    sentAt: toIso(row.sent_at),
    sentByName: row.sent_by_name,
    question: row.question,
    dueOn: row.due_on,
    status: row.answer === null ? 'sent' : 'answered',
    overdue: row.answer === null && row.due_on < today,
    answer: row.answer,
    answeredAt: toIsoOrNull(row.answered_at),
    answeredByName: row.answered_by_name,
    mayAnswer: mayAnswer(caller, row),
  };
}
