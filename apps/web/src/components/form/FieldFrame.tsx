import { useId, type ChangeEvent, type ReactNode } from 'react';
import { useFormField } from './context';

/** The ids a field wires together: the control, its hint and its error message. */
export function useFieldIds(id: string | undefined) {
  const generated = useId();
  const base = id ?? generated;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

type Ids = ReturnType<typeof useFieldIds>;

/** aria-describedby for a control: its hint first, then its error, or nothing. */
export function describedBy(ids: Ids, hint: boolean, error: boolean): string | undefined {
  const parts = [hint && ids.hintId, error && ids.errorId].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

export function RequiredMark({ show }: { show: boolean | undefined }) {
  if (!show) return null;
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-hint">
      {children}
    </p>
  );
}

/** The message beside an invalid field; the warning sign is decoration, the words carry it. */
export function FieldErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}

/** What every field takes besides its control's own attributes. */
export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The field's path in the form's errors (and the server's `errors[].path`, once mapped). */
  path?: string | undefined;
  /** An error given directly; without it the form's error for `path` is shown. */
  error?: string | undefined;
  /** Shown after the label for required fields (defaults to the control's `required`). */
  requiredMark?: boolean | undefined;
  className?: string | undefined;
}

/**
 * The field's wiring, shared by every control: ids, the error (given, or the form's for the
 * path), aria-describedby and aria-invalid, and the field registered with the form so the
 * error summary can name it and link to it.
 */
export function useField(
  props: Pick<FieldProps, 'label' | 'hint' | 'path' | 'error'> & {
    id?: string | undefined;
    check?: (() => string | undefined) | undefined;
  },
) {
  const ids = useFieldIds(props.id);
  const fromForm = useFormField(props.path, {
    id: ids.id,
    label: props.label,
    check: props.check,
  });
  const error = props.error ?? fromForm;
  return {
    ids,
    error,
    control: {
      id: ids.id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(ids, !!props.hint, !!error),
      ...(props.path ? { 'data-path': props.path } : {}),
    },
  };
}

/** The frame around one control: label, hint, the control, the error beside it. */
export function FieldFrame({
  ids,
  label,
  hint,
  error,
  requiredMark,
  className,
  extra,
  children,
}: {
  ids: Ids;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  requiredMark?: boolean | undefined;
  className?: string | undefined;
  /** Below the control, before the error: e.g. a character count. */
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={fieldClass(error, className)}>
      <label htmlFor={ids.id} className="field-label">
        {label}
        <RequiredMark show={requiredMark} />
      </label>
      {hint && <Hint id={ids.hintId}>{hint}</Hint>}
      {children}
      {extra}
      {error && <FieldErrorText id={ids.errorId}>{error}</FieldErrorText>}
    </div>
  );
}

export const fieldClass = (error: string | undefined, className?: string, base = 'field') =>
  [base, error && 'field-invalid', className].filter(Boolean).join(' ');

/**
 * A text control's value and change handler for a piece of state: `{...bindValue(note,
 * setNote)}` instead of `value` and `onChange` written out on every field.
 */
export function bindValue(value: string, set: (value: string) => void) {
  return {
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(event.target.value),
  };
}
