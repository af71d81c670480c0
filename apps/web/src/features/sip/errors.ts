import type { TFunction } from 'i18next';
import { isApiError } from '../../api';
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

/** The server's field errors by path (with a prefix such as `plan.` taken off). */
export function serverErrors(t: TFunction, error: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const e of error.fieldErrors) {
    const path = prefix && e.path.startsWith(prefix) ? e.path.slice(prefix.length) : e.path;
    if (!out[path]) out[path] = sipFieldMessage(t, e.message);
  }
  return out;
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

/** Focuses the first element in `root` that carries one of the paths (data-path). */
export function focusFirstPath(root: HTMLElement | null, paths: readonly string[]): boolean {
  if (!root || paths.length === 0) return false;
  const wanted = new Set(paths);
  for (const element of root.querySelectorAll<HTMLElement>('[data-path]')) {
    if (!wanted.has(element.dataset.path ?? '')) continue;
    const target = element.matches('input, select, textarea, button')
      ? element
      : (element.querySelector<HTMLElement>('input:checked') ??
        element.querySelector<HTMLElement>('input, select, textarea'));
    if (target) {
      target.focus();
      return true;
    }
  }
  return false;
}
