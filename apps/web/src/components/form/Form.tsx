import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../ProblemAlert';
import { CheckboxField, ChoiceGroup, Fieldset } from './ChoiceGroup';
import { FormContext, useFormContext } from './context';
import { isAtOrBelow } from './checks';
import { DateField } from './DateField';
import { focusPath } from './focus';
import { SelectField, TextAreaField, TextField } from './TextFields';
import type { FormController } from './useFormSubmit';

/**
 * The form element of a kit form: no browser validation (the kit checks and says why), submit
 * through the controller, and the controller's errors and fields for everything inside.
 */
function FormRoot({
  form,
  children,
  ...props
}: { form: FormController; children: ReactNode } & Omit<
  ComponentPropsWithoutRef<'form'>,
  'onSubmit' | 'noValidate' | 'id'
>) {
  return (
    <FormContext.Provider value={form}>
      <form id={form.id} noValidate onSubmit={(e) => void form.submit(e)} {...props}>
        {children}
      </form>
    </FormContext.Provider>
  );
}

/**
 * A path's name in the summary: given by the form, else its field's label, after the label of
 * the group it stands in ("Mål 2 – Målet"). `field` says whether the path's own field is on
 * the page (and shows the message); for a path without one the summary says the message, and
 * links to the nearest field above it.
 */
function useLabelOf(form: FormController | null) {
  return (path: string): { label: ReactNode; field: boolean; id: string } => {
    const around = (form?.fields.entries() ?? [])
      .filter(([own]) => isAtOrBelow(path, own))
      .sort(([a], [b]) => b.length - a.length);
    const [nearest, group] = around;
    const field = nearest?.[0] === path;
    const id = nearest?.[1].id ?? '';
    const given = form?.labels?.(path);
    if (given) return { label: given, field, id };
    if (!nearest) return { label: path, field, id };
    if (!field || !group) return { label: nearest[1].label, field, id };
    return {
      label: (
        <>
          {group[1].label} – {nearest[1].label}
        </>
      ),
      field,
      id,
    };
  };
}

/**
 * What to fix, at the top of the form: announced at once (role="alert"), each entry the
 * field's name as a link that moves focus there. The message itself stands beside the field
 * (and is read with it, through aria-describedby), so it is not said twice.
 */
export function ErrorSummary() {
  const { t } = useTranslation();
  const form = useFormContext() as FormController | null;
  const labelOf = useLabelOf(form);
  const entries = Object.entries(form?.errors ?? {});
  return (
    <div role="alert" className={entries.length ? 'alert alert-error error-summary' : undefined}>
      {entries.length > 0 && (
        <>
          <p>{t('form.fixErrors', { count: entries.length })}</p>
          <ul>
            {entries.map(([path, message]) => {
              const { label, field, id } = labelOf(path);
              return (
                <li key={path}>
                  <a
                    href={`#${id}`}
                    onClick={(event) => {
                      if (focusPath(form?.element() ?? null, path)) event.preventDefault();
                    }}
                  >
                    {label}
                    {!field && `: ${message}`}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** The summary of what to fix, and the server's answer when it is not about the fields. */
export function FormAlerts() {
  const form = useFormContext() as FormController | null;
  return (
    <>
      <ErrorSummary />
      {form?.problem ? (
        <ProblemAlert error={form.problem} others={form.unmapped} />
      ) : form?.unmapped.length ? (
        <ProblemAlert error={null} others={form.unmapped} />
      ) : null}
    </>
  );
}

/** Save (or the form's own verb) and cancel, the same on every form. */
export function FormActions({
  submitLabel,
  submitContext,
  tone = 'primary',
  cancel,
  children,
}: {
  submitLabel: string;
  /** Words only a screen reader hears after the label, where one list has many such buttons. */
  submitContext?: string;
  tone?: 'primary' | 'danger' | 'plain';
  /** A button that calls back, or a link back to where the user came from. */
  cancel?: { onClick: () => void } | { to: string } | undefined;
  /** More buttons after the submit. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useFormContext() as FormController | null;
  const pending = form?.pending ?? false;
  const toneClass = tone === 'plain' ? 'button' : `button button-${tone}`;
  return (
    <div className="actions">
      <button type="submit" className={toneClass} disabled={pending}>
        {pending ? t('common.saving') : submitLabel}
        {submitContext && <span className="visually-hidden"> – {submitContext}</span>}
      </button>
      {children}
      {cancel &&
        ('to' in cancel ? (
          <Link to={cancel.to} className="button">
            {t('common.cancel')}
          </Link>
        ) : (
          <button type="button" className="button" onClick={cancel.onClick}>
            {t('common.cancel')}
          </button>
        ))}
    </div>
  );
}

/**
 * The kit in one name: `<Form form={…}>` is the form element, and its parts are
 * `Form.Text`, `Form.TextArea`, `Form.Select`, `Form.Date`, `Form.Choices`, `Form.Checkbox`,
 * `Form.Fieldset`, `Form.Alerts`, `Form.ErrorSummary` and `Form.Actions`.
 */
export const Form = Object.assign(FormRoot, {
  Text: TextField,
  TextArea: TextAreaField,
  Select: SelectField,
  Date: DateField,
  Choices: ChoiceGroup,
  Checkbox: CheckboxField,
  Fieldset,
  Alerts: FormAlerts,
  ErrorSummary,
  Actions: FormActions,
});
