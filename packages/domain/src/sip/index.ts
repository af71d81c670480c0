// The public API of the SIP domain rules (F3). Pure: no I/O, no clock — `today` is passed in.
export * from './types.ts';
export * from './labels.ts';
export { addDays, daysBetween, isValidDate } from './dates.ts';
export {
  MISSING_CODES,
  emptyPlan,
  missingForActivation,
  planErrors,
  type CompletenessContext,
  type MissingCode,
} from './completeness.ts';
export {
  TRANSITIONS,
  allowedEvents,
  applyEvent,
  proposeSip,
  transition,
  type RefusalReason,
  type SipEvent,
  type SipEventType,
  type SipSnapshot,
  type TransitionContext,
  type TransitionRefused,
  type TransitionResult,
  type TransitionRule,
} from './state-machine.ts';
export * from './follow-up.ts';
export * from './diff.ts';
export * from './gates.ts';
export * from './timing.ts';
