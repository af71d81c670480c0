import type { ComponentPropsWithRef, ReactNode } from 'react';
import {
  describedBy,
  FieldErrorText,
  fieldClass,
  Hint,
  RequiredMark,
  useField,
} from './FieldFrame';
import type { FieldProps } from './FieldFrame';

/**
 * A fieldset whose legend names a group of controls, with the group's hint and error. It
 * carries the path, so the error summary links to it and focus goes to its chosen (or first)
 * control. The controls come as a function of whether the group is invalid.
 */
export function Fieldset({
  label,
  hint,
  path,
  error,
  requiredMark,
  className,
  id,
  group = false,
  legendClassName,
  children,
}: FieldProps & {
  /** The legend's own class, where the default (field label, or plain for a group) will not do. */
  legendClassName?: string | undefined;
  id?: string | undefined;
  /**
   * A group of fields (a goal, an intervention, a row): no field styling, a plain legend. Its
   * path still names it in the summary ("Mål 2 – Målet") and takes errors about it as a whole.
   */
  group?: boolean;
  /** The controls; as a function, told whether the group is invalid (for their aria-invalid). */
  children: ReactNode | ((invalid: boolean) => ReactNode);
}) {
  const field = useField({ label, hint, path, error, id });
  return (
    <fieldset
      id={field.ids.id}
      className={fieldClass(field.error, className, group ? '' : 'field')}
      aria-describedby={describedBy(field.ids, !!hint, !!field.error)}
      data-path={path}
    >
      <legend className={legendClassName ?? (group ? undefined : 'field-label')}>
        {label}
        <RequiredMark show={requiredMark} />
      </legend>
      {hint && <Hint id={field.ids.hintId}>{hint}</Hint>}
      {typeof children === 'function' ? children(!!field.error) : children}
      {field.error && <FieldErrorText id={field.ids.errorId}>{field.error}</FieldErrorText>}
    </fieldset>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/** A group of radio buttons (one value) or checkboxes (several), named by its legend. */
export function ChoiceGroup<V extends string>({
  type,
  name,
  options,
  value,
  onChange,
  inline,
  className,
  ...frame
}: FieldProps & {
  id?: string | undefined;
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly Choice<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  inline?: boolean;
}) {
  const toggle = (option: V, checked: boolean) => {
    if (type === 'radio') onChange([option]);
    else onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  };
  return (
    <Fieldset
      {...frame}
      className={['choice-group', inline && 'choice-inline', className].filter(Boolean).join(' ')}
    >
      {(invalid) => (
        <div className="choices">
          {options.map((option) => (
            <CheckboxField
              key={option.value}
              type={type}
              name={name}
              value={option.value}
              label={option.label}
              hint={option.hint}
              checked={value.includes(option.value)}
              aria-invalid={invalid || undefined}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
          ))}
        </div>
      )}
    </Fieldset>
  );
}

type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> & {
  /** A radio button when part of a ChoiceGroup. */
  type?: 'checkbox' | 'radio';
  label: ReactNode;
  hint?: ReactNode;
  /** For a checkbox that stands alone and may be invalid (e.g. an acknowledgement). */
  path?: string | undefined;
  error?: string | undefined;
};

/** One checkbox (or radio button) with its label after it and an optional hint below. */
export function CheckboxField({
  type = 'checkbox',
  label,
  hint,
  path,
  error,
  id,
  className,
  ...input
}: CheckboxProps) {
  const field = useField({ label, hint, path, error, id });
  return (
    <div className={fieldClass(field.error, className, 'check')}>
      <input type={type} {...field.control} {...input} />
      <label htmlFor={field.ids.id}>{label}</label>
      {hint && (
        <p id={field.ids.hintId} className="field-hint check-hint">
          {hint}
        </p>
      )}
      {field.error && <FieldErrorText id={field.ids.errorId}>{field.error}</FieldErrorText>}
    </div>
  );
}
