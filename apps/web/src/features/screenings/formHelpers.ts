import type { TFunction } from 'i18next';
import { isApiError } from '../../api';
import { translateFieldMessage } from '../../lib/errors';

export const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** A date the visit happened on: required, a real date, not after today. */
export function dateError(t: TFunction, value: string, today: string): string | undefined {
  if (!value.trim()) return t('form.dateRequired');
  if (!isDate(value)) return t('form.dateInvalid');
  if (value > today) return t('form.dateFuture');
  return undefined;
}

export function translateDateError(t: TFunction, message: string): string {
  if (message === 'cannot be in the future') return t('form.dateFuture');
  if (/date/i.test(message)) return t('form.dateInvalid');
  return translateFieldMessage(t, message);
}

/**
 * The server's field errors by path, in the user's language where we know the message. The
 * assessment routes name a future date `performedOn` whatever the body calls it; `dateField`
 * maps that back to the form's own date field.
 */
export function serverFieldErrors(
  t: TFunction,
  error: unknown,
  dateField: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const e of error.fieldErrors) {
    const path = e.path === 'performedOn' ? dateField : e.path;
    if (out[path]) continue;
    out[path] =
      path === dateField ? translateDateError(t, e.message) : translateFieldMessage(t, e.message);
  }
  return out;
}

/** Focuses the first element of the form that carries one of the paths, in document order. */
export function focusFirstInvalid(form: HTMLFormElement | null, paths: readonly string[]): void {
  if (!form || paths.length === 0) return;
  const wanted = new Set(paths);
  const candidates = form.querySelectorAll<HTMLElement>('[data-path]');
  for (const element of candidates) {
    if (wanted.has(element.dataset.path ?? '')) {
      const target = element.matches('input, select, textarea, button')
        ? element
        : (element.querySelector<HTMLElement>('input:checked') ??
          element.querySelector<HTMLElement>('input, select, textarea'));
      target?.focus();
      return;
    }
  }
}
