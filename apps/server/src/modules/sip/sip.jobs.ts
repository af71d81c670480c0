import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import {
  insertNotifications,
  notifyEach,
  type NewNotification,
} from '../notifications/notifications.repository.ts';
import { activeCareStaffOfUnits } from '../staff/staff.repository.ts';
import { alertText, loadFacts, sipAlerts, type AlertKind } from './sip.alerts.ts';
import { isFrozen, isOpen } from './sip.policy.ts';
import { formatMeetingTime } from './sip.text.ts';
import { findMeeting } from './repositories/sip-meeting.repository.ts';
import { listParticipants } from './repositories/sip-participant.repository.ts';
import { findSipForJobs, listOpenSipsForJobs } from './repositories/sip.repository.ts';

/**
 * Background jobs of the SIP (P6, F7). Both are idempotent: notifications carry a dedupe key,
 * so a job that runs twice (a crash after the work, before the commit) notifies once.
 */

export const REMINDER_DAYS_BEFORE = [2, 1] as const;
const SCAN_INTERVAL_MS = 60 * 60_000;

export const reminderJobKey = (meetingId: string, days: number) =>
  `sip.invitation-reminder:${meetingId}:${days}`;

/** Staff who should hear about a meeting: invited staff, the staff of invited units, and the
 * coordinator — not those who declined, nor organisations no valid consent lets see the plan. */
export async function meetingRecipients(
  db: Db,
  sip: { id: string; coordinator_staff_id: string | null },
): Promise<string[]> {
  const participants = (await listParticipants(db, sip.id)).filter(
    (p) => p.invitation !== 'declined' && p.organisation_covered,
  );
  const direct = participants
    .filter((p) => p.kind === 'staff' && p.staff_id)
    .map((p) => p.staff_id!);
  const units = participants.filter((p) => p.kind === 'unit' && p.unit_id).map((p) => p.unit_id!);
  const ids = new Set([...direct, ...(await activeCareStaffOfUnits(db, units))]);
  if (sip.coordinator_staff_id) ids.add(sip.coordinator_staff_id);
  return [...ids];
}

/**
 * A reminder some days before a meeting. Late is fine (the server was down when it fell due),
 * after the meeting is pointless: then, and for a cancelled meeting or a frozen or ended SIP,
 * the job completes without a word.
 */
async function invitationReminder(
  trx: Db,
  payload: Record<string, unknown>,
  { now }: { now: Date },
): Promise<void> {
  const meetingId = String(payload.meetingId);
  const days = Number(payload.daysBefore);
  const meeting = await findMeeting(trx, meetingId);
  if (!meeting || meeting.status !== 'scheduled' || !meeting.starts_at) return;
  const startsAt = meeting.starts_at.getTime();
  if (startsAt <= now.getTime()) return;
  // Back after a long stop, several reminders may be due at once: the latest one says it all.
  const superseded = REMINDER_DAYS_BEFORE.some(
    (d) => d < days && now.getTime() >= startsAt - d * 86_400_000,
  );
  if (superseded) return;
  const sip = await findSipForJobs(trx, meeting.sip_id);
  if (!sip || !isOpen(sip) || isFrozen(sip)) return;

  const where = meeting.place ? `, ${meeting.place}` : meeting.video_link ? ', via video' : '';
  await notifyEach(trx, await meetingRecipients(trx, sip), {
    kind: 'sip.meeting-reminder',
    title: 'Påminnelse: SIP-möte',
    body: `SIP-möte ${formatMeetingTime(meeting.starts_at)}${where}.`,
    sipId: sip.id,
    personId: sip.person_id,
    dueOn: todayInStockholm(meeting.starts_at),
    dedupeKey: `reminder:${meetingId}:${days}`,
  });
}

const NOTIFIED: Partial<Record<AlertKind, string>> = {
  'follow-up-due': 'Uppföljning av SIP närmar sig',
  'follow-up-overdue': 'Uppföljning av SIP är försenad',
  'invitation-unanswered': 'Obesvarad kallelse till SIP-möte',
  'consent-expiring': 'Samtycke till SIP går snart ut',
  'plan-frozen': 'SIP är fryst',
  'plan-inactive': 'SIP utan aktivitet',
};

/**
 * The recurring scan: follow-ups due and overdue, unanswered invitations, consents about to
 * run out, frozen plans and plans without activity become notifications for the coordinator
 * (or, without one, whoever recorded the proposal). Runs hourly; re-schedules itself.
 */
export async function scanSips(trx: Db, now: Date): Promise<number> {
  const today = todayInStockholm(now);
  const sips = await listOpenSipsForJobs(trx);
  const facts = await loadFacts(trx, sips);
  const rows: NewNotification[] = [];
  for (const [i, f] of facts.entries()) {
    const sip = sips[i]!;
    for (const alert of sipAlerts(f, today, now)) {
      const title = NOTIFIED[alert.kind];
      if (!title) continue;
      // The key names the situation, so the same one is notified once, a new one again.
      const key = [
        alert.kind,
        sip.id,
        alert.dueOn ?? '',
        alert.meetingId ?? '',
        alert.consentId ?? '',
      ]
        .concat(alert.kind === 'plan-inactive' ? [sip.last_activity_at.toISOString()] : [])
        .join(':');
      rows.push({
        staffId: sip.coordinator_staff_id ?? sip.recorded_by,
        kind: `sip.${alert.kind}`,
        title,
        body: alertText(alert),
        sipId: sip.id,
        personId: sip.person_id,
        dueOn: alert.dueOn,
        dedupeKey: key,
      });
    }
  }
  await insertNotifications(trx, rows);
  return rows.length;
}

export const SIP_JOB_HANDLERS = {
  'sip.invitation-reminder': invitationReminder,
  'sip.scan': async (trx: Db, _payload: Record<string, unknown>, { now }: { now: Date }) => {
    await scanSips(trx, now);
    return { rescheduleAt: new Date(now.getTime() + SCAN_INTERVAL_MS) };
  },
};

export const SIP_RECURRING_JOBS = ['sip.scan'] as const;
