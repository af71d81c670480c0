import type { AccessGround } from '@vardflata/contracts';
import {
  diffPlans,
  emptyPlan,
  type AccessAction,
  type GoalEvaluation,
  type InterventionEvaluation,
  type SipPlan,
} from '@vardflata/domain';
import { appendAccessLog } from '../../audit/access-log.ts';
import type { Db } from '../database.ts';

/**
 * Writes one demo SIP with the history its state implies, act by act and on the act's own day:
 * the rows the SIP module itself writes (versions, participants, meetings, follow-ups, events)
 * and the access-log rows. Only what the story says happened is written: no meeting is held
 * unless the story holds it. Times are relative to the seed day; nothing is random.
 */

export interface Staff {
  id: string;
  name: string;
  unitId: string;
  organisationId: string;
}

export interface WriterContext {
  trx: Db;
  personId: string;
  /** The demo county's staff by user name, units and organisations by name. */
  staff: Map<string, Staff>;
  unitIds: Map<string, { id: string; organisationId: string }>;
  organisationIds: Map<string, string>;
}

const DAY = 86_400_000;
/** The seed's "now", fixed for the whole seed so every story shares one clock. */
let seedNow = Date.now();
export const resetSeedClock = () => {
  seedNow = Date.now();
};

const stockholmDate = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
const stockholmHour = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

/** The date `days` from the seed day (negative: before), YYYY-MM-DD in Sweden. */
export const dayFrom = (days: number) => stockholmDate(new Date(seedNow + days * DAY));

/** `days` from the seed day at a Swedish clock time, e.g. a meeting at 10:00. */
export function timeOn(days: number, clock: string): Date {
  const date = dayFrom(days);
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${date}T${clock}:00${offset}`);
    if (stockholmHour(candidate) === clock && stockholmDate(candidate) === date) return candidate;
  }
  return new Date(`${date}T${clock}:00+01:00`);
}

export interface Act {
  by: string;
  days: number;
  clock?: string;
}

/** The staff member and moment of an act. */
function actor(ctx: WriterContext, act: Act): { staff: Staff; at: Date } {
  const staff = ctx.staff.get(act.by);
  if (!staff) throw new Error(`demo SIP: no staff member ${act.by}`);
  return { staff, at: timeOn(act.days, act.clock ?? '09:00') };
}

export class SipWriter {
  version = 0;
  plan: SipPlan = emptyPlan();
  lastActivity = new Date(0);
  readonly participants = new Map<string, string>();

  constructor(
    readonly ctx: WriterContext,
    readonly sipId: string,
    private readonly ownerOrganisationId: string,
  ) {}

  /** The ground an act is logged on: the owner's own staff by care relation, others by the SIP. */
  private ground(staff: Staff): AccessGround {
    return staff.organisationId === this.ownerOrganisationId ? 'care-relation' : 'sip';
  }

  async log(act: Act, action: AccessAction, detail: Record<string, string> = {}) {
    const { staff, at } = actor(this.ctx, act);
    await appendAccessLog(
      this.ctx.trx,
      { staffId: staff.id, unitId: staff.unitId, organisationId: staff.organisationId },
      [
        {
          personId: this.ctx.personId,
          action,
          ground: this.ground(staff),
          outcome: 'allowed',
          detail: { sipId: this.sipId, ...detail },
        },
      ],
      { at },
    );
    if (at > this.lastActivity) this.lastActivity = at;
  }

  async event(act: Act, type: string, detail: Record<string, unknown> | null = null) {
    const { staff, at } = actor(this.ctx, act);
    await this.ctx.trx
      .insertInto('sip_event')
      .values({
        sip_id: this.sipId,
        at,
        type,
        staff_id: staff.id,
        unit_id: staff.unitId,
        organisation_id: staff.organisationId,
        detail: detail ? JSON.stringify(detail) : null,
      })
      .execute();
  }

  /** A new version of the plan, as the editor or a follow-up saves it. */
  async saveVersion(
    act: Act,
    plan: SipPlan,
    kind: 'proposed' | 'edited' | 'revised' | 'follow-up',
  ): Promise<number> {
    const { staff, at } = actor(this.ctx, act);
    const basedOn = this.version === 0 ? null : this.version;
    const changes = diffPlans(this.plan, plan).length;
    this.version += 1;
    this.plan = plan;
    await this.ctx.trx
      .insertInto('sip_plan_version')
      .values({
        sip_id: this.sipId,
        version: this.version,
        plan: JSON.stringify(plan),
        change_kind: kind,
        based_on: basedOn,
        saved_at: at,
        saved_by: staff.id,
        saved_unit_id: staff.unitId,
        saved_organisation_id: staff.organisationId,
      })
      .execute();
    if (kind === 'edited' || kind === 'revised') {
      await this.event(act, 'plan-saved', { version: this.version, changes });
      await this.log(act, 'sip.plan.update');
    }
    return this.version;
  }

  async addParticipant(
    act: Act,
    p: {
      key: string;
      kind: 'unit' | 'private-provider' | 'other-actor' | 'person' | 'relative';
      name: string | null;
      unit?: string;
      organisation?: string;
      role?: string;
    },
  ) {
    const { staff, at } = actor(this.ctx, act);
    const unit = p.unit ? this.ctx.unitIds.get(p.unit)! : null;
    const organisationId =
      unit?.organisationId ??
      (p.organisation ? this.ctx.organisationIds.get(p.organisation)! : null);
    const principal =
      p.kind === 'unit' ? (p.unit && REGION_UNITS.has(p.unit) ? 'region' : 'municipality') : null;
    const { id } = await this.ctx.trx
      .insertInto('sip_participant')
      .values({
        sip_id: this.sipId,
        kind: p.kind,
        name: p.name,
        principal,
        organisation_id: organisationId,
        unit_id: unit?.id ?? null,
        staff_id: null,
        role: p.role ?? null,
        added_at: at,
        added_by: staff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.participants.set(p.key, id);
    await this.event(act, 'participant-added', {
      participantId: id,
      kind: p.kind,
      name: p.kind === 'person' ? 'Den enskilde' : p.name,
    });
  }

  /** Everyone on the SIP is asked (again) for a meeting: as the invitation resets answers. */
  async invite(
    act: Act,
    meeting: {
      days: number;
      clock: string;
      place: string;
      purpose: 'planning' | 'follow-up';
      message?: string;
    },
    added = this.participants.size,
  ) {
    const { staff, at } = actor(this.ctx, act);
    const startsAt = timeOn(meeting.days, meeting.clock);
    const { id } = await this.ctx.trx
      .insertInto('sip_meeting')
      .values({
        sip_id: this.sipId,
        purpose: meeting.purpose,
        starts_at: startsAt,
        duration_minutes: 60,
        place: meeting.place,
        video_link: null,
        message: meeting.message ?? null,
        status: 'scheduled',
        held_on: null,
        notes: null,
        attended_participant_ids: null,
        created_at: at,
        created_by: staff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.ctx.trx
      .updateTable('sip_participant')
      .set({
        invitation: 'pending',
        invited_on: dayFrom(act.days),
        responded_on: null,
        responded_by: null,
      })
      .where('sip_id', '=', this.sipId)
      .execute();
    await this.event(act, 'invited', {
      meetingId: id,
      startsAt: startsAt.toISOString(),
      participantsAdded: added,
    });
    await this.log(act, 'sip.invite');
    return id;
  }

  async respond(act: Act, key: string, response: 'accepted' | 'declined', name: string) {
    const { staff } = actor(this.ctx, act);
    await this.ctx.trx
      .updateTable('sip_participant')
      .set({ invitation: response, responded_on: dayFrom(act.days), responded_by: staff.id })
      .where('id', '=', this.participants.get(key)!)
      .execute();
    await this.event(act, 'participant-responded', {
      participantId: this.participants.get(key),
      name,
      response,
    });
    await this.log(act, 'sip.participant.respond');
  }

  /** The scheduled meeting was held on its day, by those who had said yes. */
  async holdMeeting(meetingId: string, act: Act, notes: string | null) {
    const attended = await this.ctx.trx
      .selectFrom('sip_participant')
      .select('id')
      .where('sip_id', '=', this.sipId)
      .where('invitation', '=', 'accepted')
      .execute();
    await this.ctx.trx
      .updateTable('sip_meeting')
      .set({
        status: 'held',
        held_on: dayFrom(act.days),
        notes,
        attended_participant_ids: JSON.stringify(attended.map((a) => a.id)),
      })
      .where('id', '=', meetingId)
      .execute();
  }

  async followUp(
    act: Act,
    f: {
      goals: GoalEvaluation[];
      interventions: InterventionEvaluation[];
      decision: 'continue' | 'revise' | 'close';
      next: number | null;
      note: string;
    },
  ) {
    const { staff } = actor(this.ctx, act);
    const heldOn = dayFrom(act.days);
    const { id } = await this.ctx.trx
      .insertInto('sip_follow_up')
      .values({
        sip_id: this.sipId,
        held_on: heldOn,
        plan_version: this.version,
        goals: JSON.stringify(f.goals),
        interventions: JSON.stringify(f.interventions),
        decision: f.decision,
        next_follow_up_on: f.next === null ? null : dayFrom(f.next),
        note: f.note,
        recorded_at: timeOn(act.days, act.clock ?? '15:00'),
        recorded_by: staff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (f.decision !== 'close' && f.next !== null) {
      await this.saveVersion(act, { ...this.plan, nextFollowUpOn: dayFrom(f.next) }, 'follow-up');
    }
    await this.event(act, 'follow-up', { followUpId: id, heldOn, decision: f.decision });
    await this.log(act, 'sip.follow-up');
  }
}

/** The region's units in the demo county (a unit participant's principal). */
export const REGION_UNITS = new Set([
  'Beroendecentrum',
  'Vårdcentral Centrum',
  'Psykiatrimottagning',
]);
