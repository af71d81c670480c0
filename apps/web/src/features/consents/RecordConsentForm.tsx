import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { Loading } from '../../components/Status';
import { todayInStockholm } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useMe } from '../auth/session';
import { useRecordConsent } from './queries';

const PURPOSES: readonly ConsentPurpose[] = [
  'information-sharing',
  'sip',
  'relatives-participation',
];

/** A new consent: what it is for, which organisations, written or oral, until when. */
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const submit = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!purpose) found.purpose = t('consents.errors.purpose');
      if (recipients.length === 0) found.recipientOrganisationIds = t('fieldErrors.recipients');
      if (!form) found.form = t('consents.errors.form');
      return found;
    },
    send: () =>
      record.mutateAsync({
        purpose: purpose as ConsentPurpose,
        recipientOrganisationIds: recipients,
        form: form as 'written' | 'oral',
        ...(validUntil.trim() ? { validUntil: validUntil.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    // Paths such as recipientOrganisationIds[1] are about the one group of checkboxes.
    server: { path: (p) => p.replace(/\[\d+\]$/, '') },
    onSuccess: onRecorded,
  });

  return (
    <Form form={submit} className="form inline-panel" aria-labelledby="record-consent-heading">
      <h3 id="record-consent-heading" ref={headingRef} tabIndex={-1}>
        {t('consents.recordHeading')}
      </h3>
      <Form.Alerts />
      <Form.Choices<ConsentPurpose>
        type="radio"
        name="purpose"
        path="purpose"
        requiredMark
        label={t('consents.purpose')}
        options={PURPOSES.map((value) => ({
          value,
          label: t(`consents.purposes.${value}`),
          hint: t(`consents.purposeHints.${value}`),
        }))}
        value={purpose ? [purpose] : []}
        onChange={(v) => setPurpose(v[0] ?? '')}
      />
      {organisations.isPending ? (
        <Loading />
      ) : (
        <Form.Choices<string>
          type="checkbox"
          name="recipientOrganisationIds"
          path="recipientOrganisationIds"
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
          onChange={setRecipients}
        />
      )}
      <Form.Choices<'written' | 'oral'>
        type="radio"
        name="form"
        path="form"
        inline
        requiredMark
        label={t('consents.form')}
        options={(['written', 'oral'] as const).map((value) => ({
          value,
          label: t(`consents.forms.${value}`),
        }))}
        value={form ? [form] : []}
        onChange={(v) => setForm(v[0] ?? '')}
      />
      <Form.Date
        path="validUntil"
        label={t('consents.validUntil')}
        hint={t('consents.validUntilHint')}
        value={validUntil}
        min={todayInStockholm()}
        minMessage={t('consents.errors.validUntilPast')}
        onChange={(e) => setValidUntil(e.target.value)}
      />
      <Form.TextArea
        path="note"
        label={t('consents.note')}
        hint={t('consents.noteHint')}
        limit={4000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('consents.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
