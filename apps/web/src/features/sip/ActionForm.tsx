import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { TFunction } from 'i18next';
import { CLOSE_OUTCOMES, type CloseOutcome } from '@vardflata/domain';
import { bindValue, Form, type DateRule, type FormController } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { consentsPath } from './helpers';
import { useSipT } from './i18n';
import { seesPerson } from './MissingPanel';
import type { SipDetail } from './types';

/** What every life-cycle action form is given by the list of next steps. */
export interface ActionProps {
  sip: SipDetail;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** A day something happened: required, not in the future, not before the proposal. */
export function pastDateRule(t: TFunction, sip: SipDetail): DateRule & { required: true } {
  return {
    required: true,
    min: sip.proposedOn,
    max: todayInStockholm(),
    minMessage: t('form.dateBeforeProposal'),
    maxMessage: t('form.dateFuture'),
  };
}

/** The day an act of the SIP happened (a meeting, a follow-up, the plan made active). */
export function ActDateField({
  sip,
  path,
  label,
  value,
  set,
}: {
  sip: SipDetail;
  path: string;
  label: string;
  value: string;
  set: (value: string) => void;
}) {
  const { t } = useSipT();
  return (
    <Form.Date path={path} label={label} {...pastDateRule(t, sip)} {...bindValue(value, set)} />
  );
}

/** How the SIP ends when it is closed, and a note: closing it, or a follow-up that closes it. */
export function CloseOutcomeFields({
  paths,
  outcome,
  setOutcome,
  note,
  setNote,
}: {
  paths: { outcome: string; note: string };
  outcome: CloseOutcome | '';
  setOutcome: (outcome: CloseOutcome | '') => void;
  note: string;
  setNote: (note: string) => void;
}) {
  const { t } = useSipT();
  return (
    <>
      <Form.Choices
        type="radio"
        name={`${paths.outcome}-choice`}
        path={paths.outcome}
        label={t('close.outcome')}
        requiredMark
        options={CLOSE_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        value={outcome ? [outcome] : []}
        onChange={([o]) => setOutcome(o ?? '')}
      />
      <Form.TextArea
        path={paths.note}
        label={t('close.note')}
        limit={4000}
        {...bindValue(note, setNote)}
      />
    </>
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
 * One life-cycle action as a small kit form: a heading that takes focus when it opens, what
 * to fix and the server's refusal, the fields, and submit and cancel. Esc cancels.
 */
export function ActionForm({
  id,
  form,
  title,
  intro,
  submitLabel,
  tone = 'primary',
  onCancel,
  children,
}: {
  id: string;
  form: FormController;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  tone?: 'primary' | 'danger';
  onCancel: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Form
      form={form}
      className="form form-wide inline-panel action-form"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      data-testid={`action-${id}`}
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {intro && <div className="action-intro">{intro}</div>}
      <Form.Alerts />
      {children}
      <Form.Actions submitLabel={submitLabel} tone={tone} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
