import { useEffect } from 'react';
import type { SipPlan } from '@vardflata/domain';
import { useFormSubmit, type FormController } from '../../components/form';
import { missingOf, sipServerErrors, staleProblemOf } from './errors';
import { useSipT } from './i18n';
import { useSavePlan } from './queries';
import type { MissingCode, SipDetail, StaleVersionProblem } from './types';
import type { PlanDraft } from './usePlanDraft';

export interface PlanSaver {
  /** The plan editor's kit form: its submit saves the draft. */
  form: FormController;
  /** Saves a plan on a version (from the activation or a merge); null when it was refused. */
  run: (plan: SipPlan, basedOnVersion: number) => Promise<SipDetail | null>;
  /** A 409: someone saved after the version this edit started from (the merge panel). */
  stale: StaleVersionProblem | null;
  /** A 422: an active plan must stay complete; what is missing. */
  missing: MissingCode[] | null;
  clearStale: () => void;
  pending: boolean;
}

/** The element id of the plan editor's list of what is missing (it takes focus). */
export const PLAN_MISSING_ID = 'plan-missing';

/** The server's paths under `plan.`, as the editor's fields (a unit's organisation is the unit's). */
const planPath = (path: string) =>
  path
    .replace(/\.organisationId$/, '.unitId')
    .replace(/^coordinator\.(staffId|name)$/, 'coordinator');

/**
 * Saves the draft as a new version, and handles the answers: the new version (the draft
 * starts over from it), 409 stale (the merge panel), 422 missing (an active plan must stay
 * complete; the list takes focus), 400 (field errors beside the fields, focus on the first).
 * The draft lives above the page's sections, so it survives moving between them.
 */
export function usePlanSaver(
  sip: SipDetail,
  draft: PlanDraft,
  onSaved: (sip: SipDetail) => void,
): PlanSaver {
  const { t } = useSipT();
  const save = useSavePlan(sip.id);
  const stale = staleProblemOf(save.error);
  const missing = missingOf(save.error);

  const saveAsync = async (plan: SipPlan, basedOnVersion: number) => {
    const saved = await save.mutateAsync({ basedOnVersion, plan });
    draft.reset(saved.plan as SipPlan, saved.version);
    onSaved(saved);
    return saved;
  };

  const form = useFormSubmit({
    id: 'plan-form',
    send: () => saveAsync(draft.plan, draft.baseVersion),
    server: sipServerErrors(t, { prefix: 'plan.', path: planPath }),
    ownsProblem: (error) => staleProblemOf(error) !== null || missingOf(error) !== null,
  });

  // Refused for what is missing: the list takes focus once it is on screen.
  const error = save.error;
  useEffect(() => {
    if (missingOf(error)) document.getElementById(PLAN_MISSING_ID)?.focus();
  }, [error]);

  return {
    form,
    run: async (plan, basedOnVersion) => {
      try {
        return await saveAsync(plan, basedOnVersion);
      } catch (e) {
        form.showServerError(e);
        return null;
      }
    },
    stale,
    missing,
    clearStale: () => save.reset(),
    pending: save.isPending,
  };
}
