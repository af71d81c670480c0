import {
  allowedEvents,
  followUpTiming,
  missingForActivation,
  proposalToFirstMeeting,
  type Participant,
  type ProposalSource,
  type Sip,
  type SipEnding,
  type SipPlan,
  type SipStatus,
} from '@vardflata/domain';
import type {
  SipDetail,
  SipParticipantOut,
  SipSummary,
  sipFollowUp,
  sipMeeting,
} from '@vardflata/contracts';
import type { z } from 'zod';
import type { Caller } from '../../access/caller.ts';
import { can } from '../../access/permissions.ts';
import { toIso, toIsoOrNull } from '../../util/time.ts';
import type {
  MeetingRow,
  ParticipantRow,
  SipGroundName,
  SipRow,
  VersionRow,
} from './sip.repository.ts';

/** Statuses in which a lacking `sip` consent freezes the SIP (proposed: nothing shared yet). */
const FREEZABLE: readonly SipStatus[] = ['invited', 'meeting-held', 'active'];
export const OPEN: readonly SipStatus[] = ['proposed', 'invited', 'meeting-held', 'active'];

/**
 * Frozen is derived, never stored (docs/decisions/0006): an invited, met or active SIP without
 * a valid `sip` consent covering its organisation. Consent is read live, so revocation through
 * POST /api/consents/:id/revoke freezes the SIP on the very next request, expiry does too, and
 * a new consent lets it resume exactly where it stood.
 */
export function isFrozen(row: Pick<SipRow, 'status' | 'sip_consent'>): boolean {
  return FREEZABLE.includes(row.status) && !row.sip_consent;
}

/** Grounds that let the caller change the SIP; consent and emergency access only read. */
const WRITE_GROUNDS: ReadonlySet<SipGroundName> = new Set([
  'care-relation',
  'own-organisation',
  'sip',
]);

export function mayEdit(caller: Caller, ground: SipGroundName): boolean {
  return WRITE_GROUNDS.has(ground) && can(caller, 'sip:write');
}

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

export function toDomainSip(row: SipRow, participants: ParticipantRow[] = []): Sip {
  return {
    id: row.id,
    personId: row.person_id,
    status: row.status,
    frozen: isFrozen(row),
    proposal: {
      on: row.proposed_on,
      source: row.proposal_source as unknown as ProposalSource,
      recordedBy: { staffId: row.recorded_by, name: row.recorded_by_name },
      note: row.proposal_note,
    },
    firstMeetingOn: row.first_meeting_on,
    activatedOn: row.activated_on,
    planVersion: row.plan_version,
    plan: row.plan as unknown as SipPlan,
    participants: participants.map(toDomainParticipant),
    ending: row.ending as unknown as SipEnding | null,
  };
}

export function toSummary(caller: Caller, row: SipRow): SipSummary {
  const plan = row.plan as unknown as SipPlan;
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
  followUps: {
    id: string;
    held_on: string;
    plan_version: number;
    goals: Record<string, unknown>[];
    interventions: Record<string, unknown>[];
    decision: 'continue' | 'revise' | 'close';
    next_follow_up_on: string | null;
    note: string | null;
    recorded_at: Date;
    recorded_by: string;
    recorded_by_name: string;
  }[];
  currentVersion: VersionRow;
  consents: { valid_from: string; valid_until: string | null; revoked_at: Date | null }[];
  today: string;
}

/** Relatives take part only under consent and while the person does not object (F2). */
export function relativesMayTakePart(row: SipRow): boolean {
  return row.relatives_consent && !row.person_objects_to_relatives;
}

export function toParticipant(caller: Caller, row: SipRow, p: ParticipantRow): SipParticipantOut {
  const name = p.kind === 'person' ? (personName(caller, row) ?? 'Den enskilde') : (p.name ?? '');
  const mayTakePart =
    p.kind === 'relative'
      ? relativesMayTakePart(row)
      : ['staff', 'unit', 'private-provider'].includes(p.kind)
        ? p.organisation_covered
        : true;
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
    mayTakePart,
    addedAt: toIso(p.added_at),
  };
}

export function toMeeting(m: MeetingRow): z.infer<typeof sipMeeting> {
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

function toFollowUp(f: DetailParts['followUps'][number]): z.infer<typeof sipFollowUp> {
  return {
    id: f.id,
    heldOn: f.held_on,
    planVersion: f.plan_version,
    goals: f.goals as z.infer<typeof sipFollowUp>['goals'],
    interventions: f.interventions as z.infer<typeof sipFollowUp>['interventions'],
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
    const out: string[] = [];
    if (c.revoked_at) out.push(toIso(c.revoked_at));
    else if (c.valid_until && c.valid_until < parts.today)
      out.push(`${c.valid_until}T23:59:59.999Z`);
    return out;
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

export function toDetail(caller: Caller, parts: DetailParts): SipDetail {
  const { row, today } = parts;
  const sip = toDomainSip(row, parts.participants);
  const editable = mayEdit(caller, row.ground);
  const open = OPEN.includes(row.status);
  const actions = new Set<string>(
    allowedEvents(sip).filter((e) => e !== 'freeze' && e !== 'unfreeze'),
  );
  // The invitation route also (re)schedules meetings after the first invitation.
  if (open && !sip.frozen) actions.add('invite');
  const ending = sip.ending;
  return {
    ...toSummary(caller, row),
    mayEdit: editable,
    proposal: {
      on: row.proposed_on,
      source: {
        kind: sip.proposal.source.kind,
        principal: sip.proposal.source.kind === 'staff' ? sip.proposal.source.principal : null,
        organisationId:
          sip.proposal.source.kind === 'staff' ? sip.proposal.source.organisationId : null,
        unitId: sip.proposal.source.kind === 'staff' ? sip.proposal.source.unitId : null,
        staffId: sip.proposal.source.kind === 'staff' ? sip.proposal.source.staffId : null,
        name: (row.proposal_source as { name?: string | null }).name ?? null,
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
    allowedEvents: editable
      ? (
          [
            'invite',
            'record-meeting',
            'activate',
            'record-follow-up',
            'revise',
            'close',
            'refuse',
            'withdraw',
          ] as const
        ).filter((a) => actions.has(a))
      : [],
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
