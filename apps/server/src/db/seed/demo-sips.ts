import { randomUUID } from 'node:crypto';
import { emptyPlan, type SipPlan } from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';
import {
  dayFrom,
  resetSeedClock,
  SipWriter,
  timeOn,
  type Act,
  type Staff,
  type WriterContext,
} from './demo-sip-writer.ts';
import { SIP_STORIES } from './demo-sip-stories.ts';

/**
 * SIPs in every state of the life cycle (api.md's demo county): proposed, invited, meeting held,
 * active (also followed up and revised, also frozen by a revoked consent, also with a follow-up
 * meeting booked), closed, refused and withdrawn — each with the history its state implies.
 */

export interface SeedSipContext {
  unitIds: Map<string, { id: string; organisationId: string }>;
  organisationIds: Map<string, string>;
  staffIds: Map<string, string>;
  personIds: string[];
}

/** What happened to one SIP, in order; the writer turns each step into rows. */
export interface SipStory {
  person: number;
  owner: string;
  proposed: Act & { source: 'staff' | 'person'; note?: string };
  /** The person's `sip` consent, recorded by the owner's organisation, naming `to`. */
  consent?: Act & { to: string[]; revoked?: Act & { reason: string }; validUntilDays?: number };
  participants?: {
    key: string;
    kind: 'unit' | 'private-provider' | 'other-actor' | 'person' | 'relative';
    name: string | null;
    unit?: string;
    organisation?: string;
    role?: string;
  }[];
  invitation?: Act & { meetingDays: number; clock: string; place: string; answers: Answer[] };
  /** The planning meeting was held on its day (only then is a meeting held). */
  meetingHeld?: Act & { notes: string };
  plan?: Act & { plan: (c: PlanContext) => SipPlan };
  activated?: Act;
  followUps?: FollowUpStep[];
  /** A follow-up meeting booked now, for the days ahead. */
  nextMeeting?: Act & { meetingDays: number; clock: string; place: string; answers: Answer[] };
  ending?: Act &
    (
      | { kind: 'refused' | 'withdrawn'; reason: string }
      | { kind: 'closed'; outcome: 'goals-achieved' | 'goals-partly-achieved' }
    );
}

export interface Answer {
  key: string;
  response: 'accepted' | 'declined';
  by: string;
  days: number;
}

export interface FollowUpStep extends Act {
  goals: { goalId: string; status: 'achieved' | 'partly' | 'not-achieved'; note?: string }[];
  interventions: {
    interventionId: string;
    status: 'started' | 'ongoing' | 'finished' | 'not-started';
    reason?: string;
  }[];
  decision: 'continue' | 'revise' | 'close';
  next: number | null;
  note: string;
  /** With 'revise': the plan as revised the day after. */
  revise?: (plan: SipPlan, c: PlanContext) => SipPlan;
}

export interface PlanContext {
  unit: (name: string) => { unitId: string; organisationId: string };
  staff: (username: string) => { staffId: string; name: string };
  day: (days: number) => string;
}

async function loadStaff(trx: Db): Promise<Map<string, Staff>> {
  const rows = await trx
    .selectFrom('staff')
    .select(['id', 'username', 'name', 'unit_id', 'organisation_id'])
    .where('unit_id', 'is not', null)
    .execute();
  return new Map(
    rows.map((r) => [
      r.username,
      { id: r.id, name: r.name, unitId: r.unit_id!, organisationId: r.organisation_id! },
    ]),
  );
}

async function recordConsent(ctx: WriterContext, consent: NonNullable<SipStory['consent']>) {
  const staff = ctx.staff.get(consent.by)!;
  const recordedAt = timeOn(consent.days, consent.clock ?? '09:30');
  const { id } = await ctx.trx
    .insertInto('consent')
    .values({
      person_id: ctx.personId,
      purpose: 'sip',
      form: 'written',
      valid_from: dayFrom(consent.days),
      valid_until: consent.validUntilDays === undefined ? null : dayFrom(consent.validUntilDays),
      note: 'Samtycke till samordnad individuell plan (SIP).',
      recorded_at: recordedAt,
      recorded_by: staff.id,
      recorded_unit_id: staff.unitId,
      recorded_organisation_id: staff.organisationId,
      ...(consent.revoked
        ? {
            revoked_at: timeOn(consent.revoked.days, consent.revoked.clock ?? '11:00'),
            revoked_by: ctx.staff.get(consent.revoked.by)!.id,
            revoke_reason: consent.revoked.reason,
          }
        : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.trx
    .insertInto('consent_recipient')
    .values(
      consent.to.map((o) => ({ consent_id: id, organisation_id: ctx.organisationIds.get(o)! })),
    )
    .execute();
  const caller = { staffId: staff.id, unitId: staff.unitId, organisationId: staff.organisationId };
  const entry = {
    personId: ctx.personId,
    ground: 'care-relation' as const,
    outcome: 'allowed' as const,
  };
  await appendAccessLog(
    ctx.trx,
    caller,
    [{ ...entry, action: 'consent.create', detail: { consentId: id } }],
    {
      at: recordedAt,
    },
  );
  if (consent.revoked) {
    const by = ctx.staff.get(consent.revoked.by)!;
    await appendAccessLog(
      ctx.trx,
      { staffId: by.id, unitId: by.unitId, organisationId: by.organisationId },
      [{ ...entry, action: 'consent.revoke', detail: { consentId: id } }],
      { at: timeOn(consent.revoked.days, consent.revoked.clock ?? '11:00') },
    );
  }
}

async function writeStory(ctx: WriterContext, story: SipStory): Promise<void> {
  const owner = ctx.unitIds.get(story.owner)!;
  const proposer = ctx.staff.get(story.proposed.by)!;
  const sipId = randomUUID();
  const w = new SipWriter(ctx, sipId, owner.organisationId);
  const plans: PlanContext = {
    unit: (name) => {
      const u = ctx.unitIds.get(name)!;
      return { unitId: u.id, organisationId: u.organisationId };
    },
    staff: (username) => {
      const s = ctx.staff.get(username)!;
      return { staffId: s.id, name: s.name };
    },
    day: dayFrom,
  };

  // Proposal: the owner's unit records it; the plan starts empty as version 1.
  const source =
    story.proposed.source === 'person'
      ? { kind: 'person' }
      : {
          kind: 'staff',
          principal:
            owner.organisationId === ctx.organisationIds.get('Region Exempel')
              ? 'region'
              : 'municipality',
          organisationId: proposer.organisationId,
          unitId: proposer.unitId,
          staffId: proposer.id,
        };
  await ctx.trx
    .insertInto('sip')
    .values({
      id: sipId,
      person_id: ctx.personId,
      organisation_id: owner.organisationId,
      unit_id: owner.id,
      status: 'proposed',
      proposed_on: dayFrom(story.proposed.days),
      proposal_source: JSON.stringify(source),
      proposal_note: story.proposed.note ?? null,
      recorded_by: proposer.id,
      plan: JSON.stringify(emptyPlan()),
      created_at: timeOn(story.proposed.days, story.proposed.clock ?? '09:00'),
    })
    .execute();
  await w.saveVersion(story.proposed, emptyPlan(), 'proposed');
  await w.event(story.proposed, 'proposed', { source: source.kind });
  await w.log(story.proposed, 'sip.propose');

  if (story.consent) await recordConsent(ctx, story.consent);

  let status:
    'proposed' | 'invited' | 'meeting-held' | 'active' | 'closed' | 'refused' | 'withdrawn' =
    'proposed';
  let firstMeetingOn: string | null = null;
  let activatedOn: string | null = null;

  if (story.invitation) {
    const inv = story.invitation;
    for (const p of story.participants ?? []) await w.addParticipant(inv, p);
    const meetingId = await w.invite(inv, {
      days: inv.meetingDays,
      clock: inv.clock,
      place: inv.place,
      purpose: 'planning',
      message: 'Välkommen till ett möte om din samordnade individuella plan (SIP).',
    });
    for (const a of inv.answers) await w.respond(a, a.key, a.response, nameOf(story, a.key));
    status = 'invited';
    if (story.meetingHeld) {
      await w.holdMeeting(meetingId, story.meetingHeld, story.meetingHeld.notes);
      firstMeetingOn = dayFrom(story.meetingHeld.days);
      await w.event(story.meetingHeld, 'meeting-held', { heldOn: firstMeetingOn });
      await w.log(story.meetingHeld, 'sip.meeting');
      status = 'meeting-held';
    }
  }
  if (story.plan) await w.saveVersion(story.plan, story.plan.plan(plans), 'edited');
  if (story.activated) {
    activatedOn = dayFrom(story.activated.days);
    firstMeetingOn ??= activatedOn;
    await w.event(story.activated, 'activated', { on: activatedOn, version: w.version });
    await w.log(story.activated, 'sip.activate');
    status = 'active';
  }
  let ending: Record<string, unknown> | null = null;
  for (const f of story.followUps ?? []) {
    await w.followUp(f, f);
    if (f.revise) {
      await w.saveVersion({ ...f, days: f.days + 1 }, f.revise(w.plan, plans), 'revised');
    }
    if (f.decision === 'close') {
      ending = { kind: 'closed', on: dayFrom(f.days), outcome: 'goals-achieved', note: f.note };
      await w.event(f, 'closed', { on: dayFrom(f.days), outcome: 'goals-achieved' });
      status = 'closed';
    }
  }
  if (story.nextMeeting) {
    const m = story.nextMeeting;
    await w.invite(
      m,
      { days: m.meetingDays, clock: m.clock, place: m.place, purpose: 'follow-up' },
      0,
    );
    for (const a of m.answers) await w.respond(a, a.key, a.response, nameOf(story, a.key));
  }
  if (story.ending) {
    const e = story.ending;
    const on = dayFrom(e.days);
    ending =
      e.kind === 'closed'
        ? { kind: 'closed', on, outcome: e.outcome, note: null }
        : { kind: e.kind, on, reason: e.reason };
    await w.event(e, e.kind, { on, ...(e.kind === 'closed' ? { outcome: e.outcome } : {}) });
    await w.log(
      e,
      e.kind === 'closed' ? 'sip.close' : e.kind === 'refused' ? 'sip.refuse' : 'sip.withdraw',
    );
    status = e.kind;
  }

  await ctx.trx
    .updateTable('sip')
    .set({
      status,
      first_meeting_on: firstMeetingOn,
      activated_on: activatedOn,
      ended_on: (ending?.on as string | undefined) ?? null,
      ending: ending ? JSON.stringify(ending) : null,
      plan: JSON.stringify(w.plan),
      plan_version: w.version,
      coordinator_staff_id: w.plan.coordinator?.staffId ?? null,
      next_follow_up_on: w.plan.nextFollowUpOn,
      last_activity_at: w.lastActivity,
    })
    .where('id', '=', sipId)
    .execute();
}

function nameOf(story: SipStory, key: string): string {
  const p = story.participants?.find((x) => x.key === key);
  return p?.kind === 'person' ? 'Den enskilde' : (p?.name ?? key);
}

export async function seedDemoSips(trx: Db, ctx: SeedSipContext): Promise<void> {
  resetSeedClock();
  const staff = await loadStaff(trx);
  for (const story of SIP_STORIES) {
    await writeStory(
      {
        trx,
        personId: ctx.personIds[story.person]!,
        staff,
        unitIds: ctx.unitIds,
        organisationIds: ctx.organisationIds,
      },
      story,
    );
  }
}
