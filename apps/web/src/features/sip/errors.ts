import type { TFunction } from 'i18next';
import { isApiError } from '../../api';
import type { ServerErrorOptions } from '../../components/form';
import { translateFieldMessage } from '../../lib/errors';
import type { MissingCode, StaleVersionProblem } from './types';

/** Server messages of the SIP routes that have a translation in the 'sip' namespace. */
const KNOWN: Record<string, string> = {
  'no such staff member': 'serverErrors.noSuchStaff',
  'no such unit': 'serverErrors.noSuchUnit',
  'the unit belongs to another organisation': 'serverErrors.unitOrganisation',
  'ends before it starts': 'serverErrors.endsBeforeStart',
  'must be a date YYYY-MM-DD': 'serverErrors.date',
  'must be in the future': 'serverErrors.future',
  'give a place or a video link': 'serverErrors.placeOrVideo',
  'lies in the future': 'serverErrors.notFuture',
  'lies before the proposal': 'serverErrors.beforeProposal',
  'the person’s consent to SIP does not name this organisation': 'serverErrors.notCovered',
  'the person does not want relatives to take part': 'serverErrors.relativesObjection',
  'relatives take part only under a valid relatives-participation consent':
    'serverErrors.relativesConsent',
  'a meeting cannot be recorded before it is held': 'serverErrors.notFuture',
  'set the date of the next follow-up': 'serverErrors.nextFollowUp',
  'must be after the meeting': 'serverErrors.afterMeeting',
  'must not be in the past': 'serverErrors.notPast',
  'a note is required when the goal is not fully achieved': 'serverErrors.goalNote',
  'say why the intervention has not started': 'serverErrors.interventionReason',
  'required when the decision is close': 'serverErrors.outcome',
};

export function sipFieldMessage(t: TFunction, message: string): string {
  const key = KNOWN[message];
  return key ? t(key) : translateFieldMessage(t, message);
}

/** How the SIP routes' 400 field errors reach a kit form: in the SIP's words, paths as given. */
export function sipServerErrors(
  t: TFunction,
  options: Omit<ServerErrorOptions, 'message'> = {},
): ServerErrorOptions {
  return { ...options, message: (message) => sipFieldMessage(t, message) };
}

/** The stale-version answer of a plan save, or null. */
export function staleProblemOf(error: unknown): StaleVersionProblem | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const problem = error.problem as unknown as Partial<StaleVersionProblem>;
  return problem.reason === 'stale-version' && problem.merge
    ? (problem as StaleVersionProblem)
    : null;
}

/** The `missing` list of a 422 (plan incomplete, consent required), or null. */
export function missingOf(error: unknown): MissingCode[] | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const missing = (error.problem as { missing?: unknown }).missing;
  return Array.isArray(missing) && missing.length > 0 ? (missing as MissingCode[]) : null;
}

/** The domain's refusal code the SIP routes add to their problems, e.g. 'frozen'. */
export const reasonOf = (error: unknown): string | undefined =>
  isApiError(error)
    ? ((error.problem as { reason?: unknown }).reason as string | undefined)
    : undefined;
