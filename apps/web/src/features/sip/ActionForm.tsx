import { useEffect, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { consentsPath } from './helpers';
import { useSipT } from './i18n';
import { seesPerson } from './MissingPanel';
import type { SipDetail } from './types';

export type Errors = Record<string, string>;

/** Focuses the control that carries `data-path` (or the first control inside it). */
export function focusPath(root: HTMLElement | null, path: string): void {
  const element = root?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  const target = element?.matches('input, select, textarea, button')
    ? element
    : (element?.querySelector<HTMLElement>('input:checked') ??
      element?.querySelector<HTMLElement>('input, select, textarea'));
  target?.focus();
}

/**
 * The list of what to fix, announced at once (role="alert"); each entry moves focus to its
 * field, where the message also stands.
 */
export function ErrorSummary({
  errors,
  labels,
  root,
}: {
  errors: Errors;
  labels: (path: string) => string;
  root: () => HTMLElement | null;
}) {
  const { t } = useSipT();
  const entries = Object.entries(errors);
  return (
    <div role="alert" className={entries.length ? 'alert alert-error error-summary' : undefined}>
      {entries.length > 0 && (
        <>
          <p>{t('form.fixErrors', { count: entries.length })}</p>
          <ul>
            {entries.map(([path, message]) => (
              <li key={path}>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => focusPath(root(), path)}
                >
                  {labels(path)}: {message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A consent with purpose sip is missing: what it means here, and where to record it. */
export function ConsentNotice({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  if (sip.consent.sip) return null;
  return (
    <div className="alert alert-warning">
      <p>
        <strong>{t('consentNotice.title')}</strong> {t('consentNotice.body')}
      </p>
      {seesPerson(sip) ? (
        <p>
          <Link to={consentsPath(sip.personId)}>{t('consentNotice.link')}</Link>
        </p>
      ) : (
        <p>{t('consentNotice.notYours')}</p>
      )}
    </div>
  );
}

/**
 * One life-cycle action as a small form: a heading that takes focus when it opens, the
 * fields, the server's refusal, and submit and cancel. Esc cancels.
 */
export function ActionForm({
  id,
  title,
  intro,
  submitLabel,
  pending,
  tone = 'primary',
  error,
  shownFields = [],
  formRef,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  pending: boolean;
  tone?: 'primary' | 'danger';
  error: unknown;
  shownFields?: readonly string[];
  formRef?: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useSipT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <form
      ref={formRef}
      className="form form-wide inline-panel action-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      noValidate
      data-testid={`action-${id}`}
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {intro && <div className="action-intro">{intro}</div>}
      <ProblemAlert error={error} shownFields={shownFields} />
      {children}
      <div className="actions">
        <button
          type="submit"
          className={`button ${tone === 'danger' ? 'button-danger' : 'button-primary'}`}
          disabled={pending}
        >
          {pending ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
