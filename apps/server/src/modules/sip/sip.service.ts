import { randomUUID } from 'node:crypto';
import {
  type AccessAction,
  applyEvent,
  diffPlans,
  emptyPlan,
  hasActiveSipCovering,
  mergePlans,
  planErrors,
  proposeSip,
  type PlanChange,
  type ProposalSource,
  type Sip,
  type SipEvent,
  type SipPlan,
  type TransitionContext,
} from '@vardflata/domain';
import type { SipDetail, SipSummary } from '@vardflata/contracts';
import type {
  proposeSipBody,
  sipCloseBody,
  sipDiff,
  sipFollowUpBody,
  sipHistoryItem,
  sipInvitationBody,
  sipMeetingBody,
  sipOwnView,
  sipParticipantInput,
  sipPlanChange,
  sipReasonBody,
  sipRelativesObjectionBody,
  sipResponseBody,
  sipVersion,
  sipVersionSummary,
  updateSipPlanBody,
} from '@vardflata/contracts';
import type { z } from 'zod';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import {
  badRequest,
  forbidden,
  HttpProblem,
  notFound,
  type FieldError,
} from '../../http/problem.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { toIso, todayInStockholm } from '../../util/time.ts';
import { insertNotifications } from '../notifications/notifications.repository.ts';
import { findVisiblePerson } from '../persons/persons.repository.ts';
import { requireVisiblePerson } from '../persons/persons.service.ts';
import { meetingRecipients, REMINDER_DAYS_BEFORE, reminderJobKey } from './sip.jobs.ts';
import {
  isFrozen,
  mayEdit,
  OPEN,
  personName,
  relativesMayTakePart,
  toDetail,
  toDomainSip,
  toSummary,
} from './sip.mapper.ts';
import { renderInvitationLetter, renderOwnViewPdf, renderPlanPdf } from './sip.pdf.ts';
import { endedProblem, frozenProblem, refusalProblem, SipProblem } from './sip.problems.ts';
import * as repo from './sip.repository.ts';
import { changeText, eventText, formatMeetingTime, ownView } from './sip.text.ts';

/**
 * The SIP use cases (F3): authorise → check the domain rules (@vardflata/domain) → one
 * transaction → access log. Every call is logged with the ground the caller sees the SIP on;
 * refused calls (not visible, wrong role, a rule says no) are logged as denied.
 */

type ProposeBody = z.infer<typeof proposeSipBody>;
type PlanChangeOut = z.infer<typeof sipPlanChange>;
type VersionSummary = z.infer<typeof sipVersionSummary>;

interface SipCtx {
  trx: Db;
  row: repo.SipRow;
  today: string;
}

const NOT_VISIBLE = Symbol('not visible');

/**
 * Runs `work` on a SIP the caller may see, inside one transaction that also writes the
 * access-log row. Writes lock the SIP row first, so concurrent writes to one SIP queue up and
 * every check sees the latest state. A SIP the caller may not see is a logged 404.
 */
async function withSip<T>(
  db: Db,
  caller: Caller,
  sipId: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: SipCtx) => Promise<T>,
): Promise<T> {
  requirePermission(caller, mode === 'read' ? 'sip:read' : 'sip:write');
  let seen: repo.SipRow | undefined;
  try {
    const result = await db.transaction().execute(async (trx) => {
      if (mode === 'write') await repo.lockSip(trx, sipId);
      const row = await repo.findVisibleSip(trx, caller, sipId);
      if (!row) return NOT_VISIBLE;
      seen = row;
      if (mode === 'write' && !mayEdit(caller, row.ground)) {
        throw forbidden(
          'You see this SIP read-only (through an information-sharing consent or emergency ' +
            'access); participants and the own organisation change it.',
        );
      }
      const value = await work({ trx, row, today: todayInStockholm() });
      await appendAccessLog(trx, caller, [
        {
          personId: row.person_id,
          action,
          ground: row.ground,
          outcome: 'allowed',
          detail: { sipId },
        },
      ]);
      return { value };
    });
    if (result === NOT_VISIBLE) {
      await logDenied(db, caller, {
        personId: await repo.findSipPersonId(db, sipId),
        action,
        ground: 'none',
        detail: { sipId },
      });
      throw notFound();
    }
    return result.value;
  } catch (error) {
    // A refusal after the SIP was seen (role, rule, conflict) wrote nothing: log the attempt.
    if (seen && error instanceof HttpProblem) {
      await logDenied(db, caller, {
        personId: seen.person_id,
        action,
        ground: seen.ground,
        detail: { sipId, status: error.status },
      });
    }
    throw error;
  }
}

const contextOf = (row: repo.SipRow, today: string): TransitionContext => ({
  hasValidSipConsent: row.sip_consent,
  today,
});

/** Applies a life-cycle event through the domain's state machine, or throws its refusal.
 * `onField` names the request field that carried the event's date, for error paths. */
function apply(
  row: repo.SipRow,
  today: string,
  event: SipEvent,
  sip: Sip = toDomainSip(row),
  onField = 'on',
): Sip {
  const result = applyEvent(sip, event, contextOf(row, today));
  if (!result.ok) {
    const errors = result.errors?.map((e) => (e.path === 'on' ? { ...e, path: onField } : e));
    throw refusalProblem({ ...result, ...(errors ? { errors } : {}) }, sip.status);
  }
  return result.sip;
}

async function loadDetail(
  trx: Db,
  caller: Caller,
  row: repo.SipRow,
  today: string,
): Promise<SipDetail> {
  const currentVersion = await repo.findVersion(trx, row.id, row.plan_version);
  return toDetail(caller, {
    row,
    participants: await repo.listParticipants(trx, row.id),
    meetings: await repo.listMeetings(trx, row.id),
    followUps: await repo.listFollowUps(trx, row.id),
    currentVersion: currentVersion!,
    consents: await repo.listSipConsents(trx, row.person_id, row.organisation_id),
    today,
  });
}

/** The SIP after a write, as the caller sees it now (or as they saw it, if the write was the
 * last thing they could do with it). */
async function reload(trx: Db, caller: Caller, before: repo.SipRow, today: string) {
  const row = (await repo.findVisibleSip(trx, caller, before.id)) ?? before;
  return loadDetail(trx, caller, row, today);
}

// ---------------------------------------------------------------- proposal

async function resolveSource(
  db: Db,
  caller: Caller,
  source: ProposeBody['source'],
): Promise<ProposalSource & { name: string | null }> {
  const s = source ?? { kind: 'staff' as const };
  if (s.kind === 'person') return { kind: 'person', name: null };
  if (s.kind === 'guardian' || s.kind === 'school') {
    return { kind: s.kind, name: s.name ?? null };
  }
  const staffId = s.staffId ?? caller.staffId;
  const [staff] = await repo.findStaff(db, [staffId]);
  const path = s.staffId ? 'source.staffId' : 'source';
  if (!staff || staff.disabled_at !== null) {
    throw badRequest([{ path, message: 'no such staff member' }]);
  }
  if (!staff.unit_id || !staff.organisation_id || staff.organisation_kind === 'private-provider') {
    throw badRequest([
      {
        path,
        message:
          'a staff proposal comes from a unit of the region or a municipality; record a private ' +
          "provider's proposal as the principal's",
      },
    ]);
  }
  return {
    kind: 'staff',
    principal: staff.organisation_kind as 'region' | 'municipality',
    organisationId: staff.organisation_id,
    unitId: staff.unit_id,
    staffId: staff.id,
    name: staff.name,
  };
}

/** Proposes a SIP for a person the caller sees; the caller's unit owns it. */
export async function propose(
  db: Db,
  caller: Caller,
  personId: string,
  body: ProposeBody,
): Promise<SipDetail> {
  requirePermission(caller, 'sip:write');
  const person = await requireVisiblePerson(db, caller, personId, 'sip.propose');
  const today = todayInStockholm();
  const source = await resolveSource(db, caller, body.source);
  const id = randomUUID();
  const proposed = proposeSip(
    {
      id,
      personId,
      proposal: {
        on: body.proposedOn ?? today,
        source,
        recordedBy: { staffId: caller.staffId, name: caller.name },
        note: body.note ?? null,
      },
    },
    today,
  );
  if (!proposed.ok) {
    throw badRequest(
      proposed.errors.map((e) => ({
        path: e.path === 'proposal.on' ? 'proposedOn' : e.path.replace(/^proposal\./, ''),
        message: e.message,
      })),
    );
  }
  return db.transaction().execute(async (trx) => {
    await repo.insertSip(trx, {
      id,
      personId,
      organisationId: caller.organisationId!,
      unitId: caller.unitId!,
      proposedOn: proposed.sip.proposal.on,
      source,
      note: body.note ?? null,
      recordedBy: caller.staffId,
      plan: emptyPlan(),
    });
    await repo.insertVersion(trx, caller, {
      sipId: id,
      version: 1,
      plan: emptyPlan(),
      changeKind: 'proposed',
      basedOn: null,
    });
    await repo.insertEvent(trx, caller, id, 'proposed', { source: source.kind });
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'sip.propose',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { sipId: id },
      },
    ]);
    const row = await repo.findVisibleSip(trx, caller, id);
    return loadDetail(trx, caller, row!, today);
  });
}

// ---------------------------------------------------------------- reading

export function getSip(db: Db, caller: Caller, sipId: string): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.read', 'read', ({ trx, row, today }) =>
    loadDetail(trx, caller, row, today),
  );
}

/** The person's SIPs the caller may see. A participant who does not see the person otherwise
 * still finds the SIPs they take part in. */
export async function listForPerson(
  db: Db,
  caller: Caller,
  personId: string,
): Promise<SipSummary[]> {
  requirePermission(caller, 'sip:read');
  const result = await db.transaction().execute(async (trx) => {
    const person = await findVisiblePerson(trx, caller, personId);
    const rows = await repo.listVisibleSips(trx, caller, { personId });
    if (!person && rows.length === 0) return NOT_VISIBLE;
    await appendAccessLog(
      trx,
      caller,
      rows.length > 0
        ? rows.map((r) => ({
            personId,
            action: 'sip.list',
            ground: r.ground,
            outcome: 'allowed' as const,
            detail: { sipId: r.id },
          }))
        : [{ personId, action: 'sip.list', ground: person!.ground ?? 'none', outcome: 'allowed' }],
    );
    return rows.map((r) => toSummary(caller, r));
  });
  if (result === NOT_VISIBLE) {
    await logDenied(db, caller, { personId, action: 'sip.list', ground: 'none' });
    throw notFound();
  }
  return result;
}

/** SIPs of the caller (mine) or also of their unit (unit), each read logged. */
export async function listMine(
  db: Db,
  caller: Caller,
  query: { scope: 'mine' | 'unit'; status?: repo.SipRow['status'] | undefined },
): Promise<SipSummary[]> {
  requirePermission(caller, 'sip:read');
  return db.transaction().execute(async (trx) => {
    const rows = await repo.listVisibleSips(trx, caller, {
      scope: query.scope,
      ...(query.status ? { status: query.status } : {}),
    });
    await appendAccessLog(
      trx,
      caller,
      rows.map((r) => ({
        personId: r.person_id,
        action: 'sip.list',
        ground: r.ground,
        outcome: 'allowed' as const,
        detail: { sipId: r.id },
      })),
    );
    return rows.map((r) => toSummary(caller, r));
  });
}

// ---------------------------------------------------------------- the plan and its versions

/** Checks what the plan names against the registers and fills in names from them. */
async function normalisePlan(db: Db, plan: SipPlan): Promise<SipPlan> {
  const errors: FieldError[] = [];
  const staffIds = [
    ...(plan.coordinator ? [plan.coordinator.staffId] : []),
    ...plan.interventions.flatMap((i) => (i.responsible?.staffId ? [i.responsible.staffId] : [])),
  ];
  const staff = new Map((await repo.findStaff(db, [...new Set(staffIds)])).map((s) => [s.id, s]));
  const units = new Map(
    (
      await repo.findUnits(
        db,
        plan.interventions.flatMap((i) => (i.unitId ? [i.unitId] : [])),
      )
    ).map((u) => [u.id, u]),
  );
  const organisations = new Map(
    (
      await repo.findOrganisations(
        db,
        plan.interventions.flatMap((i) => (i.organisationId ? [i.organisationId] : [])),
      )
    ).map((o) => [o.id, o]),
  );

  let coordinator = plan.coordinator;
  if (coordinator) {
    const s = staff.get(coordinator.staffId);
    if (!s) errors.push({ path: 'plan.coordinator.staffId', message: 'no such staff member' });
    else coordinator = { staffId: s.id, name: s.name };
  }
  const interventions = plan.interventions.map((iv, i) => {
    const at = `plan.interventions[${i}]`;
    let organisationId = iv.organisationId;
    if (iv.unitId) {
      const unit = units.get(iv.unitId);
      if (!unit) errors.push({ path: `${at}.unitId`, message: 'no such unit' });
      else if (organisationId && unit.organisation_id !== organisationId) {
        errors.push({ path: `${at}.unitId`, message: 'the unit belongs to another organisation' });
      } else organisationId = unit.organisation_id;
    }
    if (organisationId) {
      const org = organisations.get(organisationId) ?? {
        kind: units.get(iv.unitId ?? '')?.organisation_kind,
      };
      if (!org.kind) errors.push({ path: `${at}.organisationId`, message: 'no such organisation' });
      else if (iv.principal !== 'other' && org.kind !== iv.principal) {
        errors.push({
          path: `${at}.organisationId`,
          message: `the organisation is not a ${iv.principal === 'region' ? 'region' : 'municipality'}`,
        });
      }
    }
    let responsible = iv.responsible ?? null;
    if (responsible?.staffId) {
      const s = staff.get(responsible.staffId);
      if (!s) errors.push({ path: `${at}.responsible.staffId`, message: 'no such staff member' });
      else responsible = { staffId: s.id, name: responsible.name.trim() || s.name };
    }
    return { ...iv, organisationId, responsible };
  });
  if (errors.length > 0) throw badRequest(errors);
  return { ...plan, coordinator, interventions };
}

function versionSummary(v: repo.VersionRow, previous: SipPlan | null): VersionSummary {
  const changes = previous ? diffPlans(previous, v.plan) : diffPlans(emptyPlan(), v.plan);
  return {
    version: v.version,
    savedAt: toIso(v.saved_at),
    savedBy: { staffId: v.saved_by, name: v.saved_by_name },
    unitName: v.unit_name,
    organisationName: v.organisation_name,
    changeKind: v.change_kind,
    basedOn: v.based_on,
    changed: [...new Set(changes.map((c) => c.label.sv))],
    changeCount: changes.length,
  };
}

const withText = (changes: PlanChange[], names: Map<string, string>): PlanChangeOut[] =>
  changes.map((c) => ({ ...c, text: changeText(c, names) }));

/** 409 for an edit of a version that is no longer the latest: nothing is saved, and the
 * answer carries what is saved now and a three-way merge of both edits to start from. */
async function staleProblem(
  trx: Db,
  row: repo.SipRow,
  basedOnVersion: number,
  mine: SipPlan,
): Promise<SipProblem> {
  const base = (await repo.findVersion(trx, row.id, basedOnVersion))!;
  const current = (await repo.findVersion(trx, row.id, row.plan_version))!;
  const previous = await repo.findVersion(trx, row.id, row.plan_version - 1);
  const names = await repo.nameDirectory(trx);
  const merge = mergePlans(base.plan, mine, current.plan);
  return new SipProblem(
    409,
    `The plan was saved as version ${current.version} by ${current.saved_by_name} after your ` +
      `version ${basedOnVersion}. Nothing was saved: review the merge and save it on version ` +
      `${current.version}.`,
    'stale-version',
    {},
    {
      basedOnVersion,
      currentVersion: current.version,
      current: { ...versionSummary(current, previous?.plan ?? null), plan: current.plan },
      theirChanges: withText(diffPlans(base.plan, current.plan), names),
      merge,
    },
  );
}

/**
 * Saves the plan as a new version. Before activation it is a draft (structure checked, 400);
 * an active plan is revised through the domain's 'revise' rule and must stay complete (422).
 * `basedOnVersion` must be the latest: two edits of one version never overwrite each other.
 */
export function updatePlan(
  db: Db,
  caller: Caller,
  sipId: string,
  body: z.infer<typeof updateSipPlanBody>,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.plan.update', 'write', async ({ trx, row, today }) => {
    if (!OPEN.includes(row.status)) throw endedProblem(row.status);
    if (body.basedOnVersion > row.plan_version) {
      throw badRequest([
        {
          path: 'basedOnVersion',
          message: `no version ${body.basedOnVersion}; the latest is ${row.plan_version}`,
        },
      ]);
    }
    const plan = await normalisePlan(trx, body.plan as SipPlan);
    const sip = toDomainSip(row);
    if (row.status === 'active') {
      const result = applyEvent(
        sip,
        { type: 'revise', plan, basedOnVersion: body.basedOnVersion },
        contextOf(row, today),
      );
      if (!result.ok) {
        if (result.reason === 'stale-version')
          throw await staleProblem(trx, row, body.basedOnVersion, plan);
        throw refusalProblem(result, row.status);
      }
    } else {
      if (sip.frozen) throw frozenProblem();
      if (body.basedOnVersion !== row.plan_version) {
        throw await staleProblem(trx, row, body.basedOnVersion, plan);
      }
      const errors = planErrors(plan);
      if (errors.length > 0)
        throw refusalProblem({ ok: false, reason: 'plan-invalid', errors }, row.status);
    }
    const changes = diffPlans(sip.plan, plan);
    // Saving what is already saved adds no empty version.
    if (changes.length > 0) {
      const version = row.plan_version + 1;
      await repo.updateSip(trx, sipId, { plan, plan_version: version });
      await repo.insertVersion(trx, caller, {
        sipId,
        version,
        plan,
        changeKind: row.status === 'active' ? 'revised' : 'edited',
        basedOn: body.basedOnVersion,
      });
      await repo.insertEvent(trx, caller, sipId, 'plan-saved', {
        version,
        changes: changes.length,
      });
    }
    return reload(trx, caller, row, today);
  });
}

export function listVersions(db: Db, caller: Caller, sipId: string): Promise<VersionSummary[]> {
  return withSip(db, caller, sipId, 'sip.versions', 'read', async ({ trx }) => {
    const versions = await repo.listVersions(trx, sipId);
    return versions
      .map((v, i) => versionSummary(v, i > 0 ? versions[i - 1]!.plan : null))
      .reverse();
  });
}

export function getVersion(
  db: Db,
  caller: Caller,
  sipId: string,
  version: number,
): Promise<z.infer<typeof sipVersion>> {
  return withSip(db, caller, sipId, 'sip.version.read', 'read', async ({ trx }) => {
    const v = await repo.findVersion(trx, sipId, version);
    if (!v) throw notFound();
    const previous = version > 1 ? await repo.findVersion(trx, sipId, version - 1) : undefined;
    return { ...versionSummary(v, previous?.plan ?? null), plan: v.plan };
  });
}

/** What changed from version `against` (default: the one before) to `version`, readably. */
export function diffVersions(
  db: Db,
  caller: Caller,
  sipId: string,
  version: number,
  against: number | undefined,
): Promise<z.infer<typeof sipDiff>> {
  return withSip(db, caller, sipId, 'sip.diff', 'read', async ({ trx }) => {
    const to = await repo.findVersion(trx, sipId, version);
    const fromNumber = against ?? version - 1;
    const from = fromNumber >= 1 ? await repo.findVersion(trx, sipId, fromNumber) : undefined;
    if (!to || (fromNumber >= 1 && !from)) throw notFound();
    const beforeTo = version > 1 ? await repo.findVersion(trx, sipId, version - 1) : undefined;
    const beforeFrom =
      from && from.version > 1 ? await repo.findVersion(trx, sipId, from.version - 1) : undefined;
    const names = await repo.nameDirectory(trx);
    return {
      sipId,
      from: from ? versionSummary(from, beforeFrom?.plan ?? null) : null,
      to: versionSummary(to, beforeTo?.plan ?? null),
      changes: withText(diffPlans(from?.plan ?? emptyPlan(), to.plan), names),
    };
  });
}

/** Who did what, when: the SIP's events and the consent events that froze or freed it. */
export function history(
  db: Db,
  caller: Caller,
  sipId: string,
): Promise<z.infer<typeof sipHistoryItem>[]> {
  return withSip(db, caller, sipId, 'sip.history', 'read', async ({ trx, row }) => {
    const events = (await repo.listEvents(trx, sipId)).map((e) => ({
      at: toIso(e.at),
      type: e.type,
      text: eventText(e.type, e.detail),
      by: e.staff_id ? { staffId: e.staff_id, name: e.staff_name ?? '' } : null,
      unitName: e.unit_name,
      organisationName: e.organisation_name,
      detail: e.detail,
    }));
    const consents = await repo.listSipConsents(trx, row.person_id, row.organisation_id);
    const consentEvents = consents.flatMap((c) => [
      { at: c.recorded_at, type: 'consent-given' },
      ...(c.revoked_at ? [{ at: c.revoked_at, type: 'consent-revoked' }] : []),
    ]);
    return [
      ...events,
      ...consentEvents.map((c) => ({
        at: toIso(c.at),
        type: c.type,
        text: eventText(c.type, null),
        by: null,
        unitName: null,
        organisationName: null,
        detail: null,
      })),
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  });
}

// ---------------------------------------------------------------- invitation and participants

type ParticipantInput = z.infer<typeof sipParticipantInput>;

interface ResolvedParticipant {
  kind: repo.ParticipantRow['kind'];
  name: string | null;
  principal: 'region' | 'municipality' | null;
  organisationId: string | null;
  unitId: string | null;
  staffId: string | null;
  role: string | null;
}

const principalOf = (kind: string | null | undefined) =>
  kind === 'region' || kind === 'municipality' ? kind : null;

/**
 * Turns the requested participants into rows: unknown staff, units or providers are bad input
 * (400); an organisation no valid `sip` consent names, or a relative without the relatives'
 * consent or against the person's wish, is refused (422) — the invitation shares the person's
 * information with them.
 */
async function resolveParticipants(
  trx: Db,
  row: repo.SipRow,
  inputs: ParticipantInput[],
  existing: repo.ParticipantRow[],
): Promise<ResolvedParticipant[]> {
  const bad: FieldError[] = [];
  const refused: FieldError[] = [];
  const staff = new Map(
    (
      await repo.findStaff(
        trx,
        inputs.flatMap((p) => (p.kind === 'staff' ? [p.staffId] : [])),
      )
    ).map((s) => [s.id, s]),
  );
  const units = new Map(
    (
      await repo.findUnits(
        trx,
        inputs.flatMap((p) =>
          (p.kind === 'unit' || p.kind === 'private-provider') && p.unitId ? [p.unitId] : [],
        ),
      )
    ).map((u) => [u.id, u]),
  );
  const providers = new Map(
    (
      await repo.findOrganisations(
        trx,
        inputs.flatMap((p) => (p.kind === 'private-provider' ? [p.organisationId] : [])),
      )
    ).map((o) => [o.id, o]),
  );
  const out: ResolvedParticipant[] = [];
  const taken = new Set(
    existing.map(
      (p) => `${p.kind}:${p.staff_id ?? p.unit_id ?? p.organisation_id ?? p.name ?? ''}`,
    ),
  );
  inputs.forEach((p, i) => {
    const at = `participants[${i}]`;
    let r: ResolvedParticipant | null = null;
    switch (p.kind) {
      case 'staff': {
        const s = staff.get(p.staffId);
        if (!s || s.disabled_at !== null || !s.organisation_id) {
          bad.push({ path: `${at}.staffId`, message: 'no such staff member' });
          return;
        }
        r = {
          kind: 'staff',
          name: s.name,
          principal: principalOf(s.organisation_kind),
          organisationId: s.organisation_id,
          unitId: s.unit_id,
          staffId: s.id,
          role: p.role ?? null,
        };
        break;
      }
      case 'unit': {
        const u = units.get(p.unitId);
        if (!u) {
          bad.push({ path: `${at}.unitId`, message: 'no such unit' });
          return;
        }
        r = {
          kind: 'unit',
          name: u.name,
          principal: principalOf(u.organisation_kind),
          organisationId: u.organisation_id,
          unitId: u.id,
          staffId: null,
          role: p.role ?? null,
        };
        break;
      }
      case 'private-provider': {
        const o = providers.get(p.organisationId);
        const u = p.unitId ? units.get(p.unitId) : undefined;
        if (!o || o.kind !== 'private-provider') {
          bad.push({ path: `${at}.organisationId`, message: 'no such private provider' });
          return;
        }
        if (p.unitId && (!u || u.organisation_id !== o.id)) {
          bad.push({ path: `${at}.unitId`, message: 'no such unit of the provider' });
          return;
        }
        r = {
          kind: 'private-provider',
          name: u ? `${u.name}, ${o.name}` : o.name,
          principal: null,
          organisationId: o.id,
          unitId: u?.id ?? null,
          staffId: null,
          role: p.role ?? null,
        };
        break;
      }
      case 'other-actor':
      case 'relative':
        r = {
          kind: p.kind,
          name: p.name,
          principal: null,
          organisationId: null,
          unitId: null,
          staffId: null,
          role: p.role ?? null,
        };
        if (p.kind === 'relative' && !relativesMayTakePart(row)) {
          refused.push({
            path: at,
            message: row.person_objects_to_relatives
              ? 'the person does not want relatives to take part'
              : 'relatives take part only under a valid relatives-participation consent',
          });
        }
        break;
      case 'person':
        r = {
          kind: 'person',
          name: null,
          principal: null,
          organisationId: null,
          unitId: null,
          staffId: null,
          role: null,
        };
        break;
    }
    const key = `${r.kind}:${r.staffId ?? r.unitId ?? r.organisationId ?? r.name ?? ''}`;
    if (taken.has(key)) return; // already on the SIP
    taken.add(key);
    out.push(r);
  });
  if (bad.length > 0) throw badRequest(bad);

  const foreign = [
    ...new Set(
      out.flatMap((p) =>
        p.organisationId && p.organisationId !== row.organisation_id ? [p.organisationId] : [],
      ),
    ),
  ];
  const named = await repo.organisationsNamedBySipConsent(trx, row.person_id, foreign);
  out.forEach((p) => {
    if (
      p.organisationId &&
      p.organisationId !== row.organisation_id &&
      !named.has(p.organisationId)
    ) {
      const i = inputs.findIndex((input) =>
        input.kind === 'staff'
          ? input.staffId === p.staffId
          : input.kind === 'unit'
            ? input.unitId === p.unitId
            : input.kind === 'private-provider' && input.organisationId === p.organisationId,
      );
      refused.push({
        path: `participants[${i}]`,
        message: 'the person’s consent to SIP does not name this organisation',
      });
    }
  });
  if (refused.length > 0) {
    throw new SipProblem(
      422,
      'Some participants may not take part under the person’s consents.',
      'participants-refused',
      { errors: refused.sort((a, b) => (a.path < b.path ? -1 : 1)) },
    );
  }
  return out;
}

/**
 * The invitation (kallelse): from 'proposed' it is the domain's 'invite'; later it schedules a
 * new meeting (a new planning meeting, or a follow-up meeting of an active plan), replacing any
 * meeting still scheduled. Everyone on the SIP is asked to answer; staff are notified in the
 * app, and reminders are queued for two days and one day before.
 */
export function invite(
  db: Db,
  caller: Caller,
  sipId: string,
  body: z.infer<typeof sipInvitationBody>,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.invite', 'write', async ({ trx, row, today }) => {
    if (!OPEN.includes(row.status)) throw endedProblem(row.status);
    let next: Sip | null = null;
    if (row.status === 'proposed') next = apply(row, today, { type: 'invite' });
    else if (isFrozen(row)) throw frozenProblem();
    else if (!row.sip_consent)
      throw refusalProblem({ ok: false, reason: 'consent-required' }, row.status);

    const now = new Date();
    const startsAt = new Date(body.meeting.startsAt);
    const errors: FieldError[] = [];
    if (startsAt.getTime() <= now.getTime()) {
      errors.push({ path: 'meeting.startsAt', message: 'must be in the future' });
    }
    if (!body.meeting.place && !body.meeting.videoLink) {
      errors.push({ path: 'meeting.place', message: 'give a place or a video link' });
    }
    if (errors.length > 0) throw badRequest(errors);

    const existing = await repo.listParticipants(trx, sipId);
    const added = await resolveParticipants(trx, row, body.participants, existing);
    for (const p of added) {
      const id = await repo.insertParticipant(trx, caller, sipId, p);
      await repo.insertEvent(trx, caller, sipId, 'participant-added', {
        participantId: id,
        kind: p.kind,
        name: p.kind === 'person' ? 'Den enskilde' : p.name,
      });
    }
    await repo.cancelScheduledMeetings(trx, sipId);
    const meetingId = await repo.insertMeeting(trx, caller, {
      sipId,
      purpose: row.status === 'active' ? 'follow-up' : 'planning',
      startsAt,
      durationMinutes: body.meeting.durationMinutes ?? null,
      place: body.meeting.place ?? null,
      videoLink: body.meeting.videoLink ?? null,
      message: body.message ?? null,
      status: 'scheduled',
      heldOn: null,
      notes: null,
      attended: null,
    });
    await repo.resetInvitations(trx, sipId, today);
    await repo.updateSip(trx, sipId, next ? { status: next.status } : {});
    await repo.insertEvent(trx, caller, sipId, 'invited', {
      meetingId,
      startsAt: startsAt.toISOString(),
      participantsAdded: added.length,
    });

    for (const days of REMINDER_DAYS_BEFORE) {
      const runAt = new Date(startsAt.getTime() - days * 86_400_000);
      // A reminder already past its time when the meeting is booked is not worth sending.
      if (runAt.getTime() > now.getTime()) {
        await enqueueJob(trx, {
          kind: 'sip.invitation-reminder',
          payload: { sipId, meetingId, daysBefore: days },
          runAt,
          dedupeKey: reminderJobKey(meetingId, days),
        });
      }
    }
    const recipients = (
      await meetingRecipients(trx, { id: sipId, coordinator_staff_id: row.coordinator_staff_id })
    ).filter((id) => id !== caller.staffId);
    await insertNotifications(
      trx,
      recipients.map((staffId) => ({
        staffId,
        kind: 'sip.invitation',
        title: 'Kallelse till SIP-möte',
        body: `Du är kallad till SIP-möte ${formatMeetingTime(startsAt)}. Svara på kallelsen i planen.`,
        sipId,
        personId: row.person_id,
        dueOn: todayInStockholm(startsAt),
        dedupeKey: `invitation:${meetingId}`,
      })),
    );
    return reload(trx, caller, row, today);
  });
}

/** A participant's answer to the invitation: by the invited staff member or their unit, or
 * recorded by the SIP's own organisation (for the person, relatives and outside actors). */
export function respond(
  db: Db,
  caller: Caller,
  sipId: string,
  participantId: string,
  body: z.infer<typeof sipResponseBody>,
): Promise<SipDetail> {
  return withSip(
    db,
    caller,
    sipId,
    'sip.participant.respond',
    'write',
    async ({ trx, row, today }) => {
      if (!OPEN.includes(row.status)) throw endedProblem(row.status);
      if (isFrozen(row)) throw frozenProblem();
      const p = await repo.findParticipant(trx, sipId, participantId);
      if (!p) throw notFound();
      const mayAnswer =
        p.staff_id === caller.staffId ||
        (p.kind === 'unit' && p.unit_id === caller.unitId) ||
        row.organisation_id === caller.organisationId;
      if (!mayAnswer) {
        throw forbidden(
          'Answer for yourself or your unit; the SIP’s own organisation records other answers.',
        );
      }
      const scheduled = (await repo.listMeetings(trx, sipId)).some((m) => m.status === 'scheduled');
      if (!scheduled)
        throw new SipProblem(409, 'There is no scheduled meeting to answer.', 'no-meeting');
      await repo.setResponse(trx, p.id, body.response, today, body.note ?? null);
      await repo.updateSip(trx, sipId, {});
      await repo.insertEvent(trx, caller, sipId, 'participant-responded', {
        participantId: p.id,
        name: p.kind === 'person' ? 'Den enskilde' : p.name,
        response: body.response,
      });
      return reload(trx, caller, row, today);
    },
  );
}

/** Takes a participant off the SIP; only the SIP's own organisation does that. */
export function removeParticipant(
  db: Db,
  caller: Caller,
  sipId: string,
  participantId: string,
): Promise<SipDetail> {
  return withSip(
    db,
    caller,
    sipId,
    'sip.participant.remove',
    'write',
    async ({ trx, row, today }) => {
      if (!OPEN.includes(row.status)) throw endedProblem(row.status);
      const p = await repo.findParticipant(trx, sipId, participantId);
      if (!p) throw notFound();
      if (row.organisation_id !== caller.organisationId) {
        throw forbidden('Only the SIP’s own organisation removes participants.');
      }
      await repo.removeParticipants(trx, caller, sipId, { id: p.id });
      await repo.updateSip(trx, sipId, {});
      await repo.insertEvent(trx, caller, sipId, 'participant-removed', {
        participantId: p.id,
        name: p.kind === 'person' ? 'Den enskilde' : p.name,
      });
      return reload(trx, caller, row, today);
    },
  );
}

/** The person's wish about relatives (F2): an objection takes relatives off the SIP at once. */
export function setRelativesObjection(
  db: Db,
  caller: Caller,
  sipId: string,
  body: z.infer<typeof sipRelativesObjectionBody>,
): Promise<SipDetail> {
  return withSip(
    db,
    caller,
    sipId,
    'sip.relatives-objection',
    'write',
    async ({ trx, row, today }) => {
      if (!OPEN.includes(row.status)) throw endedProblem(row.status);
      await repo.updateSip(trx, sipId, { person_objects_to_relatives: body.objects });
      const removed = body.objects
        ? await repo.removeParticipants(trx, caller, sipId, { kind: 'relative' })
        : 0;
      await repo.insertEvent(trx, caller, sipId, 'relatives-objection', {
        objects: body.objects,
        relativesRemoved: removed,
      });
      return reload(trx, caller, row, today);
    },
  );
}

// ---------------------------------------------------------------- meeting, activation, follow-up

/** The first SIP meeting was held (the domain's 'record-meeting'); the wait is measured. */
export function recordMeeting(
  db: Db,
  caller: Caller,
  sipId: string,
  body: z.infer<typeof sipMeetingBody>,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.meeting', 'write', async ({ trx, row, today }) => {
    const event = { type: 'record-meeting' as const, ...(body.heldOn ? { on: body.heldOn } : {}) };
    const next = apply(row, today, event, toDomainSip(row), 'heldOn');
    const heldOn = next.firstMeetingOn!;
    const participants = await repo.listParticipants(trx, sipId);
    const attended = body.attendedParticipantIds ?? null;
    const unknown = (attended ?? []).flatMap((id, i) =>
      participants.some((p) => p.id === id)
        ? []
        : [{ path: `attendedParticipantIds[${i}]`, message: 'not a participant of this SIP' }],
    );
    if (unknown.length > 0) throw badRequest(unknown);
    const scheduled = (await repo.listMeetings(trx, sipId)).find((m) => m.status === 'scheduled');
    const values = { heldOn, notes: body.notes ?? null, attended };
    if (scheduled) await repo.markMeetingHeld(trx, scheduled.id, values);
    else {
      await repo.insertMeeting(trx, caller, {
        sipId,
        purpose: 'planning',
        startsAt: null,
        durationMinutes: null,
        place: null,
        videoLink: null,
        message: null,
        status: 'held',
        ...values,
      });
    }
    await repo.updateSip(trx, sipId, {
      status: next.status,
      first_meeting_on: next.firstMeetingOn,
    });
    await repo.insertEvent(trx, caller, sipId, 'meeting-held', { heldOn });
    return reload(trx, caller, row, today);
  });
}

/** Makes the plan active (POST /api/sips/:id/activate): 422 with `missing` when incomplete. */
export function activate(
  db: Db,
  caller: Caller,
  sipId: string,
  on: string | undefined,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.activate', 'write', async ({ trx, row, today }) => {
    const next = apply(row, today, { type: 'activate', ...(on ? { on } : {}) });
    // A scheduled planning meeting is where the plan was decided: it counts as held.
    const scheduled = (await repo.listMeetings(trx, sipId)).find(
      (m) =>
        m.status === 'scheduled' &&
        m.starts_at &&
        todayInStockholm(m.starts_at) <= next.activatedOn!,
    );
    if (scheduled) {
      await repo.markMeetingHeld(trx, scheduled.id, {
        heldOn: next.activatedOn!,
        notes: null,
        attended: null,
      });
    }
    await repo.updateSip(trx, sipId, {
      status: next.status,
      activated_on: next.activatedOn,
      first_meeting_on: next.firstMeetingOn,
    });
    await repo.insertEvent(trx, caller, sipId, 'activated', {
      on: next.activatedOn,
      version: row.plan_version,
    });
    return reload(trx, caller, row, today);
  });
}

const ENDING_EVENT = { closed: 'closed', refused: 'refused', withdrawn: 'withdrawn' } as const;

async function saveEnding(trx: Db, caller: Caller, row: repo.SipRow, next: Sip): Promise<void> {
  const ending = next.ending!;
  await repo.updateSip(trx, row.id, {
    status: next.status,
    ending: ending as unknown as Record<string, unknown>,
    ended_on: ending.on,
  });
  // Meetings of an ended SIP will not be held, so their reminders fall silent.
  await repo.cancelScheduledMeetings(trx, row.id);
  await repo.insertEvent(trx, caller, row.id, ENDING_EVENT[ending.kind], {
    on: ending.on,
    ...(ending.kind === 'closed' ? { outcome: ending.outcome } : {}),
  });
}

/**
 * A follow-up meeting (F3): every goal and intervention of the current version evaluated, the
 * next date set (it becomes the plan's, as a new version), or the SIP closed in the same step.
 */
export function recordFollowUp(
  db: Db,
  caller: Caller,
  sipId: string,
  body: z.infer<typeof sipFollowUpBody>,
): Promise<SipDetail> {
  return withSip(db, caller, sipId, 'sip.follow-up', 'write', async ({ trx, row, today }) => {
    if (body.decision === 'close' && !body.closeOutcome) {
      throw badRequest([{ path: 'closeOutcome', message: 'required when the decision is close' }]);
    }
    const evaluation = {
      heldOn: body.heldOn,
      planVersion: body.planVersion,
      goals: body.goals,
      interventions: body.interventions,
      decision: body.decision,
      nextFollowUpOn: body.nextFollowUpOn ?? null,
    };
    const sip = toDomainSip(row);
    let next = apply(row, today, { type: 'record-follow-up', evaluation }, sip);
    const followUpId = await repo.insertFollowUp(trx, caller, {
      sipId,
      heldOn: body.heldOn,
      planVersion: body.planVersion,
      goals: body.goals,
      interventions: body.interventions,
      decision: body.decision,
      nextFollowUpOn: body.decision === 'close' ? null : (body.nextFollowUpOn ?? null),
      note: body.note ?? null,
    });
    if (next.planVersion !== row.plan_version) {
      await repo.updateSip(trx, sipId, { plan: next.plan, plan_version: next.planVersion });
      await repo.insertVersion(trx, caller, {
        sipId,
        version: next.planVersion,
        plan: next.plan,
        changeKind: 'follow-up',
        basedOn: row.plan_version,
      });
    } else {
      await repo.updateSip(trx, sipId, {});
    }
    const scheduled = (await repo.listMeetings(trx, sipId)).find(
      (m) =>
        m.status === 'scheduled' && m.starts_at && todayInStockholm(m.starts_at) <= body.heldOn,
    );
    if (scheduled) {
      await repo.markMeetingHeld(trx, scheduled.id, {
        heldOn: body.heldOn,
        notes: body.note ?? null,
        attended: null,
      });
    }
    await repo.insertEvent(trx, caller, sipId, 'follow-up', {
      followUpId,
      heldOn: body.heldOn,
      decision: body.decision,
    });
    if (body.decision === 'close') {
      const close = {
        type: 'close' as const,
        outcome: body.closeOutcome!,
        note: body.closeNote ?? null,
        on: body.heldOn,
      };
      next = apply(row, today, close, next, 'heldOn');
      await saveEnding(trx, caller, row, next);
    }
    return reload(trx, caller, row, today);
  });
}

/** Ends the SIP: close (active, with an outcome), refuse (the person declined, with the reason)
 * or withdraw (the proposal is taken back). Ending never needs consent. */
export function end(
  db: Db,
  caller: Caller,
  sipId: string,
  how:
    | { type: 'close'; body: z.infer<typeof sipCloseBody> }
    | { type: 'refuse' | 'withdraw'; body: z.infer<typeof sipReasonBody> },
): Promise<SipDetail> {
  return withSip(db, caller, sipId, `sip.${how.type}`, 'write', async ({ trx, row, today }) => {
    const on = how.body.on ? { on: how.body.on } : {};
    const event: SipEvent =
      how.type === 'close'
        ? { type: 'close', outcome: how.body.outcome, note: how.body.note ?? null, ...on }
        : { type: how.type, reason: how.body.reason, ...on };
    await saveEnding(trx, caller, row, apply(row, today, event));
    return reload(trx, caller, row, today);
  });
}

// ---------------------------------------------------------------- outputs

export function planPdf(
  db: Db,
  caller: Caller,
  sipId: string,
  audience: 'participants' | 'person',
): Promise<Buffer> {
  const action = audience === 'person' ? 'sip.own-view-pdf' : 'sip.plan-pdf';
  return withSip(db, caller, sipId, action, 'read', async ({ trx, row, today }) => {
    const detail = await loadDetail(trx, caller, row, today);
    const names = await repo.nameDirectory(trx);
    if (audience === 'person') return renderOwnViewPdf(ownView(detail, names), today);
    return renderPlanPdf(detail, names, { by: caller.name, on: today });
  });
}

export function getOwnView(
  db: Db,
  caller: Caller,
  sipId: string,
): Promise<z.infer<typeof sipOwnView>> {
  return withSip(db, caller, sipId, 'sip.own-view', 'read', async ({ trx, row, today }) => {
    const detail = await loadDetail(trx, caller, row, today);
    return { sipId, ...ownView(detail, await repo.nameDirectory(trx)), generatedOn: today };
  });
}

/** The invitation letter to the person for the meeting now scheduled (409 without one). */
export function invitationLetter(db: Db, caller: Caller, sipId: string): Promise<Buffer> {
  return withSip(
    db,
    caller,
    sipId,
    'sip.invitation-letter',
    'read',
    async ({ trx, row, today }) => {
      const meeting = (await repo.listMeetings(trx, sipId))
        .filter((m) => m.status === 'scheduled')
        .at(-1);
      if (!meeting || !meeting.starts_at) {
        throw new SipProblem(
          409,
          'No meeting is scheduled; send an invitation first.',
          'no-meeting',
        );
      }
      const detail = await loadDetail(trx, caller, row, today);
      const participants = detail.participants
        .filter((p) => p.kind !== 'person' && p.mayTakePart && p.invitation !== 'declined')
        .map((p) => {
          const where =
            p.kind === 'staff' ? [p.unitName, p.organisationName].filter(Boolean).join(', ') : '';
          return `${p.name}${p.role ? ` (${p.role})` : ''}${where ? `, ${where}` : ''}`;
        });
      const contactStaff = detail.coordinator ?? detail.proposal.recordedBy;
      const [contact] = await repo.findStaff(trx, [contactStaff.staffId]);
      return renderInvitationLetter({
        personName: personName(caller, row),
        startsAt: meeting.starts_at,
        durationMinutes: meeting.duration_minutes,
        place: meeting.place,
        videoLink: meeting.video_link,
        message: meeting.message,
        participants,
        relativesWelcome: relativesMayTakePart(row),
        contact: {
          name: contactStaff.name,
          unit: contact?.unit_name ?? row.unit_name,
          organisation: contact?.organisation_name ?? row.organisation_name,
        },
        printedOn: today,
      });
    },
  );
}

// ---------------------------------------------------------------- gates for other modules

/**
 * F3's mandatory SIP gates for other modules: does the person have an active, unfrozen SIP,
 * visible to the caller, with an intervention covering `covers` (e.g. 'hvb-placement')?
 * Runs inside the caller's transaction; the calling module logs its own access.
 */
export async function personHasActiveSipCovering(
  trx: Db,
  caller: Caller,
  personId: string,
  covers: string,
): Promise<{ covered: boolean; sipId: string | null }> {
  const rows = await repo.listVisibleSips(trx, caller, { personId, status: 'active' });
  const check = hasActiveSipCovering(
    rows.map((r) => toDomainSip(r)),
    { covers, today: todayInStockholm() },
  );
  return { covered: check.covered, sipId: check.sip?.id ?? null };
}

export async function sipGate(db: Db, caller: Caller, personId: string, covers: string) {
  requirePermission(caller, 'sip:read');
  const person = await requireVisiblePerson(db, caller, personId, 'sip.gate');
  return db.transaction().execute(async (trx) => {
    const result = await personHasActiveSipCovering(trx, caller, personId, covers);
    await appendAccessLog(trx, caller, [
      {
        personId,
        action: 'sip.gate',
        ground: person.ground ?? 'none',
        outcome: 'allowed',
        detail: { covers, covered: result.covered },
      },
    ]);
    return { covers, ...result };
  });
}
