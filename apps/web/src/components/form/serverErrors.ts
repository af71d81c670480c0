import type { FieldError } from '../../api';
import { isApiError } from '../../api';
import type { Errors } from './context';

export interface ServerErrorOptions {
  /** Taken off the start of every path first, e.g. `plan.` for the plan editor. */
  prefix?: string | undefined;
  /** The form's path for a server path, or null when no field of the form answers for it. */
  path?: ((serverPath: string) => string | null) | undefined;
  /** The server's message in the user's language (by default the shared field messages). */
  message?: ((message: string, path: string) => string) | undefined;
}

/**
 * The server's 400 `errors[].path` as the form's errors: each path mapped to the form's own
 * (the first message per field wins), and the errors no field answers for, to be shown apart.
 */
export function mapServerErrors(
  error: unknown,
  translate: (message: string) => string,
  options: ServerErrorOptions = {},
): { errors: Errors; unmapped: FieldError[] } {
  const errors: Errors = {};
  const unmapped: FieldError[] = [];
  if (!isApiError(error)) return { errors, unmapped };
  for (const e of error.fieldErrors) {
    const bare =
      options.prefix && e.path.startsWith(options.prefix)
        ? e.path.slice(options.prefix.length)
        : e.path;
    const path = options.path ? options.path(bare) : bare;
    if (path === null) {
      unmapped.push(e);
      continue;
    }
    errors[path] ??= options.message ? options.message(e.message, path) : translate(e.message);
  }
  return { errors, unmapped };
}
