import { diffPlans, mergePlans, planErrors, type SipPlan } from '@vardflata/domain';
import type { UpdateSipPlanBody } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { badRequest, type FieldError } from '../../../http/problem.ts';
import {
  findOrganisationsByIds,
  findUnitsByIds,
} from '../../organisations/organisations.repository.ts';
import { findStaffByIds } from '../../staff/staff.repository.ts';
import { apply, namesInPlans, sipCommand, type SipContext } from '../sip.context.ts';
import { requireNotFrozen, requireOpen } from '../sip.policy.ts';
import { versionSummary, withText } from '../sip.presenter.ts';
import { refusalProblem, SipProblem } from '../sip.problems.ts';
import { insertEvent } from '../repositories/sip-event.repository.ts';
import { findVersions, insertVersion } from '../repositories/sip-plan-version.repository.ts';
import { updateSip } from '../repositories/sip.repository.ts';

/** Checks what the plan names against the registers and fills in names from them. */
async function normalisePlan(db: Db, plan: SipPlan): Promise<SipPlan> {
  const errors: FieldError[] = [];
  const staffIds = [
    ...(plan.coordinator ? [plan.coordinator.staffId] : []),
    ...plan.interventions.flatMap((i) => (i.responsible?.staffId ? [i.responsible.staffId] : [])),
  ];
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const staff = byId(await findStaffByIds(db, staffIds));
  const units = byId(
    await findUnitsByIds(
      db,
      plan.interventions.flatMap((i) => (i.unitId ? [i.unitId] : [])),
    ),
  );
  const organisations = byId(
    await findOrganisationsByIds(
      db,
      plan.interventions.flatMap((i) => (i.organisationId ? [i.organisationId] : [])),
    ),
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
      const kind =
        organisations.get(organisationId)?.kind ?? units.get(iv.unitId ?? '')?.organisation_kind;
      if (!kind) errors.push({ path: `${at}.organisationId`, message: 'no such organisation' });
      else if (iv.principal !== 'other' && kind !== iv.principal) {
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

/** 409 for an edit of a version that is no longer the latest: nothing is saved, and the
 * answer carries what is saved now and a three-way merge of both edits to start from. */
async function staleProblem(
  { trx, row }: SipContext,
  basedOnVersion: number,
  mine: SipPlan,
): Promise<SipProblem> {
  const versions = await findVersions(trx, row.id, [
    basedOnVersion,
    row.plan_version,
    row.plan_version - 1,
  ]);
  const at = (v: number) => versions.find((x) => x.version === v);
  const base = at(basedOnVersion)!;
  const current = at(row.plan_version)!;
  const previous = at(row.plan_version - 1);
  const names = await namesInPlans(trx, base.plan, current.plan);
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
      merge: mergePlans(base.plan, mine, current.plan),
    },
  );
}

/**
 * Saves the plan as a new version. Before activation it is a draft (structure checked, 400);
 * an active plan is revised through the domain's 'revise' rule and must stay complete (422).
 * `basedOnVersion` must be the latest: two edits of one version never overwrite each other.
 */
export const updatePlan = sipCommand('sip.plan.update', async (ctx, body: UpdateSipPlanBody) => {
  const { trx, caller, row } = ctx;
  const sipId = row.id;
  requireOpen(row);
  if (body.basedOnVersion > row.plan_version) {
    throw badRequest([
      {
        path: 'basedOnVersion',
        message: `no version ${body.basedOnVersion}; the latest is ${row.plan_version}`,
      },
    ]);
  }
  const plan = await normalisePlan(trx, body.plan);
  if (row.status === 'active') {
    try {
      apply(ctx, { type: 'revise', plan, basedOnVersion: body.basedOnVersion });
    } catch (error) {
      if (error instanceof SipProblem && error.reason === 'stale-version') {
        throw await staleProblem(ctx, body.basedOnVersion, plan);
      }
      throw error;
    }
  } else {
    requireNotFrozen(row);
    if (body.basedOnVersion !== row.plan_version) {
      throw await staleProblem(ctx, body.basedOnVersion, plan);
    }
    const errors = planErrors(plan);
    if (errors.length > 0) {
      throw refusalProblem({ ok: false, reason: 'plan-invalid', errors }, row.status);
    }
  }
  const changes = diffPlans(row.plan, plan);
  // Saving what is already saved adds no empty version.
  if (changes.length > 0) {
    const version = row.plan_version + 1;
    await updateSip(trx, sipId, { plan, plan_version: version });
    await insertVersion(trx, caller, {
      sip_id: sipId,
      version,
      plan,
      change_kind: row.status === 'active' ? 'revised' : 'edited',
      based_on: body.basedOnVersion,
    });
    await insertEvent(trx, caller, sipId, 'plan-saved', { version, changes: changes.length });
  }
});
