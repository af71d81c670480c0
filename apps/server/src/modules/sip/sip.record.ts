import type { Participant, Sip } from '@vardflata/domain';
import { isFrozen } from './sip.policy.ts';
import type { ParticipantRow } from './repositories/sip-participant.repository.ts';
import type { SipRow } from './repositories/sip.repository.ts';

/** The SIP's rows as the domain's record, for the state machine and the rules of the domain. */

export function toDomainParticipant(p: ParticipantRow): Participant {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name ?? '',
    principal: p.principal,
    organisationId: p.organisation_id,
    unitId: p.unit_id,
    staffId: p.staff_id,
    role: p.role,
    invitation: p.invitation,
    invitedOn: p.invited_on,
    respondedOn: p.responded_on,
  };
}

export function toDomainSip(
  row: Pick<
    SipRow,
    | 'id'
    | 'person_id'
    | 'status'
    | 'sip_consent'
    | 'proposed_on'
    | 'proposal_source'
    | 'recorded_by'
    | 'recorded_by_name'
    | 'proposal_note'
    | 'first_meeting_on'
    | 'activated_on'
    | 'plan_version'
    | 'plan'
    | 'ending'
  >,
  participants: ParticipantRow[] = [],
): Sip {
  return {
    id: row.id,
    personId: row.person_id,
    status: row.status,
    frozen: isFrozen(row),
    proposal: {
      on: row.proposed_on,
      source: row.proposal_source,
      recordedBy: { staffId: row.recorded_by, name: row.recorded_by_name },
      note: row.proposal_note,
    },
    firstMeetingOn: row.first_meeting_on,
    activatedOn: row.activated_on,
    planVersion: row.plan_version,
    plan: row.plan,
    participants: participants.map(toDomainParticipant),
    ending: row.ending,
  };
}
