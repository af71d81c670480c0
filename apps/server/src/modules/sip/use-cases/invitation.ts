import type { SipInvitationBody, SipParticipantInput } from '@vardflata/contracts';
import { badRequest, type FieldError } from '../../../http/problem.ts';
import { enqueueJob } from '../../../jobs/queue.ts';
import { todayInStockholm } from '../../../util/time.ts';
import { organisationsNamedBySipConsent } from '../../consents/consents.repository.ts';
import { notifyEach } from '../../notifications/notifications.repository.ts';
import {
  findOrganisationsByIds,
  findUnitsByIds,
} from '../../organisations/organisations.repository.ts';
import { findStaffByIds } from '../../staff/staff.repository.ts';
import { apply, sipCommand, type SipContext } from '../sip.context.ts';
import { meetingRecipients, REMINDER_DAYS_BEFORE, reminderJobKey } from '../sip.jobs.ts';
import { requireNotFrozen, requireOpen, relativesMayTakePart } from '../sip.policy.ts';
import { refusalProblem, SipProblem } from '../sip.problems.ts';
import { formatMeetingTime } from '../sip.text.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { cancelScheduledMeetings, insertMeeting } from '../repositories/sip-meeting.repository.ts';
import {
  insertParticipant,
  listParticipants,
  resetInvitations,
  type NewParticipant,
} from '../repositories/sip-participant.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

/** A participant row with nothing but what is given. */
const participant = (
  p: Pick<NewParticipant, 'kind'> & Partial<NewParticipant>,
): NewParticipant => ({
  name: null,
  principal: null,
  organisation_id: null,
  unit_id: null,
  staff_id: null,
  role: null,
  ...p,
});

/** Staff or a unit of an organisation: the principal is the organisation's kind. */
function ofPrincipal(
  p: Pick<NewParticipant, 'kind' | 'name' | 'role'> & Partial<NewParticipant>,
  place: {
    organisation_id: string | null;
    organisation_kind: string | null;
    unit_id: string | null;
  },
): NewParticipant {
  const kind = place.organisation_kind;
  return participant({
    ...p,
    principal: kind === 'region' || kind === 'municipality' ? kind : null,
    organisation_id: place.organisation_id,
    unit_id: place.unit_id,
  });
}

/** Who or what the participant is, to add nobody twice. */
const identity = (
  p: Pick<NewParticipant, 'kind' | 'staff_id' | 'unit_id' | 'organisation_id' | 'name'>,
) => `${p.kind}:${p.staff_id ?? p.unit_id ?? p.organisation_id ?? p.name ?? ''}`;

/**
 * Turns the requested participants into rows: unknown staff, units or providers are bad input
 * (400); an organisation no valid `sip` consent names, or a relative without the relatives'
 * consent or against the person's wish, is refused (422) — the invitation shares the person's
 * information with them. Those already on the SIP are left out.
 */
async function resolveParticipants(
  { trx, row }: SipContext,
  inputs: SipParticipantInput[],
): Promise<NewParticipant[]> {
  const bad: FieldError[] = [];
  const refused: FieldError[] = [];
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const staff = byId(
    await findStaffByIds(
      trx,
      inputs.flatMap((p) => (p.kind === 'staff' ? [p.staffId] : [])),
    ),
  );
  const units = byId(
    await findUnitsByIds(
      trx,
      inputs.flatMap((p) =>
        (p.kind === 'unit' || p.kind === 'private-provider') && p.unitId ? [p.unitId] : [],
      ),
    ),
  );
  const providers = byId(
    await findOrganisationsByIds(
      trx,
      inputs.flatMap((p) => (p.kind === 'private-provider' ? [p.organisationId] : [])),
    ),
  );
  const unknown = (path: string, message: string) => {
    bad.push({ path, message });
    return null;
  };
  const resolve = (p: SipParticipantInput, at: string): NewParticipant | null => {
    const role = 'role' in p ? (p.role ?? null) : null;
    switch (p.kind) {
      case 'staff': {
        const s = staff.get(p.staffId);
        return s && s.disabled_at === null && s.organisation_id
          ? ofPrincipal({ kind: 'staff', name: s.name, staff_id: s.id, role }, s)
          : unknown(`${at}.staffId`, 'no such staff member');
      }
      case 'unit': {
        const u = units.get(p.unitId);
        return u
          ? ofPrincipal({ kind: 'unit', name: u.name, role }, { ...u, unit_id: u.id })
          : unknown(`${at}.unitId`, 'no such unit');
      }
      case 'private-provider': {
        const o = providers.get(p.organisationId);
        const u = p.unitId ? units.get(p.unitId) : undefined;
        if (!o || o.kind !== 'private-provider') {
          return unknown(`${at}.organisationId`, 'no such private provider');
        }
        if (p.unitId && (!u || u.organisation_id !== o.id)) {
          return unknown(`${at}.unitId`, 'no such unit of the provider');
        }
        const name = u ? `${u.name}, ${o.name}` : o.name;
        return participant({
          kind: p.kind,
          name,
          role,
          organisation_id: o.id,
          unit_id: u?.id ?? null,
        });
      }
      case 'relative':
        if (!relativesMayTakePart(row)) {
          refused.push({
            path: at,
            message: row.person_objects_to_relatives
              ? 'the person does not want relatives to take part'
              : 'relatives take part only under a valid relatives-participation consent',
          });
        }
        return participant({ kind: p.kind, name: p.name, role });
      case 'other-actor':
        return participant({ kind: p.kind, name: p.name, role });
      case 'person':
        return participant({ kind: 'person' });
    }
  };

  const taken = new Set((await listParticipants(trx, row.id)).map(identity));
  const out: { input: number; participant: NewParticipant }[] = [];
  inputs.forEach((input, i) => {
    const resolved = resolve(input, `participants[${i}]`);
    if (!resolved || taken.has(identity(resolved))) return; // unknown, or already on the SIP
    taken.add(identity(resolved));
    out.push({ input: i, participant: resolved });
  });
  if (bad.length > 0) throw badRequest(bad);

  const foreign = out.flatMap(({ participant: p }) =>
    p.organisation_id && p.organisation_id !== row.organisation_id ? [p.organisation_id] : [],
  );
  const named = await organisationsNamedBySipConsent(trx, row.person_id, [...new Set(foreign)]);
  for (const { input, participant: p } of out) {
    if (
      p.organisation_id &&
      p.organisation_id !== row.organisation_id &&
      !named.has(p.organisation_id)
    ) {
      refused.push({
        path: `participants[${input}]`,
        message: 'the person’s consent to SIP does not name this organisation',
      });
    }
  }
  if (refused.length > 0) {
    throw new SipProblem(
      422,
      'Some participants may not take part under the person’s consents.',
      'participants-refused',
      { errors: refused.sort((a, b) => (a.path < b.path ? -1 : 1)) },
    );
  }
  return out.map((o) => o.participant);
}

/** In-app notice to the staff who are asked, and reminders two days and one day before. */
async function notifyInvited(ctx: SipContext, meetingId: string, startsAt: Date) {
  const { trx, caller, row } = ctx;
  const now = Date.now();
  for (const days of REMINDER_DAYS_BEFORE) {
    const runAt = new Date(startsAt.getTime() - days * 86_400_000);
    // A reminder already past its time when the meeting is booked is not worth sending.
    if (runAt.getTime() > now) {
      await enqueueJob(trx, {
        kind: 'sip.invitation-reminder',
        payload: { sipId: row.id, meetingId, daysBefore: days },
        runAt,
        dedupeKey: reminderJobKey(meetingId, days),
      });
    }
  }
  // Whoever booked the meeting knows of it.
  const recipients = (await meetingRecipients(trx, row)).filter((id) => id !== caller.staffId);
  await notifyEach(trx, recipients, {
    kind: 'sip.invitation',
    title: 'Kallelse till SIP-möte',
    body: `Du är kallad till SIP-möte ${formatMeetingTime(startsAt)}. Svara på kallelsen i planen.`,
    sipId: row.id,
    personId: row.person_id,
    dueOn: todayInStockholm(startsAt),
    dedupeKey: `invitation:${meetingId}`,
  });
}

/**
 * The invitation (kallelse): from 'proposed' it is the domain's 'invite'; later it schedules a
 * new meeting (a new planning meeting, or a follow-up meeting of an active plan), replacing any
 * meeting still scheduled. Everyone on the SIP is asked to answer; staff are notified in the
 * app, and reminders are queued for two days and one day before.
 */
export const invite = sipCommand('sip.invite', async (ctx, body: SipInvitationBody) => {
  const { trx, caller, row, today } = ctx;
  const sipId = row.id;
  requireOpen(row);
  const next = row.status === 'proposed' ? apply(ctx, { type: 'invite' }) : null;
  if (!next) {
    requireNotFrozen(row);
    if (!row.sip_consent) {
      throw refusalProblem({ ok: false, reason: 'consent-required' }, row.status);
    }
  }

  const startsAt = new Date(body.meeting.startsAt);
  const errors: FieldError[] = [];
  if (startsAt.getTime() <= Date.now()) {
    errors.push({ path: 'meeting.startsAt', message: 'must be in the future' });
  }
  if (!body.meeting.place && !body.meeting.videoLink) {
    errors.push({ path: 'meeting.place', message: 'give a place or a video link' });
  }
  if (errors.length > 0) throw badRequest(errors);

  const added = await resolveParticipants(ctx, body.participants);
  for (const p of added) {
    const id = await insertParticipant(trx, caller, sipId, p);
    await insertEvent(trx, caller, sipId, 'participant-added', {
      participantId: id,
      kind: p.kind,
      name: p.kind === 'person' ? 'Den enskilde' : p.name,
    });
  }
  await cancelScheduledMeetings(trx, sipId);
  const meetingId = await insertMeeting(trx, caller, {
    sip_id: sipId,
    purpose: row.status === 'active' ? 'follow-up' : 'planning',
    starts_at: startsAt,
    duration_minutes: body.meeting.durationMinutes ?? null,
    place: body.meeting.place ?? null,
    video_link: body.meeting.videoLink ?? null,
    message: body.message ?? null,
    status: 'scheduled',
    held_on: null,
    notes: null,
    attended_participant_ids: null,
  });
  await resetInvitations(trx, sipId, today);
  await updateSip(trx, sipId, next ? { status: next.status } : {});
  await insertEvent(trx, caller, sipId, 'invited', {
    meetingId,
    startsAt: startsAt.toISOString(),
    participantsAdded: added.length,
  });
  await notifyInvited(ctx, meetingId, startsAt);
});
