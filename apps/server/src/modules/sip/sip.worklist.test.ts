import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../jobs/runner.ts';
import { logRowsFor } from '../../test/harness.ts';
import { todayInStockholm } from '../../util/time.ts';
import {
  completePlan,
  dateIn,
  daysFrom,
  inDays,
  inWeekOf,
  plusCalendarDays,
  recordConsent,
  registerPerson,
  savePlan,
  sipAt,
  useSipServer,
} from './sip.fixtures.ts';

const {
  t,
  ids,
  users: { erik, sara, anna, nora },
} = useSipServer({
  erik: 'erik.socsek',
  sara: 'sara.samordnare',
  anna: 'anna.lakare',
  nora: 'nora.socsek',
});
const sip: Record<string, { sipId: string; personId: string; consentId: string | null }> = {};
/**
 * The dates and times the situations were set up with, taken once. The assertions count from
 * the `today` the server answers with, so a midnight passing between setup and request (the
 * setup takes a while) changes the expected day counts, not the outcome.
 */
let setupToday: string;
let meetingStartsAt: Date;
const on = (days: number) => plusCalendarDays(setupToday, days);
/** How many days the server's today lies after the setup's. */
const shiftOf = (today: string) => daysFrom(setupToday, today);

const setPlanDate = (sipId: string, date: string) =>
  t.db
    .updateTable('sip')
    .set({
      plan: sql`jsonb_set(plan, '{nextFollowUpOn}', to_jsonb(${date}::text))` as never,
      next_follow_up_on: date,
    })
    .where('id', '=', sipId)
    .execute();

/** One SIP of Exempelby's social services per situation, coordinated by Sara. */
beforeAll(async () => {
  setupToday = dateIn(0);
  // Two hours ahead: still ahead when the tests run (hooks and tests time out long before).
  meetingStartsAt = inDays(2 / 24);
  const opts = {
    otherOrganisation: ids.region,
    otherUnit: ids.beroendecentrum,
    ownerUnit: ids.socExempelby,
  };

  sip.due = await sipAt(t, ids, erik, 'active', opts);
  await setPlanDate(sip.due.sipId, on(5));
  sip.overdue = await sipAt(t, ids, erik, 'active', opts);
  await setPlanDate(sip.overdue.sipId, on(-3));

  // Invited to a meeting in two hours, the region has not answered for three days.
  sip.invited = await sipAt(t, ids, erik, 'consented', opts);
  await savePlan(erik, sip.invited.sipId, completePlan(ids));
  const invited = await erik.post(`/api/sips/${sip.invited.sipId}/invitation`, {
    meeting: { startsAt: meetingStartsAt.toISOString(), place: 'Storgatan 1' },
    participants: [{ kind: 'unit', unitId: ids.beroendecentrum }],
  });
  expect(invited.status).toBe(200);
  await t.db
    .updateTable('sip_participant')
    .set({ invited_on: on(-3) })
    .where('sip_id', '=', sip.invited.sipId)
    .execute();

  // The SIP consent runs out in ten days.
  const person = await registerPerson(erik);
  const consentId = await recordConsent(erik, person.id, 'sip', [ids.region], {
    validUntil: on(10),
  });
  const proposed = await erik.post(`/api/persons/${person.id}/sips`, {});
  await savePlan(erik, proposed.body.id, completePlan(ids));
  await erik.post(`/api/sips/${proposed.body.id}/activate`);
  sip.expiring = { sipId: proposed.body.id, personId: person.id, consentId };

  sip.inactive = await sipAt(t, ids, erik, 'active', opts);
  await t.db
    .updateTable('sip')
    .set({ last_activity_at: inDays(-70) })
    .where('id', '=', sip.inactive.sipId)
    .execute();

  sip.frozen = await sipAt(t, ids, erik, 'active', opts);
  await erik.post(`/api/consents/${sip.frozen.consentId}/revoke`, {});

  // Proposed three weeks ago, no meeting yet ("without delay").
  const waiting = await registerPerson(erik);
  const w = await erik.post(`/api/persons/${waiting.id}/sips`, { proposedOn: on(-21) });
  await savePlan(erik, w.body.id, completePlan(ids));
  sip.waiting = { sipId: w.body.id, personId: waiting.id, consentId: null };

  sip.calm = await sipAt(t, ids, erik, 'active', opts); // follow-up in 60 days: nothing due
  sip.closed = await sipAt(t, ids, erik, 'active', opts);
  await setPlanDate(sip.closed.sipId, on(-3));
  await erik.post(`/api/sips/${sip.closed.sipId}/close`, { outcome: 'goals-achieved' });
});

/** The meeting is this week (ISO, to Sunday) of the server's `today`, unless it crossed into
 * the next one (a Sunday evening). */
const invitedKinds = (today: string) =>
  inWeekOf(today, todayInStockholm(meetingStartsAt))
    ? ['invitation-unanswered', 'meeting-this-week']
    : ['invitation-unanswered'];

const kindsBySip = (items: any[]) => {
  const out: Record<string, string[]> = {};
  for (const [name, s] of Object.entries(sip)) {
    out[name] = items
      .filter((i) => i.sipId === s.sipId && i.kind !== 'invitation-to-answer')
      .map((i) => i.kind)
      .sort();
  }
  return out;
};

describe('the worklist', () => {
  it('shows the coordinator what is due on her SIPs, most urgent first', async () => {
    const before = dateIn(0);
    const res = await sara.get('/api/worklist?scope=mine');
    expect(res.status).toBe(200);
    const today: string = res.body.today;
    expect([before, dateIn(0)]).toContain(today);
    const shift = shiftOf(today);
    expect(kindsBySip(res.body.items)).toEqual({
      due: ['follow-up-due'],
      overdue: ['follow-up-overdue'],
      invited: invitedKinds(today),
      expiring: ['consent-expiring'],
      inactive: ['plan-inactive'],
      frozen: ['plan-frozen'],
      waiting: ['first-meeting-waiting'],
      calm: [],
      closed: [],
    });
    // The demo county has SIPs of its own: look at this file's.
    const ours = new Set(Object.values(sip).map((s) => s.sipId));
    const item = (kind: string) =>
      res.body.items.find((i: any) => i.kind === kind && ours.has(i.sipId));
    expect(item('follow-up-due')).toMatchObject({
      dueOn: on(5),
      days: 5 - shift,
      person: { givenName: 'Siv' },
    });
    expect(item('follow-up-overdue')).toMatchObject({ dueOn: on(-3), days: -3 - shift });
    expect(item('follow-up-overdue').text).toMatch(
      new RegExp(`^Uppföljningen skulle ha hållits .* \\(${3 + shift} dagar sedan\\)\\.$`),
    );
    expect(item('consent-expiring')).toMatchObject({
      dueOn: on(10),
      days: 10 - shift,
      consentId: sip.expiring!.consentId,
    });
    // Counted in 24-hour periods from the last activity, not in calendar days.
    expect(item('plan-inactive')).toMatchObject({ days: -70 });
    expect(item('first-meeting-waiting')).toMatchObject({ days: -21 - shift });
    expect(item('invitation-unanswered').text).toMatch(/^1 deltagare har inte svarat/);
    expect(res.body.items[0].kind).toBe('follow-up-overdue');
    // Sara's unit is invited to the meetings of the SIPs booked for later: hers to answer, but
    // not on the frozen one.
    const toAnswer = res.body.items
      .filter((i: any) => i.kind === 'invitation-to-answer')
      .map((i: any) => i.sipId);
    expect(toAnswer).toContain(sip.calm!.sipId);
    expect(toAnswer).not.toContain(sip.frozen!.sipId);
    expect(res.body.counts['follow-up-due']).toBe(1);
    // The coordinator's worklist is a read of each person shown, on the SIP's ground.
    const rows = await logRowsFor(t.db, sip.due!.personId);
    expect(rows.filter((r) => r.action === 'sip.worklist')).toEqual([
      expect.objectContaining({
        user_id: ids.user('sara.samordnare'),
        ground: 'care-relation',
        outcome: 'allowed',
      }),
    ]);
  });

  it('shows the other principal’s participant the invitations to answer, and nothing frozen', async () => {
    const res = await anna.get('/api/worklist');
    expect(res.status).toBe(200);
    const kinds = kindsBySip(res.body.items);
    expect(kinds.invited).toEqual(invitedKinds(res.body.today));
    expect(res.body.items.find((i: any) => i.kind === 'invitation-to-answer')).toMatchObject({
      sipId: sip.invited!.sipId,
      participantId: expect.any(String),
    });
    // The frozen SIP is no longer the region's to see.
    expect(kinds.frozen).toEqual([]);
    // Another municipality sees nothing of Exempelby's SIPs.
    expect((await nora.get('/api/worklist')).body.items).toEqual([]);
  });

  it('is for care roles and unit managers only', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.get('/api/worklist')).status).toBe(403);
  });
});

describe('the scan job', () => {
  it('turns the worklist into notifications, once per situation', async () => {
    const now = new Date();
    await runDueJobs(t.db, now);
    const notes = (await sara.get('/api/notifications')).body;
    const kinds = (name: string) =>
      notes.items
        .filter((n: any) => n.sipId === sip[name]!.sipId && n.kind !== 'sip.invitation')
        .map((n: any) => n.kind)
        .sort();
    expect(kinds('due')).toEqual(['sip.follow-up-due']);
    expect(kinds('overdue')).toEqual(['sip.follow-up-overdue']);
    expect(kinds('invited')).toEqual(['sip.invitation-unanswered']);
    expect(kinds('expiring')).toEqual(['sip.consent-expiring']);
    expect(kinds('inactive')).toEqual(['sip.plan-inactive']);
    expect(kinds('frozen')).toEqual(['sip.plan-frozen']);
    expect(kinds('calm')).toEqual([]);
    expect(kinds('closed')).toEqual([]);
    const overdue = notes.items.find(
      (n: any) => n.kind === 'sip.follow-up-overdue' && n.sipId === sip.overdue!.sipId,
    );
    expect(overdue).toMatchObject({
      title: 'Uppföljning av SIP är försenad',
      dueOn: on(-3),
      person: { givenName: 'Siv' },
      readAt: null,
    });
    expect(overdue.body).not.toContain('Siv');
    expect(notes.unreadCount).toBe(notes.items.length);

    // The scan is hourly; the next pass finds the same situations and notifies no one again.
    const job = await t.db
      .selectFrom('job')
      .selectAll()
      .where('dedupe_key', '=', 'sip.scan')
      .executeTakeFirstOrThrow();
    expect(job.run_at).toEqual(new Date(now.getTime() + 3_600_000));
    await runDueJobs(t.db, new Date(now.getTime() + 3_600_000));
    const again = (await sara.get('/api/notifications')).body;
    // Compared on this test's SIPs only: Sara also coordinates demo SIPs whose meetings are at
    // fixed clock times, so an hour later one of those can truly be in a new situation.
    const ours = new Set(Object.values(sip).map((s) => s.sipId));
    const oursOf = (items: any[]) =>
      items
        .filter((n) => ours.has(n.sipId))
        .map((n) => n.id)
        .sort();
    expect(oursOf(again.items).length).toBeGreaterThan(0);
    expect(oursOf(again.items)).toEqual(oursOf(notes.items));

    // Reading one lowers the unread count; only unread ones can be asked for.
    await sara.post(`/api/notifications/${overdue.id}/read`);
    const unread = (await sara.get('/api/notifications?unread=true')).body;
    expect(unread.unreadCount).toBe(again.unreadCount - 1);
    expect(unread.items.map((n: any) => n.id)).not.toContain(overdue.id);
  });
});
