import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '../api';

/** Server field messages (English, from the zod schemas and the domain) that have a translation. */
const KNOWN_FIELD_MESSAGES: Record<string, string> = {
  required: 'fieldErrors.required',
  'six digits': 'fieldErrors.sixDigits',
  'at least 12 characters': 'fieldErrors.passwordLength',
  'letters a–z, digits, dot, dash or underscore; 2–64 characters': 'fieldErrors.username',
  'state the reason in at least 10 characters': 'fieldErrors.reasonLength',
  'name at least one organisation': 'fieldErrors.recipients',
  'each name part needs at least 2 letters': 'fieldErrors.searchTooShort',
  'must be YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN': 'pin.errors.format',
  'the date of birth is not a real date': 'pin.errors.date',
  'the century cannot be determined or the date lies in the future': 'pin.errors.century',
  'the check digit does not match': 'pin.errors.check-digit',
};

/** A field message in the user's language when we know it, else the server's own words. */
export function translateFieldMessage(t: TFunction, message: string): string {
  const key = KNOWN_FIELD_MESSAGES[message];
  if (key) return t(key);
  // zod: "Too big: expected string to have <=2000 characters" — say the limit.
  const limit = /^too big: expected (string|array) to have <=?(\d+)/i.exec(message);
  if (limit)
    return limit[1] === 'string'
      ? t('form.tooLong', { count: Number(limit[2]) })
      : t('form.tooMany', { count: Number(limit[2]) });
  const least = /^too small: expected (string|array) to have >=?(\d+)/i.exec(message);
  if (least)
    return least[1] === 'string' && least[2] === '1'
      ? t('fieldErrors.required')
      : least[1] === 'string'
        ? t('form.tooShort', { count: Number(least[2]) })
        : t('form.tooFew', { count: Number(least[2]) });
  if (/^too big/i.test(message)) return t('fieldErrors.tooLong');
  if (/^too small/i.test(message)) return t('fieldErrors.tooShort');
  if (/^invalid (uuid|input)/i.test(message)) return t('fieldErrors.invalid');
  return message;
}

export function fieldError(t: TFunction, error: unknown, path: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const message = error.fieldError(path);
  return message === undefined ? undefined : translateFieldMessage(t, message);
}

function retryAfter(error: ApiError): number | undefined {
  const extra = (error.problem as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof extra === 'number') return extra;
  const match = /(\d+)\s*second/i.exec(error.problem.detail ?? '');
  return match ? Number(match[1]) : undefined;
}

/** One sentence for the user about what went wrong, by status. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unexpected');
  switch (error.status) {
    case 0:
      return t('errors.network');
    case 400:
      return t('errors.badRequest');
    case 401:
      return t('errors.unauthorized');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return t('errors.conflict');
    case 422:
      return t('errors.unprocessable');
    case 429: {
      const seconds = retryAfter(error);
      return seconds === undefined
        ? t('errors.tooManyAttempts')
        : t('errors.tooManyAttemptsWait', { count: seconds });
    }
    default:
      return error.status >= 500 ? t('errors.server') : t('errors.unexpected');
  }
}

/** The server's own explanation, worth showing for refusals whose reason varies. */
export function problemDetail(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  if ([403, 409, 422].includes(error.status)) return error.problem.detail;
  return undefined;
}
