import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateProblem, type DateRule } from './checks';
import { FieldFrame, useField, type FieldProps } from './FieldFrame';

type Props = FieldProps &
  DateRule &
  Omit<ComponentPropsWithRef<'input'>, 'children' | 'className' | 'type' | 'min' | 'max'> & {
    value: string;
  };

/**
 * The one date field: a text input for YYYY-MM-DD with the format said in the hint, the same
 * in every browser and language (a native date picker shows a format of the browser's own
 * choosing, which the hint could not name). Its format, whether it is required and its range
 * are checked on submit with the messages given here.
 */
export function DateField({
  label,
  hint,
  path,
  error,
  requiredMark,
  className,
  id,
  min,
  max,
  minMessage,
  maxMessage,
  ...input
}: Props) {
  const { t } = useTranslation();
  const rule: DateRule = { required: input.required, min, max, minMessage, maxMessage };
  const check = () => dateProblem(t, input.value, rule);
  const field = useField({ label, hint: true, path, error, id, check });
  const fullHint: ReactNode = hint ? (
    <>
      {hint} {t('form.dateFormat')}
    </>
  ) : (
    t('form.dateFormat')
  );
  return (
    <FieldFrame
      ids={field.ids}
      label={label}
      hint={fullHint}
      error={field.error}
      requiredMark={requiredMark ?? input.required}
      className={['field-date', className].filter(Boolean).join(' ')}
    >
      <input
        {...field.control}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        {...input}
      />
    </FieldFrame>
  );
}
