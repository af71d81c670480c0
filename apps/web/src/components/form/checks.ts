import type { TFunction } from 'i18next';
import { isIsoDate } from '../../lib/format';

/** What a date field accepts: required or not, and the first and last day allowed. */
export interface DateRule {
  required?: boolean | undefined;
  /** YYYY-MM-DD: the earliest day allowed. */
  min?: string | undefined;
  /** YYYY-MM-DD: the latest day allowed (e.g. today, for something that has happened). */
  max?: string | undefined;
  /** Said when the date is before `min` (default: "cannot be before <min>"). */
  minMessage?: string | undefined;
  /** Said when the date is after `max` (default: "cannot be after <max>"). */
  maxMessage?: string | undefined;
}

/** What is wrong with a date as typed, in the user's language, or undefined when it is fine. */
export function dateProblem(t: TFunction, value: string, rule: DateRule): string | undefined {
  const date = value.trim();
  if (!date) return rule.required ? t('form.dateRequired') : undefined;
  if (!isIsoDate(date)) return t('form.dateInvalid');
  if (rule.min && date < rule.min) return rule.minMessage ?? t('form.dateMin', { date: rule.min });
  if (rule.max && date > rule.max) return rule.maxMessage ?? t('form.dateMax', { date: rule.max });
  return undefined;
}

/** Removes the errors whose path is `path` or lies below it (`path.x`, `path[0]`). */
export function withoutPath<E extends Record<string, string>>(errors: E, path: string): E {
  const out = {} as Record<string, string>;
  for (const [key, message] of Object.entries(errors))
    if (!isAtOrBelow(key, path)) out[key] = message;
  return out as E;
}

/** `a[1].b` is at or below `a[1]` and `a`, not below `ab`. */
export function isAtOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}
