import {
  SUBSTANCE_CLASSES,
  evaluateDsm4,
  evaluateDsm5SubstanceUseDisorder,
  evaluateGamblingDisorder,
  evaluateIcd10Dependence,
  validateAsiRecord,
  type ChecklistId,
} from '@vardflata/domain';
import type {
  CreateAsiBody,
  CreateCriteriaBody,
  CreateDrugTestBody,
  CreateLifestyleBody,
  CreateViolenceQuestionBody,
} from '@vardflata/contracts';
import type { FieldError } from '../../http/problem.ts';

/**
 * The validation and computed result of each assessment kind, from the domain rules. Each
 * returns the errors (named by path) or what to store: the normalised data and the result.
 */
export type RuleOutcome =
  { ok: true; data: object; result: object } | { ok: false; errors: FieldError[] };

export function asiOutcome(body: CreateAsiBody): RuleOutcome {
  const errors: FieldError[] = [];
  const checked = validateAsiRecord({ form: body.form, areas: body.areas });
  if (!checked.ok) errors.push(...checked.errors);
  if (body.form === 'uppfoljning' && !body.grundId) {
    errors.push({
      path: 'grundId',
      message: 'an ASI Uppföljning names the ASI Grund it follows up',
    });
  }
  if (body.form === 'grund' && body.grundId) {
    errors.push({ path: 'grundId', message: 'only an ASI Uppföljning follows a Grund' });
  }
  if (errors.length) return { ok: false, errors };
  const data = {
    form: body.form,
    interviewer: body.interviewer,
    areas: body.areas,
    notes: body.notes ?? null,
  };
  return { ok: true, data, result: {} };
}

export function criteriaOutcome(body: CreateCriteriaBody, dependenceEverMet: boolean): RuleOutcome {
  const substance = SUBSTANCE_CLASSES.find((s) => s.id === body.substanceClass);
  if (!substance) {
    const known = SUBSTANCE_CLASSES.map((s) => s.id).join(', ');
    return { ok: false, errors: [{ path: 'substanceClass', message: `must be one of ${known}` }] };
  }
  if (!substance.checklists.includes(body.checklist as ChecklistId)) {
    return {
      ok: false,
      errors: [
        { path: 'checklist', message: `${body.checklist} does not apply to ${substance.id}` },
      ],
    };
  }
  const base = {
    checklist: body.checklist,
    substanceClass: body.substanceClass,
    note: body.note ?? null,
  };
  const missing = (path: string): RuleOutcome => ({
    ok: false,
    errors: [{ path, message: 'required for this checklist (an empty list when none is met)' }],
  });
  switch (body.checklist) {
    case 'icd10-dependence': {
      if (!body.met) return missing('met');
      const r = evaluateIcd10Dependence(body.met);
      return r.ok ? { ok: true, data: { ...base, met: body.met }, result: r } : r;
    }
    case 'dsm4': {
      if (!body.dependenceMet) return missing('dependenceMet');
      if (!body.abuseMet) return missing('abuseMet');
      const r = evaluateDsm4({
        dependenceMet: body.dependenceMet,
        abuseMet: body.abuseMet,
        dependenceEverMet,
      });
      return r.ok
        ? {
            ok: true,
            data: {
              ...base,
              dependenceMet: body.dependenceMet,
              abuseMet: body.abuseMet,
              dependenceEverMet,
            },
            result: r,
          }
        : r;
    }
    case 'dsm5-substance-use-disorder': {
      if (!body.met) return missing('met');
      const solely = body.solelyUnderMedicalSupervision ?? false;
      const r = evaluateDsm5SubstanceUseDisorder(body.met, {
        solelyUnderMedicalSupervision: solely,
        substanceClass: substance.id,
      });
      return r.ok
        ? {
            ok: true,
            data: { ...base, met: body.met, solelyUnderMedicalSupervision: solely },
            result: r,
          }
        : r;
    }
    case 'dsm5-gambling-disorder': {
      if (!body.met) return missing('met');
      const r = evaluateGamblingDisorder(body.met);
      return r.ok ? { ok: true, data: { ...base, met: body.met }, result: r } : r;
    }
  }
}

export function drugTestOutcome(
  body: CreateDrugTestBody,
  orderedBy: { staffName: string; principal: string | null },
): RuleOutcome {
  const positives = body.results.filter((r) => r.result === 'positive').map((r) => r.substance);
  return {
    ok: true,
    data: { ...body, orderedBy: orderedBy.staffName, orderingPrincipal: orderedBy.principal },
    result: { positive: positives.length > 0, positiveSubstances: positives },
  };
}

export function violenceOutcome(body: CreateViolenceQuestionBody): RuleOutcome {
  const concern = body.exposed === 'yes' || body.children === 'exposed';
  if (concern && !body.actionTaken) {
    return {
      ok: false,
      errors: [
        { path: 'actionTaken', message: 'state the action taken when violence is disclosed' },
      ],
    };
  }
  // A child exposed to violence is a matter for a report to social services (the duty to report in SoL 2025:400).
  return {
    ok: true,
    data: body,
    result: { concern, childConcern: body.children === 'exposed' },
  };
}

export function lifestyleOutcome(body: CreateLifestyleBody): RuleOutcome {
  const areas = ['alcohol', 'drugs', 'tobacco', 'gambling'] as const;
  const withUse = areas.filter((a) => body[a].use === 'yes');
  const adviceMissing = withUse.filter((a) => !body[a].adviceGiven);
  return {
    ok: true,
    data: body,
    result: {
      areasWithUse: withUse,
      adviceGivenFor: areas.filter((a) => body[a].adviceGiven),
      adviceMissing,
    },
  };
}
