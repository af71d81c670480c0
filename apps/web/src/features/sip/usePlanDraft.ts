import { useState } from 'react';
import { diffPlans, type SipPlan } from '@vardflata/domain';
import { planOf, type SipDetail } from './types';

export interface PlanDraft {
  plan: SipPlan;
  /** The version the edit started from: sent as basedOnVersion. */
  baseVersion: number;
  /** Unsaved changes against the version the edit started from. */
  dirty: boolean;
  setPlan: (update: (plan: SipPlan) => SipPlan) => void;
  /** Starts over from a plan and version (after saving, or from a merge). */
  reset: (plan: SipPlan, version: number, basePlan?: SipPlan) => void;
}

/**
 * The plan being edited. While nothing is changed it follows the saved SIP (another user's
 * save shows at once); once changed it keeps the user's edit and its base version, so a save
 * after someone else's is answered with 409 and a merge — never silently overwritten.
 */
export function usePlanDraft(sip: SipDetail): PlanDraft {
  const [state, setState] = useState(() => ({
    plan: planOf(sip),
    basePlan: planOf(sip),
    baseVersion: sip.version,
  }));
  const dirty = diffPlans(state.basePlan, state.plan).length > 0;

  // Adjusting state while rendering (not in an effect): follow a newer saved version when the
  // user has nothing unsaved.
  if (!dirty && state.baseVersion !== sip.version) {
    setState({ plan: planOf(sip), basePlan: planOf(sip), baseVersion: sip.version });
  }

  // Leaving with unsaved changes asks first: the SIP page's useLeaveWarning (the form kit).

  return {
    plan: state.plan,
    baseVersion: state.baseVersion,
    dirty,
    setPlan: (update) => setState((s) => ({ ...s, plan: update(s.plan) })),
    reset: (plan, version, basePlan) =>
      setState({ plan, basePlan: basePlan ?? plan, baseVersion: version }),
  };
}
