import { useEffect, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { focusFirstInvalid } from './formHelpers';
import { useScreeningsT } from './i18n';
import { historyPath } from './PersonPage';

export type Errors = Record<string, string>;

/**
 * The list of what to fix, announced at once (role="alert"). Each entry moves focus to its
 * field; the messages also stand beside the fields themselves.
 */
export function ErrorSummary({
  errors,
  labels,
  onSelect,
}: {
  errors: Errors;
  /** The field's name as the user sees it, by path. */
  labels: (path: string) => string;
  onSelect: (path: string) => void;
}) {
  const { t } = useScreeningsT();
  const entries = Object.entries(errors);
  return (
    <div role="alert" className={entries.length ? 'alert alert-error error-summary' : undefined}>
      {entries.length > 0 && (
        <>
          <p>{t('form.fixErrors', { count: entries.length })}</p>
          <ul>
            {entries.map(([path, message]) => (
              <li key={path}>
                <button type="button" className="button-link" onClick={() => onSelect(path)}>
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

/** After saving: what was recorded, with focus on its heading, and where to go next. */
export function SavedPanel({
  heading,
  personId,
  anchor,
  againLabel,
  onAgain,
  children,
}: {
  heading: string;
  personId: string;
  anchor: string;
  againLabel: string;
  onAgain: () => void;
  children?: ReactNode;
}) {
  const { t } = useScreeningsT();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card result-card" aria-labelledby="saved-heading" data-testid="saved-panel">
      <h2 id="saved-heading" ref={ref} tabIndex={-1}>
        {heading}
      </h2>
      {children}
      <div className="actions">
        <Link to={`${historyPath(personId)}${anchor}`} className="button button-primary">
          {t('result.toHistory')}
        </Link>
        <Link to={`/persons/${encodeURIComponent(personId)}`} className="button">
          {t('frame.backToPerson')}
        </Link>
        <button type="button" className="button" onClick={onAgain}>
          {againLabel}
        </button>
      </div>
    </section>
  );
}

/** Save and cancel, the same on every form. */
export function FormActions({
  pending,
  saveLabel,
  personId,
}: {
  pending: boolean;
  saveLabel: string;
  personId: string;
}) {
  const { t } = useScreeningsT();
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t('common.saving') : saveLabel}
      </button>
      <Link to={historyPath(personId)} className="button">
        {t('common.cancel')}
      </Link>
    </div>
  );
}

/**
 * The frame every assessment form shares: a heading for screen readers, the introduction, the
 * list of what to fix and the server's problem, then the form's own fields.
 */
export function AssessmentForm({
  formRef,
  id,
  section,
  wide = true,
  errors,
  labels,
  problem,
  shownFields,
  onSubmit,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  /** Prefix of the heading's id, e.g. 'drug-test'. */
  id: string;
  /** The i18n section holding `title` and `intro`, e.g. 'drugTest'. */
  section: string;
  wide?: boolean;
  errors: Errors;
  labels: (path: string) => string;
  /** The failed request's error, or null. */
  problem: unknown;
  shownFields: readonly string[];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { t } = useScreeningsT();
  const headingId = `${id}-form-heading`;
  return (
    <form
      ref={formRef}
      className={wide ? 'form form-wide assessment-form' : 'form assessment-form'}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="visually-hidden">
        {t(`${section}.title`)}
      </h2>
      <p className="section-intro">{t(`${section}.intro`)}</p>
      <ErrorSummary
        errors={errors}
        labels={labels}
        onSelect={(p) => focusFirstInvalid(formRef.current, [p])}
      />
      {problem ? <ProblemAlert error={problem} shownFields={[...shownFields]} /> : null}
      {children}
    </form>
  );
}
