import {
  applyEvent,
  type AccessAction,
  type Sip,
  type SipEvent,
  type SipPlan,
} from '@vardflata/domain';
import type { SipDetail } from '@vardflata/contracts';
import type { Caller } from '../../access/caller.ts';
import { requirePermission } from '../../access/permissions.ts';
import { appendAccessLog, logDenied } from '../../audit/access-log.ts';
import type { Db } from '../../db/database.ts';
import { HttpProblem, notFound } from '../../http/problem.ts';
import { todayInStockholm } from '../../util/time.ts';
import { listSipConsentsCovering } from '../consents/consents.repository.ts';
import { namesOfUnitsAndOrganisations } from '../organisations/organisations.repository.ts';
import { requireMayEdit } from './sip.policy.ts';
import { toDetail } from './sip.presenter.ts';
import { refusalProblem } from './sip.problems.ts';
import { toDomainSip } from './sip.record.ts';
import { listFollowUps } from './repositories/sip-follow-up.repository.ts';
import { listMeetings } from './repositories/sip-meeting.repository.ts';
import { listParticipants } from './repositories/sip-participant.repository.ts';
import { findVersion } from './repositories/sip-plan-version.repository.ts';
import {
  findSipPersonId,
  findVisibleSip,
  lockSip,
  type SipRow,
} from './repositories/sip.repository.ts';

/**
 * What every SIP use case shares: check, lock, act and log in one transaction (`withSip`), the
 * domain's state machine applied to the row (`apply`), and the SIP as the caller sees it after
 * the act (`reload`). A use case is the act alone.
 */

export interface SipContext {
  trx: Db;
  caller: Caller;
  row: SipRow;
  /** Today in Stockholm, read once per call so every rule sees the same day. */
  today: string;
}

const NOT_VISIBLE = Symbol('not visible');

/**
 * Runs `work` on a SIP the caller may see, inside one transaction that also writes the
 * access-log row. Writes lock the SIP row first, so concurrent writes to one SIP queue up and
 * every check sees the latest state; they need a ground that lets the caller change the SIP.
 * A SIP the caller may not see is a logged 404; a refusal after it was seen is logged too.
 */
export async function withSip<T>(
  db: Db,
  caller: Caller,
  sipId: string,
  action: AccessAction,
  mode: 'read' | 'write',
  work: (ctx: SipContext) => Promise<T>,
): Promise<T> {
  requirePermission(caller, mode === 'read' ? 'sip:read' : 'sip:write');
  let seen: SipRow | undefined;
  try {
    const result = await db.transaction().execute(async (trx) => {
      if (mode === 'write') await lockSip(trx, sipId);
      const row = await findVisibleSip(trx, caller, sipId);
      if (!row) return NOT_VISIBLE;
      seen = row;
      if (mode === 'write') requireMayEdit(caller, row);
      const value = await work({ trx, caller, row, today: todayInStockholm() });
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
        personId: await findSipPersonId(db, sipId),
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

/**
 * Applies a life-cycle event through the domain's state machine, or throws its refusal.
 * `onField` names the request field that carried the event's date, for error paths.
 */
export function apply(
  { row, today }: Pick<SipContext, 'row' | 'today'>,
  event: SipEvent,
  options: { sip?: Sip; onField?: string } = {},
): Sip {
  const sip = options.sip ?? toDomainSip(row);
  const result = applyEvent(sip, event, { hasValidSipConsent: row.sip_consent, today });
  if (!result.ok) {
    const onField = options.onField ?? 'on';
    const errors = result.errors?.map((e) => (e.path === 'on' ? { ...e, path: onField } : e));
    throw refusalProblem({ ...result, ...(errors ? { errors } : {}) }, sip.status);
  }
  return result.sip;
}

/** The SIP in full as the caller sees it: plan, participants, meetings, follow-ups. */
export async function loadDetail({ trx, caller, row, today }: SipContext): Promise<SipDetail> {
  const currentVersion = await findVersion(trx, row.id, row.plan_version);
  return toDetail(caller, {
    row,
    participants: await listParticipants(trx, row.id),
    meetings: await listMeetings(trx, row.id),
    followUps: await listFollowUps(trx, row.id),
    currentVersion: currentVersion!,
    consents: await listSipConsentsCovering(trx, row.person_id, row.organisation_id),
    today,
  });
}

/** The SIP after a write, as the caller sees it now (or as they saw it, if the write was the
 * last thing they could do with it). */
async function reload(ctx: SipContext): Promise<SipDetail> {
  const row = (await findVisibleSip(ctx.trx, ctx.caller, ctx.row.id)) ?? ctx.row;
  return loadDetail({ ...ctx, row });
}

/**
 * A write use case (a command, as Outline has them): its act on the locked SIP, nothing else.
 * It is called with the route's arguments after the SIP's id and answers the SIP as the
 * caller then sees it. `action` names the access-log action, from the arguments if it varies.
 */
export function sipCommand<A extends unknown[]>(
  action: AccessAction | ((...args: A) => AccessAction),
  act: (ctx: SipContext, ...args: A) => Promise<void>,
) {
  return (db: Db, caller: Caller, sipId: string, ...args: A): Promise<SipDetail> =>
    withSip(db, caller, sipId, named(action, args), 'write', async (ctx) => {
      await act(ctx, ...args);
      return reload(ctx);
    });
}

/** A read use case: what it answers of the SIP the caller may see, logged as `action`. */
export function sipQuery<A extends unknown[], T>(
  action: AccessAction | ((...args: A) => AccessAction),
  read: (ctx: SipContext, ...args: A) => Promise<T>,
) {
  return (db: Db, caller: Caller, sipId: string, ...args: A): Promise<T> =>
    withSip(db, caller, sipId, named(action, args), 'read', (ctx) => read(ctx, ...args));
}

const named = <A extends unknown[]>(
  action: AccessAction | ((...args: A) => AccessAction),
  args: A,
) => (typeof action === 'string' ? action : action(...args));

/** The names of the units and organisations the plans name, to write them out in words. */
export function namesInPlans(trx: Db, ...plans: (SipPlan | null | undefined)[]) {
  const ids = plans.flatMap((plan) =>
    (plan?.interventions ?? []).flatMap((i) => [i.unitId, i.organisationId]),
  );
  return namesOfUnitsAndOrganisations(
    trx,
    ids.filter((id): id is string => !!id),
  );
}
