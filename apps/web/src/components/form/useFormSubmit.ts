import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api';
import { translateFieldMessage } from '../../lib/errors';
import { withoutPath } from './checks';
import { createFieldRegistry, type Errors, type FormContextValue } from './context';
import { focusFirstError, inPageOrder } from './focus';
import { mapServerErrors, type ServerErrorOptions } from './serverErrors';

export interface FormSubmitOptions<R> {
  /** The form's own rules, run after the fields' own (limits, dates): errors by path. */
  check?: () => Errors;
  /** Sends the form (e.g. `mutation.mutateAsync(body)`); a throw is the server's answer. */
  send: () => Promise<R>;
  onSuccess?: (result: R) => void;
  /** How the server's 400 `errors[].path` map to the form's paths and words. */
  server?: ServerErrorOptions;
  /** The name of a path in the error summary, where the field's own label is not the best. */
  labels?: (path: string) => string | undefined;
  /**
   * Answers the form shows in its own way (a 409 merge, a 422 list of what is missing): they
   * are not shown as a general problem.
   */
  ownsProblem?: (error: unknown) => boolean;
  /** True while the form may not be sent (e.g. handed over to the person to fill in). */
  blocked?: boolean;
  /** The form element's id, when something outside the form names it (`<button form=…>`). */
  id?: string;
}

export interface FormController extends FormContextValue {
  /** The form element's id (<Form> sets it); the kit finds the form by it in events. */
  id: string;
  /** The form element on the page, or null (for events and effects, not for rendering). */
  element: () => HTMLFormElement | null;
  /** The server's answer to show as a problem (what went wrong, in one sentence). */
  problem: unknown;
  /** Field errors the server named that no field of the form answers for. */
  unmapped: readonly FieldError[];
  pending: boolean;
  labels?: ((path: string) => string | undefined) | undefined;
  submit: (event?: FormEvent) => Promise<void>;
  /** Shows errors (from another check) and moves focus to the first. */
  showErrors: (errors: Errors) => void;
  /** Shows a failed request's answer as the form's errors, as if the form had sent it. */
  showServerError: (error: unknown) => void;
  /** Takes away the error of a field (and those below it), e.g. once it is changed. */
  clear: (path: string) => void;
  reset: () => void;
}

/**
 * One submit for every form: check (the fields' own rules, then the form's) → show the errors
 * → focus the first → send → map the server's field errors onto the fields → focus the first.
 * The form element, its fields and the error summary read it through <Form form={…}>.
 */
export function useFormSubmit<R>(options: FormSubmitOptions<R>): FormController {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = options.id ?? generatedId;
  const element = () => document.getElementById(id) as HTMLFormElement | null;
  const [fields] = useState(createFieldRegistry);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [unmapped, setUnmapped] = useState<readonly FieldError[]>([]);
  const [pending, setPending] = useState(false);
  // Focus moves once the errors are on screen: a request, answered after the render.
  const [focusRequest, setFocusRequest] = useState(0);
  const focusPaths = useRef<string[]>([]);
  useEffect(() => {
    if (focusRequest > 0) focusFirstError(document.getElementById(id), focusPaths.current);
  }, [focusRequest, id]);

  const showErrors = (next: Errors) => {
    // The summary lists them as the fields stand on the page.
    const ordered = inPageOrder(element(), Object.keys(next));
    setErrors(Object.fromEntries(ordered.map((path) => [path, next[path]!])));
    focusPaths.current = ordered;
    if (ordered.length) setFocusRequest((n) => n + 1);
  };

  const showServerError = (error: unknown) => {
    const mapped = mapServerErrors(error, (m) => translateFieldMessage(t, m), options.server);
    setUnmapped(mapped.unmapped);
    setProblem(options.ownsProblem?.(error) ? null : error);
    showErrors(mapped.errors);
  };

  const ownChecks = (): Errors => {
    const found: Errors = {};
    for (const [path, field] of fields.entries()) {
      const message = field.check?.();
      if (message) found[path] = message;
    }
    return { ...found, ...options.check?.() };
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (pending || options.blocked) return;
    const found = ownChecks();
    setProblem(null);
    setUnmapped([]);
    showErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    let result: R;
    try {
      result = await options.send();
    } catch (error) {
      setPending(false);
      showServerError(error);
      return;
    }
    setPending(false);
    options.onSuccess?.(result);
  };

  return {
    id,
    element,
    errors,
    fields,
    problem,
    unmapped,
    pending,
    labels: options.labels,
    submit,
    showErrors,
    showServerError,
    clear: (path) => setErrors((current) => withoutPath(current, path)),
    reset: () => {
      setErrors({});
      setProblem(null);
      setUnmapped([]);
    },
  };
}
