import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/**
 * Form controls with their label, an optional hint and an error message, wired together with
 * aria-describedby and aria-invalid. The error text sits beside the field it belongs to.
 */

interface Common {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown after the label for required fields. */
  requiredMark?: boolean;
}

function useFieldIds(id: string | undefined) {
  const generated = useId();
  const base = id ?? generated;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

function describedBy(hint: boolean, error: boolean, ids: { hintId: string; errorId: string }) {
  const parts = [hint && ids.hintId, error && ids.errorId].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function Label({
  htmlFor,
  children,
  requiredMark,
}: {
  htmlFor: string;
  children: ReactNode;
  requiredMark?: boolean | undefined;
}) {
  return (
    <label htmlFor={htmlFor} className="field-label">
      {children}
      {requiredMark && (
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-hint">
      {children}
    </p>
  );
}

export function FieldErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}

type TextFieldProps = Common & Omit<ComponentPropsWithRef<'input'>, 'children'>;

export function TextField({
  label,
  hint,
  error,
  requiredMark,
  id,
  className,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <Label htmlFor={ids.id} requiredMark={requiredMark ?? input.required}>
        {label}
      </Label>
      {hint && <Hint id={ids.hintId}>{hint}</Hint>}
      <input
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(!!hint, !!error, ids)}
        {...input}
      />
      {error && <FieldErrorText id={ids.errorId}>{error}</FieldErrorText>}
    </div>
  );
}

type TextAreaProps = Common & Omit<ComponentPropsWithRef<'textarea'>, 'children'>;

export function TextAreaField({
  label,
  hint,
  error,
  requiredMark,
  id,
  className,
  ...area
}: TextAreaProps) {
  const ids = useFieldIds(id);
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <Label htmlFor={ids.id} requiredMark={requiredMark ?? area.required}>
        {label}
      </Label>
      {hint && <Hint id={ids.hintId}>{hint}</Hint>}
      <textarea
        id={ids.id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(!!hint, !!error, ids)}
        {...area}
      />
      {error && <FieldErrorText id={ids.errorId}>{error}</FieldErrorText>}
    </div>
  );
}

type SelectProps = Common & ComponentPropsWithRef<'select'>;

export function SelectField({
  label,
  hint,
  error,
  requiredMark,
  id,
  className,
  children,
  ...select
}: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <Label htmlFor={ids.id} requiredMark={requiredMark ?? select.required}>
        {label}
      </Label>
      {hint && <Hint id={ids.hintId}>{hint}</Hint>}
      <select
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(!!hint, !!error, ids)}
        {...select}
      >
        {children}
      </select>
      {error && <FieldErrorText id={ids.errorId}>{error}</FieldErrorText>}
    </div>
  );
}

type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> & {
  label: ReactNode;
  hint?: ReactNode;
};

export function CheckboxField({ label, hint, id, className, ...input }: CheckboxProps) {
  const ids = useFieldIds(id);
  return (
    <div className={`check${className ? ` ${className}` : ''}`}>
      <input
        type="checkbox"
        id={ids.id}
        aria-describedby={hint ? ids.hintId : undefined}
        {...input}
      />
      <label htmlFor={ids.id}>{label}</label>
      {hint && (
        <p id={ids.hintId} className="field-hint check-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface ChoiceGroupProps<V extends string> extends Common {
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly { value: V; label: ReactNode; hint?: ReactNode }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  inline?: boolean;
}

/** A fieldset of radio buttons or checkboxes; the legend names the group. */
export function ChoiceGroup<V extends string>({
  type,
  name,
  label,
  hint,
  error,
  requiredMark,
  options,
  value,
  onChange,
  inline,
}: ChoiceGroupProps<V>) {
  const ids = useFieldIds(undefined);
  const toggle = (option: V, checked: boolean) => {
    if (type === 'radio') onChange([option]);
    else onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  };
  return (
    <fieldset
      className={`field choice-group${inline ? ' choice-inline' : ''}${error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy(!!hint, !!error, ids)}
    >
      <legend className="field-label">
        {label}
        {requiredMark && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {hint && <Hint id={ids.hintId}>{hint}</Hint>}
      <div className="choices">
        {options.map((option) => {
          const optionId = `${ids.id}-${option.value}`;
          return (
            <div className="check" key={option.value}>
              <input
                type={type}
                id={optionId}
                name={name}
                value={option.value}
                checked={value.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint && <p className="field-hint check-hint">{option.hint}</p>}
            </div>
          );
        })}
      </div>
      {error && <FieldErrorText id={ids.errorId}>{error}</FieldErrorText>}
    </fieldset>
  );
}
