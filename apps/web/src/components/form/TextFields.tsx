import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame, useField, type FieldProps } from './FieldFrame';

type InputProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'children' | 'className'>;

/** A one-line text input (also search, password, time, url) with its label, hint and error. */
export function TextField({
  label,
  hint,
  path,
  error,
  requiredMark,
  className,
  id,
  ...input
}: InputProps) {
  const field = useField({ label, hint, path, error, id });
  return (
    <FieldFrame
      ids={field.ids}
      label={label}
      hint={hint}
      error={field.error}
      requiredMark={requiredMark ?? input.required}
      className={className}
    >
      <input {...field.control} {...input} />
    </FieldFrame>
  );
}

type AreaProps = FieldProps &
  Omit<ComponentPropsWithRef<'textarea'>, 'children' | 'className' | 'maxLength'> & {
    /** The most characters the server takes: said under the field and checked on submit. */
    limit?: number | undefined;
  };

/**
 * A text area; with `limit`, the limit is shown, and what is left as the user nears it. Room
 * for longer texts (a limit of 8 000 or more) by default.
 */
export function TextAreaField({
  label,
  hint,
  path,
  error,
  requiredMark,
  className,
  id,
  limit,
  ...area
}: AreaProps) {
  const { t } = useTranslation();
  const length = String(area.value ?? '').length;
  const check = () =>
    limit !== undefined && length > limit ? t('form.tooLong', { count: limit }) : undefined;
  const field = useField({ label, hint, path, error, id, check });
  const countId = `${field.ids.id}-count`;
  const describedBy =
    limit === undefined
      ? field.control['aria-describedby']
      : [field.control['aria-describedby'], countId].filter(Boolean).join(' ');
  return (
    <FieldFrame
      ids={field.ids}
      label={label}
      hint={hint}
      error={field.error}
      requiredMark={requiredMark ?? area.required}
      className={className}
      extra={
        limit === undefined ? null : <CharacterCount id={countId} limit={limit} length={length} />
      }
    >
      <textarea
        rows={limit !== undefined && limit >= 8000 ? 4 : 3}
        {...field.control}
        aria-describedby={describedBy}
        {...area}
      />
    </FieldFrame>
  );
}

/**
 * "Högst 2 000 tecken", and near the end how many are left or how many too many. No native
 * maxlength: it would cut a pasted text short without a word.
 */
function CharacterCount({ id, limit, length }: { id: string; limit: number; length: number }) {
  const { t } = useTranslation();
  const left = limit - length;
  const over = left < 0;
  const text = over
    ? t('form.charactersOver', { count: -left, limit })
    : length >= limit * 0.9
      ? t('form.charactersLeft', { count: left, limit })
      : t('form.charactersLimit', { count: limit });
  return (
    <p id={id} className={over ? 'field-hint char-count char-count-over' : 'field-hint char-count'}>
      {text}
    </p>
  );
}

type SelectProps = FieldProps & Omit<ComponentPropsWithRef<'select'>, 'className'>;

export function SelectField({
  label,
  hint,
  path,
  error,
  requiredMark,
  className,
  id,
  children,
  ...select
}: SelectProps) {
  const field = useField({ label, hint, path, error, id });
  return (
    <FieldFrame
      ids={field.ids}
      label={label}
      hint={hint}
      error={field.error}
      requiredMark={requiredMark ?? select.required}
      className={className}
    >
      <select {...field.control} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}
