import type { Worklist, WorklistItem } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { todayInStockholm } from '../../util/time.ts';
import { alertText, loadFacts, sipAlerts } from '../sip/sip.alerts.ts';
import { invitationToAnswer, isFrozen } from '../sip/sip.policy.ts';
import { personOf } from '../sip/sip.presenter.ts';
import { formatMeetingTime } from '../sip/sip.text.ts';
import { listVisibleSips } from '../sip/repositories/sip.repository.ts';
// care: the bed unit's waiting withdrawal requests
import { handOverItems } from './worklist.hand-overs.ts';

type Item = WorklistItem;

const ORDER: Item['kind'][] = [
  'follow-up-overdue',
  'plan-frozen',
  'invitation-to-answer',
  'meeting-this-week',
  'follow-up-due',
  'invitation-unanswered',
  'consent-expiring',
  'first-meeting-waiting',
  'plan-inactive',
];

/**
 * What is due on the SIPs the caller may see (mine or the unit's), ordered, with the SIP rows
 * for the access log; not logged (the caller logs what it shows). Also read by FHIR Task.
 */
export async function collectSipWorklist(
  trx: Db,
  caller: Caller,
  scope: 'mine' | 'unit',
  now: Date,
) {
  const today = todayInStockholm(now);
  const rows = await listVisibleSips(trx, caller, { scope, openOnly: true });
  const facts = await loadFacts(trx, rows);
  const items: Item[] = [];
  facts.forEach((f, i) => {
    const row = rows[i]!;
    const base = { sipId: row.id, personId: row.person_id, person: personOf(caller, row) };
    for (const a of sipAlerts(f, today, now)) {
      items.push({
        ...base,
        kind: a.kind,
        dueOn: a.dueOn,
        days: a.days,
        text: alertText(a),
        meetingId: a.meetingId,
        participantId: null,
        consentId: a.consentId,
      });
    }
    // The invitation waiting for the caller's own answer (as staff, or for their unit): one,
    // even when invited both ways, and none for the meeting they booked themselves. A frozen
    // SIP takes no answers.
    const meeting = f.meetings.find((m) => m.starts_at > now);
    const pending = f.pending.map((p) => ({
      ...p,
      invitation: 'pending' as const,
      responded_by: null,
    }));
    const yours = meeting && !isFrozen(f) ? invitationToAnswer(caller, pending, meeting) : null;
    if (meeting && yours) {
      items.push({
        ...base,
        kind: 'invitation-to-answer',
        dueOn: todayInStockholm(meeting.starts_at),
        days: null,
        text: `Svara på kallelsen till SIP-möte ${formatMeetingTime(meeting.starts_at)}.`,
        meetingId: meeting.id,
        participantId: yours.participantId,
        consentId: null,
      });
    }
  });
  items.sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
  return { items, rows };
}

/**
 * The case manager's worklist (F7), read live: for the SIPs the caller coordinates or takes
 * part in (mine), and those of their unit (unit), what is due — the same rules the scan job
 * turns into notifications — plus the invitations the caller has not answered yet.
 */
export async function getWorklist(
  db: Db,
  caller: Caller,
  scope: 'mine' | 'unit',
  now: Date = new Date(),
): Promise<Worklist> {
  requirePermission(caller, 'sip:read');
  const today = todayInStockholm(now);
  return db.transaction().execute(async (trx) => {
    const { items, rows } = await collectSipWorklist(trx, caller, scope, now);
    // The worklist shows who the SIPs are about: each person shown is a logged read.
    const shown = new Map(items.map((i) => [i.sipId, rows.find((r) => r.id === i.sipId)!]));
    await appendAccessLog(
      trx,
      caller,
      [...shown.values()].map((r) => ({
        personId: r.person_id,
        action: 'sip.worklist',
        ground: r.ground,
        outcome: 'allowed' as const,
        detail: { sipId: r.id },
      })),
    );
    const counts: Record<string, number> = {};
    for (const i of items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
    // care: hand-overs of the care chains waiting on the caller's unit
    const handOvers = await handOverItems(trx, caller, now);
    for (const i of handOvers) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
    return { today, items, counts, handOvers };
  });
}
