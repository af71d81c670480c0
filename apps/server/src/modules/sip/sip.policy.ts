import { FREEZABLE_STATUSES, isOpenStatus, type SipStatus } from '@vardflata/domain';
import type { Caller } from '../../access/caller.ts';
import { can } from '../../access/permissions.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import { endedProblem, frozenProblem, SipProblem } from './sip.problems.ts';
import type { MeetingRow } from './repositories/sip-meeting.repository.ts';
import type { ParticipantRow } from './repositories/sip-participant.repository.ts';
import type { SipGroundName, SipRow } from './repositories/sip.repository.ts';

/**
 * Every write decision of the SIP module, in one place (as Outline keeps its policies apart
 * from the commands): who may change a SIP, answer an invitation, remove a participant; when
 * a SIP is open or frozen; who may take part. Who may *see* a SIP is the access policy's
 * (access/policy.ts, in SQL); these rules run on what it let through.
 */

/**
 * Frozen is derived, never stored (docs/decisions/0006): an invited, met or active SIP without
 * a valid `sip` consent covering its organisation. Consent is read live, so revocation freezes
 * the SIP on the very next request, expiry does too, and a new consent lets it resume exactly
 * where it stood.
 */
export function isFrozen(sip: { status: SipStatus; sip_consent: boolean }): boolean {
  return FREEZABLE_STATUSES.includes(sip.status) && !sip.sip_consent;
}

export const isOpen = (sip: { status: SipStatus }): boolean => isOpenStatus(sip.status);

/** Grounds that let the caller change the SIP; consent and emergency access only read. */
const WRITE_GROUNDS: ReadonlySet<SipGroundName> = new Set([
  'care-relation',
  'own-organisation',
  'sip',
]);

export function mayEdit(caller: Caller, ground: SipGroundName): boolean {
  return WRITE_GROUNDS.has(ground) && can(caller, 'sip:write');
}

export function requireMayEdit(caller: Caller, row: SipRow): void {
  if (!mayEdit(caller, row.ground)) {
    throw forbidden(
      'You see this SIP read-only (through an information-sharing consent or emergency ' +
        'access); participants and the own organisation change it.',
    );
  }
}

/** An ended SIP (closed, refused, withdrawn) takes no more changes. */
export function requireOpen(row: SipRow): void {
  if (!isOpen(row)) throw endedProblem(row.status);
}

/** A frozen SIP may only be ended (the state machine says so for its own events too). */
export function requireNotFrozen(row: SipRow): void {
  if (isFrozen(row)) throw frozenProblem();
}

/** The SIP's own organisation records answers for others and takes participants off. */
export const isOwnOrganisation = (caller: Caller, row: SipRow): boolean =>
  row.organisation_id === caller.organisationId;

/** Relatives take part only under consent and while the person does not object (F2). */
export function relativesMayTakePart(row: SipRow): boolean {
  return row.relatives_consent && !row.person_objects_to_relatives;
}

/** May this participant take part now: a relative under the relatives' rule, anyone of an
 * organisation only while a valid `sip` consent lets that organisation see the plan. */
export function participantMayTakePart(row: SipRow, p: ParticipantRow): boolean {
  if (p.kind === 'relative') return relativesMayTakePart(row);
  if (p.kind === 'staff' || p.kind === 'unit' || p.kind === 'private-provider') {
    return p.organisation_covered;
  }
  return true;
}

/** The invitations the caller answers in person: their own, and their unit's. */
function answeredInPerson(
  caller: Caller,
  p: Pick<ParticipantRow, 'kind' | 'staff_id' | 'unit_id'>,
): boolean {
  return p.staff_id === caller.staffId || (p.kind === 'unit' && p.unit_id === caller.unitId);
}

/**
 * The one invitation the caller is asked to answer for a meeting, or null. Invited by name and
 * through the unit, a person answers once: the invitation by name is the one asked, and the
 * answer stands for the unit's too, unless a colleague has answered for the unit. Whoever
 * booked the meeting is not asked: organising it is the answer.
 */
export function invitationToAnswer(
  caller: Caller,
  participants: readonly Pick<
    ParticipantRow,
    'id' | 'kind' | 'staff_id' | 'unit_id' | 'invitation' | 'responded_by'
  >[],
  meeting: Pick<MeetingRow, 'created_by'> | null,
): { participantId: string; answersFor: string[]; pending: boolean } | null {
  if (!meeting || meeting.created_by === caller.staffId) return null;
  const own = participants.filter(
    (p) =>
      p.staff_id === caller.staffId ||
      (answeredInPerson(caller, p) &&
        (p.invitation === 'pending' || p.responded_by === caller.staffId)),
  );
  const asked = own.find((p) => p.kind !== 'unit') ?? own[0];
  if (!asked) return null;
  return {
    participantId: asked.id,
    answersFor: own.map((p) => p.id),
    pending: own.some((p) => p.invitation === 'pending'),
  };
}

/** Answers are given by the invited staff member or their unit, or recorded by the SIP's own
 * organisation (for the person, relatives and outside actors). */
export function requireMayAnswer(
  caller: Caller,
  row: SipRow,
  p: Pick<ParticipantRow, 'kind' | 'staff_id' | 'unit_id'>,
): void {
  if (!answeredInPerson(caller, p) && !isOwnOrganisation(caller, row)) {
    throw forbidden(
      'Answer for yourself or your unit; the SIP’s own organisation records other answers.',
    );
  }
}

/** An answer is to a meeting: without one scheduled there is nothing to answer. */
export function requireScheduledMeeting(meetings: readonly MeetingRow[]): MeetingRow {
  const scheduled = meetings.filter((m) => m.status === 'scheduled').at(-1);
  if (!scheduled)
    throw new SipProblem(409, 'There is no scheduled meeting to answer.', 'no-meeting');
  return scheduled;
}

export function requireMayRemoveParticipant(caller: Caller, row: SipRow): void {
  if (!isOwnOrganisation(caller, row)) {
    throw forbidden('Only the SIP’s own organisation removes participants.');
  }
}

/** A participant of this SIP, or 404. */
export function requireParticipant<T>(participant: T | undefined): T {
  if (!participant) throw notFound();
  return participant;
}

/** The participant as the history names them (the person is never named there). */
export const historyName = (p: { kind: string; name: string | null }) =>
  p.kind === 'person' ? 'Den enskilde' : p.name;
