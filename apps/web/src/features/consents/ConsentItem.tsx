import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit } from '../../components/form';
import { Badge } from '../../components/Status';
import { focusLater } from '../../lib/focus';
import { formatDate, formatDateTime } from '../../lib/format';
import { useOrganisationNames } from '../../lib/organisations';
import { useRevokeConsent } from './queries';

const TONE = { valid: 'ok', expired: 'neutral', revoked: 'danger' } as const;

export function ConsentItem({
  consent,
  personId,
  mayRevoke,
  onRevoked,
}: {
  consent: Consent;
  personId: string;
  mayRevoke: boolean;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const names = useOrganisationNames();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const recipients = consent.recipientOrganisationIds.map((id) => names.get(id) ?? id).join(', ');

  return (
    <li
      className={`consent consent-${consent.status}`}
      aria-labelledby={headingId}
      data-consent-id={consent.id}
    >
      <h3 id={headingId} ref={title} tabIndex={-1} className="consent-title">
        {t(`consents.purposes.${consent.purpose}`)}{' '}
        <Badge tone={TONE[consent.status]}>{t(`consents.status.${consent.status}`)}</Badge>
      </h3>
      <dl className="facts facts-grid">
        <div>
          <dt>{t('consents.recipientsShort')}</dt>
          <dd>{recipients}</dd>
        </div>
        <div>
          <dt>{t('consents.formShort')}</dt>
          <dd>{t(`consents.forms.${consent.form}`)}</dd>
        </div>
        <div>
          <dt>{t('consents.validity')}</dt>
          <dd>
            {consent.validUntil
              ? t('consents.validFromTo', {
                  from: formatDate(consent.validFrom),
                  to: formatDate(consent.validUntil),
                })
              : t('consents.validFromOpen', { from: formatDate(consent.validFrom) })}
          </dd>
        </div>
        <div>
          <dt>{t('consents.recordedBy')}</dt>
          <dd>
            {consent.recordedByName}, {formatDateTime(consent.recordedAt)}
          </dd>
        </div>
        {consent.note && (
          <div className="span-all">
            <dt>{t('consents.noteShort')}</dt>
            <dd>{consent.note}</dd>
          </div>
        )}
        {consent.revokedAt && (
          <div className="span-all">
            <dt>{t('consents.revokedAt')}</dt>
            <dd>
              {formatDateTime(consent.revokedAt)}
              {consent.revokeReason && ` – ${consent.revokeReason}`}
            </dd>
          </div>
        )}
      </dl>
      {mayRevoke && consent.status === 'valid' && !confirming && (
        <button
          ref={revokeButton}
          type="button"
          className="button button-small"
          onClick={() => setConfirming(true)}
        >
          {t('consents.revoke')}
          <span className="visually-hidden">
            {' '}
            – {t(`consents.purposes.${consent.purpose}`)}, {recipients}
          </span>
        </button>
      )}
      {confirming && (
        <RevokeConsentForm
          consent={consent}
          personId={personId}
          onCancel={() => {
            setConfirming(false);
            focusLater(revokeButton);
          }}
          onRevoked={() => {
            setConfirming(false);
            onRevoked();
            focusLater(title);
          }}
        />
      )}
    </li>
  );
}

/** Revoking is a deliberate act: a second step that says what follows, with an optional reason. */
function RevokeConsentForm({
  consent,
  personId,
  onCancel,
  onRevoked,
}: {
  consent: Consent;
  personId: string;
  onCancel: () => void;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeConsent(personId);
  const [reason, setReason] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const form = useFormSubmit({
    send: () =>
      revoke.mutateAsync({
        consentId: consent.id,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: onRevoked,
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('consents.revokeHeading')}
      </h4>
      <p className="alert alert-warning">{t('consents.revokeWarning')}</p>
      <Form.Alerts />
      <Form.TextArea
        label={t('consents.revokeReason')}
        path="reason"
        limit={2000}
        {...bindValue(reason, setReason)}
      />
      <Form.Actions
        submitLabel={t('consents.confirmRevoke')}
        tone="danger"
        cancel={{ onClick: onCancel }}
      />
    </Form>
  );
}
