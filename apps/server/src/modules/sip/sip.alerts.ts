import {
  addDays,
  daysBetween,
  followUpTiming,
  proposalToFirstMeeting,
  type SipPlan,
  type SipStatus,
} from '@vardflata/domain';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { listUnrevokedSipConsentsOfSips } from '../consents/consents.repository.ts';
import { isFrozen } from './sip.policy.ts';
import { formatDate, formatMeetingTime } from './sip.text.ts';
import { listScheduledMeetings } from './repositories/sip-meeting.repository.ts';
import {
  listPendingInvitations,
  type PendingInvitationRow,
} from './repositories/sip-participant.repository.ts';

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
  meetings: { id: string; starts_at: Date; created_by: string }[];
  pending: PendingInvitationRow[];
  consents: { id: string; valid_from: string; valid_until: string | null }[];
}

const DAY = 86_400_000;
/** Whole days from one date to another (both valid dates of the server's own making). */
const daysFrom = (from: string, to: string) => daysBetween(from, to) ?? 0;

/** The last day (Sunday) of the ISO week of `today`. */
function endOfWeek(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(today, weekday === 0 ? 0 : 7 - weekday);
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
      { proposal: { on: f.proposed_on }, firstMeetingOn: f.first_meeting_on, ending: null },
      today,
    );
    const waited = wait.waitingDays ?? 0;
    if (!wait.met && waited >= ALERT_SETTINGS.firstMeetingWaitDays) {
      add({ kind: 'first-meeting-waiting', dueOn: f.proposed_on, days: -waited });
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
  sips: Omit<SipFacts, 'meetings' | 'pending' | 'consents'>[],
): Promise<SipFacts[]> {
  if (sips.length === 0) return [];
  const ids = sips.map((s) => s.id);
  const meetings = await listScheduledMeetings(db, ids);
  const pending = await listPendingInvitations(db, ids);
  const consents = await listUnrevokedSipConsentsOfSips(db, ids);
  const of = <T extends { sip_id: string }>(rows: T[], sipId: string) =>
    rows.filter((r) => r.sip_id === sipId);
  return sips.map((s) => ({
    id: s.id,
    status: s.status,
    sip_consent: s.sip_consent,
    plan: s.plan,
    proposed_on: s.proposed_on,
    first_meeting_on: s.first_meeting_on,
    last_activity_at: s.last_activity_at,
    meetings: of(meetings, s.id).map((m) => ({
      id: m.id,
      starts_at: m.starts_at!,
      created_by: m.created_by,
    })),
    pending: of(pending, s.id),
    consents: of(consents, s.id),
  }));
}
