import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { parseIdentityNumber } from '@vardflata/domain';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { translateFieldMessage } from '../../lib/errors';
import { formatDateTime, todayInStockholm } from '../../lib/format';
import type { EmergencyAccess } from '../../lib/types';
import { useOpenEmergencyAccess } from './queries';
import { reasonIsSentence } from './reason';

const MIN_REASON = 10;

/** The refusals this page says in its own words: 404 (no such person in health care), 403
 * (not a health-care role) and 422 (no one could review it). */
const ownProblem = (error: unknown) => isApiError(error) && [403, 404, 422].includes(error.status);

/**
 * Emergency access (nödåtkomst): health care's (PDL) way to open a person the unit has no care
 * relation with — physicians and nurses of a region, health-care records only. A deliberate act
 * — a warning, a reason in a real sentence and an explicit acknowledgement — that is time-boxed,
 * logged and reviewed by the accessing unit's manager and by the organisation owning the records.
 */
export function EmergencyAccessPage() {
  const { t } = useTranslation();
  const open = useOpenEmergencyAccess();
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [granted, setGranted] = useState<EmergencyAccess | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const check = (): Errors => {
    const found: Errors = {};
    const parsed = parseIdentityNumber(number, todayInStockholm());
    if (!number.trim()) found.personalIdentityNumber = t('fieldErrors.required');
    else if (!parsed.ok) found.personalIdentityNumber = t(`pin.errors.${parsed.error}`);
    if (reason.trim().length < MIN_REASON) found.reason = t('fieldErrors.reasonLength');
    else if (!reasonIsSentence(reason)) found.reason = t('emergency.reasonSentence');
    if (!acknowledged) found.acknowledged = t('emergency.acknowledgeRequired');
    return found;
  };

  const form = useFormSubmit({
    check,
    ownsProblem: ownProblem,
    server: {
      message: (message, path) =>
        path === 'reason' && message.startsWith('state the reason as a sentence')
          ? t('emergency.reasonSentence')
          : translateFieldMessage(t, message),
    },
    send: () => {
      const parsed = parseIdentityNumber(number, todayInStockholm());
      return open.mutateAsync({
        personalIdentityNumber: parsed.ok ? parsed.value.normalized : number.trim(),
        reason: reason.trim(),
      });
    },
    onSuccess: (access) => {
      setGranted(access);
      setTimeout(() => resultRef.current?.focus());
    },
  });

  if (granted) {
    return (
      <>
        <PageHeading title={t('emergency.title')}>{t('emergency.title')}</PageHeading>
        <section className="card alert-warning-card" aria-labelledby="emergency-granted">
          <h2 id="emergency-granted" ref={resultRef} tabIndex={-1}>
            {t('emergency.grantedHeading')}
          </h2>
          <p>{t('emergency.grantedText', { until: formatDateTime(granted.expiresAt) })}</p>
          <p>{t('emergency.grantedScope')}</p>
          <p>
            <Link className="button button-primary" to={`/persons/${granted.personId}`}>
              {t('emergency.openPerson')}
            </Link>
          </p>
        </section>
      </>
    );
  }

  const status = isApiError(open.error) ? open.error.status : null;
  const refusal =
    status === 404
      ? t('emergency.notFound')
      : status === 403
        ? t('emergency.notAllowed')
        : status === 422
          ? t('emergency.noReviewer')
          : null;

  return (
    <>
      <PageHeading title={t('emergency.title')}>{t('emergency.title')}</PageHeading>
      <div className="alert alert-danger" role="note" aria-labelledby="emergency-warning-heading">
        <h2 id="emergency-warning-heading">{t('emergency.warningHeading')}</h2>
        <ul>
          <li>{t('emergency.warning1')}</li>
          <li>{t('emergency.warning2')}</li>
          <li>{t('emergency.warning3')}</li>
          <li>{t('emergency.warning5')}</li>
          <li>{t('emergency.warning4')}</li>
        </ul>
      </div>
      <Form form={form} className="card form" aria-labelledby="emergency-form-heading">
        <h2 id="emergency-form-heading">{t('emergency.formHeading')}</h2>
        {refusal && (
          <div className="alert alert-error" role="alert">
            <p>{refusal}</p>
          </div>
        )}
        <Form.Alerts />
        <Form.Text
          path="personalIdentityNumber"
          label={t('register.number')}
          hint={t('register.numberHint')}
          name="personalIdentityNumber"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          required
          className="field-medium"
          {...bindValue(number, setNumber)}
        />
        <Form.TextArea
          path="reason"
          label={t('emergency.reason')}
          hint={t('emergency.reasonHint')}
          name="reason"
          required
          rows={4}
          limit={2000}
          {...bindValue(reason, setReason)}
        />
        <Form.Checkbox
          path="acknowledged"
          name="acknowledged"
          label={t('emergency.acknowledge')}
          checked={acknowledged}
          onChange={(e) => setAcknowledged(e.target.checked)}
        />
        <Form.Actions
          submitLabel={t('emergency.submit')}
          tone="danger"
          cancel={{ to: '/persons' }}
        />
      </Form>
    </>
  );
}
