import {
  allowedEvents,
  diffPlans,
  emptyPlan,
  followUpTiming,
  missingForActivation,
  proposalToFirstMeeting,
  type PlanChange,
  type SipPlan,
} from '@vardflata/domain';
import type {
  SipDetail,
  SipFollowUpOut,
  SipMeetingOut,
  SipParticipantOut,
  SipPlanChangeOut,
  SipSummary,
  SipVersionSummary,
} from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import type { SipConsentRow } from '../consents/consents.repository.ts';
import {
  invitationToAnswer,
  isFrozen,
  isOpen,
  mayEdit,
  participantMayTakePart,
  relativesMayTakePart,
} from './sip.policy.ts';
import { toDomainSip } from './sip.record.ts';
import { changeText } from './sip.text.ts';
import type { FollowUpRow } from './repositories/sip-follow-up.repository.ts';
import type { MeetingRow } from './repositories/sip-meeting.repository.ts';
import type { ParticipantRow } from './repositories/sip-participant.repository.ts';
import type { VersionRow } from './repositories/sip-plan-version.repository.ts';
import type { SipRow } from './repositories/sip.repository.ts';

/** The SIP's rows as the API answers them: no decisions here, those are the policy's. */

export function personOf(caller: Caller, row: SipRow) {
  const hidden = row.protected_identity && !caller.mayViewProtectedIdentity;
  return {
    id: row.person_id,
    personalIdentityNumber: row.personal_identity_number,
    givenName: hidden ? null : row.given_name,
    familyName: hidden ? null : row.family_name,
    protectedIdentity: row.protected_identity,
  };
}

/** The person's name as the caller may see it, for letters and texts. */
export function personName(caller: Caller, row: SipRow): string | null {
  const p = personOf(caller, row);
  return p.givenName === null ? null : `${p.givenName} ${p.familyName}`;
}

export function toSummary(caller: Caller, row: SipRow): SipSummary {
  const plan = row.plan;
  return {
    id: row.id,
    personId: row.person_id,
    person: personOf(caller, row),
    status: row.status,
    frozen: isFrozen(row),
    ground: row.ground,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    unit: { id: row.unit_id, name: row.unit_name },
    proposedOn: row.proposed_on,
    firstMeetingOn: row.first_meeting_on,
    activatedOn: row.activated_on,
    nextFollowUpOn: plan.nextFollowUpOn,
    coordinator: plan.coordinator
      ? { staffId: plan.coordinator.staffId, name: row.coordinator_name ?? plan.coordinator.name }
      : null,
    planVersion: row.plan_version,
    lastActivityAt: toIso(row.last_activity_at),
  };
}

export interface DetailParts {
  row: SipRow;
  participants: ParticipantRow[];
  meetings: MeetingRow[];
  followUps: FollowUpRow[];
  currentVersion: VersionRow;
  consents: Pick<SipConsentRow, 'valid_from' | 'valid_until' | 'revoked_at'>[];
  today: string;
}

export function toParticipant(caller: Caller, row: SipRow, p: ParticipantRow): SipParticipantOut {
  const name = p.kind === 'person' ? (personName(caller, row) ?? 'Den enskilde') : (p.name ?? '');
  return {
    id: p.id,
    kind: p.kind,
    name,
    principal: p.principal,
    organisationId: p.organisation_id,
    organisationName: p.organisation_name,
    unitId: p.unit_id,
    unitName: p.unit_name,
    staffId: p.staff_id,
    role: p.role,
    invitation: p.invitation,
    invitedOn: p.invited_on,
    respondedOn: p.responded_on,
    responseNote: p.response_note,
    mayTakePart: participantMayTakePart(row, p),
    addedAt: toIso(p.added_at),
  };
}

export function toMeeting(m: MeetingRow): SipMeetingOut {
  return {
    id: m.id,
    purpose: m.purpose,
    startsAt: toIsoOrNull(m.starts_at),
    durationMinutes: m.duration_minutes,
    place: m.place,
    videoLink: m.video_link,
    status: m.status,
    heldOn: m.held_on,
    notes: m.notes,
    attendedParticipantIds: m.attended_participant_ids,
    message: m.message,
    createdAt: toIso(m.created_at),
  };
}

function toFollowUp(f: FollowUpRow): SipFollowUpOut {
  return {
    id: f.id,
    heldOn: f.held_on,
    planVersion: f.plan_version,
    goals: f.goals,
    interventions: f.interventions,
    decision: f.decision,
    nextFollowUpOn: f.next_follow_up_on,
    note: f.note,
    recordedAt: toIso(f.recorded_at),
    recordedBy: { staffId: f.recorded_by, name: f.recorded_by_name },
  };
}

/** When the SIP froze: the last revocation or end of a covering consent. */
function frozenSince(parts: DetailParts): string | null {
  if (!isFrozen(parts.row)) return null;
  const ends = parts.consents.flatMap((c) => {
    if (c.revoked_at) return [toIso(c.revoked_at)];
    if (c.valid_until && c.valid_until < parts.today) return [`${c.valid_until}T23:59:59.999Z`];
    return [];
  });
  return ends.sort().at(-1) ?? null;
}

/** The latest end date of the valid covering consents; null when one runs until further notice. */
function sipConsentValidUntil(parts: DetailParts): string | null {
  const valid = parts.consents.filter(
    (c) =>
      c.revoked_at === null &&
      c.valid_from <= parts.today &&
      (c.valid_until === null || c.valid_until >= parts.today),
  );
  if (valid.length === 0 || valid.some((c) => c.valid_until === null)) return null;
  return valid
    .map((c) => c.valid_until!)
    .sort()
    .at(-1)!;
}

/** The events a caller triggers, in the order the contract lists them. */
const ACTIONS = [
  'invite',
  'record-meeting',
  'activate',
  'record-follow-up',
  'revise',
  'close',
  'refuse',
  'withdraw',
] as const;

export function toDetail(caller: Caller, parts: DetailParts): SipDetail {
  const { row, today } = parts;
  const sip = toDomainSip(row, parts.participants);
  const editable = mayEdit(caller, row.ground);
  const open = isOpen(row);
  const actions = new Set<string>(allowedEvents(sip));
  // The invitation route also (re)schedules meetings after the first invitation.
  if (open && !sip.frozen) actions.add('invite');
  const source = row.proposal_source;
  const ending = sip.ending;
  const scheduled = parts.meetings.filter((m) => m.status === 'scheduled').at(-1) ?? null;
  const yours = editable && open && !sip.frozen;
  const invitation = yours ? invitationToAnswer(caller, parts.participants, scheduled) : null;
  return {
    ...toSummary(caller, row),
    mayEdit: editable,
    proposal: {
      on: row.proposed_on,
      source: {
        kind: source.kind,
        principal: source.kind === 'staff' ? source.principal : null,
        organisationId: source.kind === 'staff' ? source.organisationId : null,
        unitId: source.kind === 'staff' ? source.unitId : null,
        staffId: source.kind === 'staff' ? source.staffId : null,
        name: source.name ?? null,
      },
      recordedBy: { staffId: row.recorded_by, name: row.recorded_by_name },
      note: row.proposal_note,
    },
    ending: ending
      ? {
          kind: ending.kind,
          on: ending.on,
          outcome: ending.kind === 'closed' ? ending.outcome : null,
          reason: ending.kind === 'closed' ? null : ending.reason,
          note: ending.kind === 'closed' ? (ending.note ?? null) : null,
        }
      : null,
    plan: sip.plan,
    version: row.plan_version,
    planSavedAt: toIso(parts.currentVersion.saved_at),
    planSavedBy: {
      staffId: parts.currentVersion.saved_by,
      name: parts.currentVersion.saved_by_name,
    },
    participants: parts.participants.map((p) => toParticipant(caller, row, p)),
    meetings: parts.meetings.map(toMeeting),
    followUps: parts.followUps.map(toFollowUp),
    yourInvitation: invitation
      ? { participantId: invitation.participantId, answersFor: invitation.answersFor }
      : null,
    allowedEvents: editable ? ACTIONS.filter((a) => actions.has(a)) : [],
    missing: open
      ? missingForActivation(sip.plan, { hasValidSipConsent: row.sip_consent, today })
      : [],
    timing: {
      proposalToFirstMeeting: proposalToFirstMeeting(sip, today),
      followUp: followUpTiming(sip, today),
    },
    consent: {
      sip: row.sip_consent,
      sipValidUntil: row.sip_consent ? sipConsentValidUntil(parts) : null,
      frozenSince: frozenSince(parts),
      relativesParticipation: row.relatives_consent,
      personObjectsToRelatives: row.person_objects_to_relatives,
      relativesMayTakePart: relativesMayTakePart(row),
    },
  };
}

/** A saved version: who, when, and what changed since the one before. */
export function versionSummary(v: VersionRow, previous: SipPlan | null): SipVersionSummary {
  const changes = diffPlans(previous ?? emptyPlan(), v.plan);
  return {
    version: v.version,
    savedAt: toIso(v.saved_at),
    savedBy: { staffId: v.saved_by, name: v.saved_by_name },
    unitName: v.unit_name,
    organisationName: v.organisation_name,
    changeKind: v.change_kind,
    basedOn: v.based_on,
    changed: [...new Set(changes.map((c) => c.label.sv))],
    changeCount: changes.length,
  };
}

/** Plan changes with a readable Swedish sentence each; `names` turns ids into names. */
export const withText = (changes: PlanChange[], names: Map<string, string>): SipPlanChangeOut[] =>
  changes.map((c) => ({ ...c, text: changeText(c, names) }));
