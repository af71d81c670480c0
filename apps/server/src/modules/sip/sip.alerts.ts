import {
  followUpTiming,
  proposalToFirstMeeting,
  type SipPlan,
  type SipStatus,
} from '@vardflata/domain';
import { sql } from 'kysely';
import { consentCoversOrganisation } from '../../access/policy.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { isFrozen } from './sip.mapper.ts';
import { formatDate, formatMeetingTime } from './sip.text.ts';

/**
 * What needs attention on an open SIP (F7): the same rules feed the worklist (read live) and
 * the scan job's notifications. Dates are Stockholm calendar dates; the domain's timing rules
 * decide follow-ups and the wait for the first meeting.
 */

export const ALERT_SETTINGS = {
  followUpDueWithinDays: 14,
  consentExpiringWithinDays: 30,
  inactiveAfterDays: 60,
  unansweredAfterDays: 2,
  firstMeetingWaitDays: 14,
};

export type AlertKind =
  | 'follow-up-due'
  | 'follow-up-overdue'
  | 'invitation-unanswered'
  | 'meeting-this-week'
  | 'consent-expiring'
  | 'plan-frozen'
  | 'plan-inactive'
  | 'first-meeting-waiting';

export interface Alert {
  kind: AlertKind;
  sipId: string;
  dueOn: string | null;
  days: number | null;
  meetingId: string | null;
  consentId: string | null;
  count: number | null;
  startsAt: Date | null;
}

export interface SipFacts {
  id: string;
  status: SipStatus;
  sip_consent: boolean;
  plan: SipPlan;
  proposed_on: string;
  first_meeting_on: string | null;
  last_activity_at: Date;
  meetings: { id: string; starts_at: Date }[];
  pending: {
    id: string;
    invited_on: string | null;
    staff_id: string | null;
    unit_id: string | null;
    kind: string;
  }[];
  consents: { id: string; valid_from: string; valid_until: string | null }[];
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
export const daysFrom = (from: string, to: string) => dayNumber(to) - dayNumber(from);
export const plusDays = (date: string, days: number) =>
  new Date((dayNumber(date) + days) * DAY).toISOString().slice(0, 10);

/** The last day (Sunday) of the ISO week of `today`. */
function endOfWeek(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return plusDays(today, weekday === 0 ? 0 : 7 - weekday);
}

export function sipAlerts(f: SipFacts, today: string, now: Date): Alert[] {
  const alerts: Alert[] = [];
  const add = (a: Partial<Alert> & { kind: AlertKind }) =>
    alerts.push({
      sipId: f.id,
      dueOn: null,
      days: null,
      meetingId: null,
      consentId: null,
      count: null,
      startsAt: null,
      ...a,
    });
  const frozen = isFrozen(f);
  const sip = { status: f.status, frozen, plan: f.plan };

  const timing = followUpTiming(sip, today, {
    dueWithinDays: ALERT_SETTINGS.followUpDueWithinDays,
  });
  if (timing.state === 'due' || timing.state === 'overdue') {
    add({
      kind: timing.state === 'due' ? 'follow-up-due' : 'follow-up-overdue',
      dueOn: timing.nextFollowUpOn,
      days: timing.daysUntil,
    });
  }
  if (frozen) add({ kind: 'plan-frozen' });

  if (f.sip_consent && !frozen) {
    const valid = f.consents.filter(
      (c) => c.valid_from <= today && (c.valid_until === null || c.valid_until >= today),
    );
    if (valid.length > 0 && valid.every((c) => c.valid_until !== null)) {
      const last = valid.reduce((a, b) => (a.valid_until! >= b.valid_until! ? a : b));
      const days = daysFrom(today, last.valid_until!);
      if (days <= ALERT_SETTINGS.consentExpiringWithinDays) {
        add({ kind: 'consent-expiring', dueOn: last.valid_until, days, consentId: last.id });
      }
    }
  }

  const idle = Math.floor((now.getTime() - f.last_activity_at.getTime()) / DAY);
  if (idle >= ALERT_SETTINGS.inactiveAfterDays) add({ kind: 'plan-inactive', days: -idle });

  if (f.status === 'proposed' || f.status === 'invited') {
    const wait = proposalToFirstMeeting(
      {
        proposal: { on: f.proposed_on } as never,
        firstMeetingOn: f.first_meeting_on,
        ending: null,
      },
      today,
    );
    if (!wait.met && (wait.days ?? 0) >= ALERT_SETTINGS.firstMeetingWaitDays) {
      add({ kind: 'first-meeting-waiting', dueOn: f.proposed_on, days: -(wait.days ?? 0) });
    }
  }

  if (!frozen) {
    const sunday = endOfWeek(today);
    for (const m of f.meetings) {
      if (m.starts_at <= now) continue;
      const day = todayInStockholm(m.starts_at);
      if (day <= sunday) {
        add({
          kind: 'meeting-this-week',
          dueOn: day,
          days: daysFrom(today, day),
          meetingId: m.id,
          startsAt: m.starts_at,
        });
      }
      const late = f.pending.filter(
        (p) =>
          p.invited_on !== null &&
          daysFrom(p.invited_on, today) >= ALERT_SETTINGS.unansweredAfterDays,
      );
      if (late.length > 0) {
        add({
          kind: 'invitation-unanswered',
          dueOn: day,
          meetingId: m.id,
          count: late.length,
          startsAt: m.starts_at,
        });
      }
    }
  }
  return alerts;
}

/** The alert in one Swedish sentence (no names: the person is shown beside it). */
export function alertText(a: Alert): string {
  const date = formatDate(a.dueOn);
  const ago = -(a.days ?? 0);
  const when = a.startsAt ? formatMeetingTime(a.startsAt) : date;
  switch (a.kind) {
    case 'follow-up-due':
      return `Uppföljningen ska hållas senast ${date} (om ${a.days} dagar).`;
    case 'follow-up-overdue':
      return `Uppföljningen skulle ha hållits ${date} (${ago} dagar sedan).`;
    case 'invitation-unanswered':
      return `${a.count} deltagare har inte svarat på kallelsen till mötet ${when}.`;
    case 'meeting-this-week':
      return `SIP-möte ${when}.`;
    case 'consent-expiring':
      return `Samtycket till SIP gäller till och med ${date}. Utan nytt samtycke fryses planen.`;
    case 'plan-frozen':
      return 'Samtycket till SIP gäller inte längre. Planen är fryst tills ett nytt samtycke finns.';
    case 'plan-inactive':
      return `Ingen har arbetat i planen på ${ago} dagar.`;
    case 'first-meeting-waiting':
      return `SIP föreslogs för ${ago} dagar sedan och första mötet är inte hållet.`;
  }
}

/** The facts of several SIPs at once: scheduled meetings, unanswered invitations, consents. */
export async function loadFacts(
  db: Db,
  sips: {
    id: string;
    person_id: string;
    organisation_id: string;
    status: SipStatus;
    sip_consent: boolean;
    plan: unknown;
    proposed_on: string;
    first_meeting_on: string | null;
    last_activity_at: Date;
  }[],
): Promise<SipFacts[]> {
  if (sips.length === 0) return [];
  const ids = sips.map((s) => s.id);
  const meetings = await db
    .selectFrom('sip_meeting')
    .select(['id', 'sip_id', 'starts_at'])
    .where('sip_id', 'in', ids)
    .where('status', '=', 'scheduled')
    .where('starts_at', 'is not', null)
    .execute();
  const pending = await db
    .selectFrom('sip_participant')
    .select(['id', 'sip_id', 'invited_on', 'staff_id', 'unit_id', 'kind'])
    .where('sip_id', 'in', ids)
    .where('removed_at', 'is', null)
    .where('invitation', '=', 'pending')
    .execute();
  const consents = await db
    .selectFrom('sip as s')
    .innerJoin('consent as c', 'c.person_id', 's.person_id')
    .select(['s.id as sip_id', 'c.id', 'c.valid_from', 'c.valid_until'])
    .where('s.id', 'in', ids)
    .where('c.purpose', '=', 'sip')
    .where('c.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('c.recorded_organisation_id', '=', eb.ref('s.organisation_id')),
        eb.exists(
          eb
            .selectFrom('consent_recipient as r')
            .select(sql.lit(1).as('one'))
            .whereRef('r.consent_id', '=', 'c.id')
            .whereRef('r.organisation_id', '=', 's.organisation_id'),
        ),
      ]),
    )
    .execute();
  return sips.map((s) => ({
    id: s.id,
    status: s.status,
    sip_consent: s.sip_consent,
    plan: s.plan as SipPlan,
    proposed_on: s.proposed_on,
    first_meeting_on: s.first_meeting_on,
    last_activity_at: s.last_activity_at,
    meetings: meetings
      .filter((m) => m.sip_id === s.id)
      .map((m) => ({ id: m.id, starts_at: m.starts_at as Date })),
    pending: pending.filter((p) => p.sip_id === s.id),
    consents: consents.filter((c) => c.sip_id === s.id),
  }));
}

/** Every open SIP, for the scan job (no caller: the job notifies the SIP's own staff). */
export function listOpenSipsForScan(db: Db) {
  return db
    .selectFrom('sip as s')
    .select([
      's.id',
      's.person_id',
      's.organisation_id',
      's.status',
      's.plan',
      's.proposed_on',
      's.first_meeting_on',
      's.last_activity_at',
      's.coordinator_staff_id',
      's.recorded_by',
      consentCoversOrganisation(sql.ref('s.person_id'), sql.ref('s.organisation_id'), 'sip').as(
        'sip_consent',
      ),
    ])
    .where('s.status', 'in', ['proposed', 'invited', 'meeting-held', 'active'])
    .execute();
}
