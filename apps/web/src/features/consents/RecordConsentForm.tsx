import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '@vardflata/contracts';
import { ChoiceGroup, TextAreaField, TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { fieldError } from '../../lib/errors';
import { isIsoDate, todayInStockholm } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useMe } from '../auth/session';
import { useRecordConsent } from './queries';

const PURPOSES: readonly ConsentPurpose[] = [
  'information-sharing',
  'sip',
  'relatives-participation',
];
const FIELDS = ['purpose', 'recipientOrganisationIds', 'form', 'validUntil', 'note'] as const;
type Field = (typeof FIELDS)[number];

export function RecordConsentForm({
  personId,
  onCancel,
  onRecorded,
}: {
  personId: string;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const organisations = useOrganisations();
  const record = useRecordConsent(personId);
  const [purpose, setPurpose] = useState<ConsentPurpose | ''>('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const [form, setForm] = useState<'written' | 'oral' | ''>('');
  const [validUntil, setValidUntil] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const focusField = (field: Field) =>
    formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!purpose) next.purpose = t('consents.errors.purpose');
    if (recipients.length === 0) next.recipientOrganisationIds = t('fieldErrors.recipients');
    if (!form) next.form = t('consents.errors.form');
    const until = validUntil.trim();
    if (until && !isIsoDate(until)) next.validUntil = t('fieldErrors.date');
    else if (until && until < todayInStockholm())
      next.validUntil = t('consents.errors.validUntilPast');
    setErrors(next);
    const first = FIELDS.find((f) => next[f]);
    if (first) {
      focusField(first);
      return;
    }
    record.mutate(
      {
        purpose: purpose as ConsentPurpose,
        recipientOrganisationIds: recipients,
        form: form as 'written' | 'oral',
        ...(validUntil.trim() ? { validUntil: validUntil.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: onRecorded,
        onError: (error) => {
          const path = FIELDS.find((f) => fieldError(t, error, f));
          if (path) focusField(path);
        },
      },
    );
  };

  const show = (field: Field) => errors[field] ?? fieldError(t, record.error, field);
  const invalid = FIELDS.filter((f) => errors[f]).length;

  return (
    <form
      ref={formRef}
      className="form inline-panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="record-consent-heading"
    >
      <h3 id="record-consent-heading" ref={headingRef} tabIndex={-1}>
        {t('consents.recordHeading')}
      </h3>
      <div role="alert" className={invalid ? 'alert alert-error' : undefined}>
        {invalid > 0 && <p>{t('register.fixErrors', { count: invalid })}</p>}
      </div>
      {record.isError && <ProblemAlert error={record.error} shownFields={FIELDS} />}
      <ChoiceGroup<ConsentPurpose>
        type="radio"
        name="purpose"
        requiredMark
        label={t('consents.purpose')}
        options={PURPOSES.map((value) => ({
          value,
          label: t(`consents.purposes.${value}`),
          hint: t(`consents.purposeHints.${value}`),
        }))}
        value={purpose ? [purpose] : []}
        error={show('purpose')}
        onChange={(v) => setPurpose(v[0] ?? '')}
      />
      {organisations.isPending ? (
        <Loading />
      ) : (
        <ChoiceGroup<string>
          type="checkbox"
          name="recipientOrganisationIds"
          requiredMark
          label={t('consents.recipients')}
          hint={t('consents.recipientsHint')}
          options={(organisations.data ?? []).map((o) => ({
            value: o.id,
            label: (
              <>
                {o.name}{' '}
                <span className="muted">
                  ({t(`organisationKinds.${o.kind}`)}
                  {o.id === me.organisation?.id ? `, ${t('consents.yourOrganisation')}` : ''})
                </span>
              </>
            ),
          }))}
          value={recipients}
          error={show('recipientOrganisationIds')}
          onChange={setRecipients}
        />
      )}
      <ChoiceGroup<'written' | 'oral'>
        type="radio"
        name="form"
        inline
        requiredMark
        label={t('consents.form')}
        options={(['written', 'oral'] as const).map((value) => ({
          value,
          label: t(`consents.forms.${value}`),
        }))}
        value={form ? [form] : []}
        error={show('form')}
        onChange={(v) => setForm(v[0] ?? '')}
      />
      <TextField
        name="validUntil"
        label={t('consents.validUntil')}
        hint={t('consents.validUntilHint')}
        className="field-date"
        inputMode="numeric"
        autoComplete="off"
        value={validUntil}
        error={show('validUntil')}
        onChange={(e) => setValidUntil(e.target.value)}
      />
      <TextAreaField
        name="note"
        label={t('consents.note')}
        hint={t('consents.noteHint')}
        value={note}
        error={show('note')}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {record.isPending ? t('common.saving') : t('consents.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
