import { useEffect, useRef, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import {
  bindValue,
  Form,
  type DateRule,
  type FormController,
  type ServerErrorOptions,
} from '../../components/form';
import { translateFieldMessage } from '../../lib/errors';
import { todayInStockholm } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { historyPath } from './PersonPage';

/** The day a screening or an assessment was done: required, not after today. */
export function visitDateRule(t: TFunction): DateRule & { required: true } {
  return { required: true, max: todayInStockholm(), maxMessage: t('form.dateFuture') };
}

/**
 * How the assessment routes' 400 field errors reach a form. The routes name a future date
 * `performedOn` whatever the body calls it: `dateField` maps it back to the form's own field.
 */
export function assessmentServerErrors(
  t: TFunction,
  dateField: string,
  path: (serverPath: string) => string = (p) => p,
): ServerErrorOptions {
  return {
    path: (p) => (p === 'performedOn' ? dateField : path(p)),
    message: (message, p) => {
      if (p !== dateField) return translateFieldMessage(t, message);
      if (message === 'cannot be in the future') return t('form.dateFuture');
      return /date/i.test(message) ? t('form.dateInvalid') : translateFieldMessage(t, message);
    },
  };
}

/** An assessment's free-text note: its path in the body, its words, its limit, its state. */
export interface AssessmentNote {
  path: 'note' | 'notes';
  label: string;
  hint?: string;
  limit: number;
  value: string;
  set: (value: string) => void;
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

/**
 * The frame every assessment form shares, a kit form: a heading for screen readers, the
 * introduction, what to fix and the server's problem, the form's own fields, then save and
 * cancel (back to the history).
 */
export function AssessmentForm({
  form,
  id,
  section,
  wide = true,
  personId,
  saveLabel,
  note,
  children,
}: {
  form: FormController;
  /** Prefix of the heading's id, e.g. 'drug-test'. */
  id: string;
  /** The i18n section holding `title` and `intro`, e.g. 'drugTest'. */
  section: string;
  wide?: boolean;
  personId: string;
  saveLabel: string;
  /** The free-text note most assessments end with, before save and cancel. */
  note?: AssessmentNote;
  children: ReactNode;
}) {
  const { t } = useScreeningsT();
  const headingId = `${id}-form-heading`;
  return (
    <Form
      form={form}
      className={wide ? 'form form-wide assessment-form' : 'form assessment-form'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="visually-hidden">
        {t(`${section}.title`)}
      </h2>
      <p className="section-intro">{t(`${section}.intro`)}</p>
      <Form.Alerts />
      {children}
      {note && (
        <Form.TextArea
          path={note.path}
          label={note.label}
          hint={note.hint}
          limit={note.limit}
          {...bindValue(note.value, note.set)}
        />
      )}
      <Form.Actions submitLabel={saveLabel} cancel={{ to: historyPath(personId) }} />
    </Form>
  );
}
