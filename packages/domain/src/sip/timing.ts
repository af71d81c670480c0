import { daysBetween } from './dates.ts';
import type { Sip } from './types.ts';

/**
 * Days from the proposal to the first meeting (the law says "without delay", indicator F9).
 * Only a meeting that was held counts: until then `days` is null (there is no such figure yet)
 * and `waitingDays` is the wait so far, for the case manager's worklist; a SIP that ended
 * (refused, withdrawn) without a meeting stops that clock at its ending.
 */
export function proposalToFirstMeeting(
  sip: {
    proposal: Pick<Sip['proposal'], 'on'>;
    firstMeetingOn: string | null;
    ending: { on: string } | null;
  },
  today: string,
): { met: boolean; days: number | null; waitingDays: number | null } {
  if (sip.firstMeetingOn) {
    return {
      met: true,
      days: daysBetween(sip.proposal.on, sip.firstMeetingOn),
      waitingDays: null,
    };
  }
  return {
    met: false,
    days: null,
    waitingDays: daysBetween(sip.proposal.on, sip.ending?.on ?? today),
  };
}

export type FollowUpState = 'not-applicable' | 'scheduled' | 'due' | 'overdue';

export interface FollowUpTiming {
  state: FollowUpState;
  nextFollowUpOn: string | null;
  /** Negative when overdue; null when not applicable. */
  daysUntil: number | null;
}

/**
 * Whether the plan's next follow-up is due: 'overdue' once the date has passed, 'due' from
 * `dueWithinDays` days before it up to the day itself, else 'scheduled'. Only an active plan
 * that is not frozen can be followed up; anything else is 'not-applicable' (a frozen plan
 * shows up in the worklist through its consent, not here).
 */
export function followUpTiming(
  sip: Pick<Sip, 'status' | 'frozen' | 'plan'>,
  today: string,
  options: { dueWithinDays?: number } = {},
): FollowUpTiming {
  const next = sip.plan.nextFollowUpOn;
  const daysUntil = next ? daysBetween(today, next) : null;
  if (sip.status !== 'active' || sip.frozen || next === null || daysUntil === null) {
    return { state: 'not-applicable', nextFollowUpOn: next, daysUntil: null };
  }
  const window = options.dueWithinDays ?? 14;
  const state: FollowUpState =
    daysUntil < 0 ? 'overdue' : daysUntil <= window ? 'due' : 'scheduled';
  return { state, nextFollowUpOn: next, daysUntil };
}
