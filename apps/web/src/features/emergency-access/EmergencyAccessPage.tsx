import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { parseIdentityNumber } from '@vardflata/domain';
import { isApiError } from '../../api';
import { CheckboxField, FieldErrorText, TextAreaField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/errors';
import { formatDateTime, todayInStockholm } from '../../lib/format';
import type { EmergencyAccess } from '../../lib/types';
import { useOpenEmergencyAccess } from './queries';

const MIN_REASON = 10;
const FIELDS = ['personalIdentityNumber', 'reason', 'acknowledged'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Emergency access (nödåtkomst): opening a person the unit has no care relation with. A
 * deliberate act — a warning, a stated reason and an explicit acknowledgement — that is
 * time-boxed, logged and reviewed by the unit manager.
 */
export function EmergencyAccessPage() {
  const { t } = useTranslation();
  const open = useOpenEmergencyAccess();
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [granted, setGranted] = useState<EmergencyAccess | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const parsed = parseIdentityNumber(number, todayInStockholm());
    if (!number.trim()) next.personalIdentityNumber = t('fieldErrors.required');
    else if (!parsed.ok) next.personalIdentityNumber = t(`pin.errors.${parsed.error}`);
    if (reason.trim().length < MIN_REASON) next.reason = t('fieldErrors.reasonLength');
    if (!acknowledged) next.acknowledged = t('emergency.acknowledgeRequired');
    setErrors(next);
    const first = FIELDS.find((f) => next[f]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    open.mutate(
      {
        personalIdentityNumber: parsed.ok ? parsed.value.normalized : number.trim(),
        reason: reason.trim(),
      },
      {
        onSuccess: (access) => {
          setGranted(access);
          setTimeout(() => resultRef.current?.focus());
        },
      },
    );
  };

  if (granted) {
    return (
      <>
        <PageHeading title={t('emergency.title')}>{t('emergency.title')}</PageHeading>
        <section className="card alert-warning-card" aria-labelledby="emergency-granted">
          <h2 id="emergency-granted" ref={resultRef} tabIndex={-1}>
            {t('emergency.grantedHeading')}
          </h2>
          <p>{t('emergency.grantedText', { until: formatDateTime(granted.expiresAt) })}</p>
          <p>
            <Link className="button button-primary" to={`/persons/${granted.personId}`}>
              {t('emergency.openPerson')}
            </Link>
          </p>
        </section>
      </>
    );
  }

  const notFound = isApiError(open.error) && open.error.status === 404;
  const show = (f: Field) => errors[f] ?? fieldError(t, open.error, f);

  return (
    <>
      <PageHeading title={t('emergency.title')}>{t('emergency.title')}</PageHeading>
      <div className="alert alert-danger" role="note" aria-labelledby="emergency-warning-heading">
        <h2 id="emergency-warning-heading">{t('emergency.warningHeading')}</h2>
        <ul>
          <li>{t('emergency.warning1')}</li>
          <li>{t('emergency.warning2')}</li>
          <li>{t('emergency.warning3')}</li>
          <li>{t('emergency.warning4')}</li>
        </ul>
      </div>
      <form
        ref={formRef}
        className="card form"
        onSubmit={submit}
        noValidate
        aria-labelledby="emergency-form-heading"
      >
        <h2 id="emergency-form-heading">{t('emergency.formHeading')}</h2>
        {notFound ? (
          <div className="alert alert-error" role="alert">
            <p>{t('emergency.notFound')}</p>
          </div>
        ) : (
          <ProblemAlert error={open.error} shownFields={['personalIdentityNumber', 'reason']} />
        )}
        <TextField
          label={t('register.number')}
          hint={t('register.numberHint')}
          name="personalIdentityNumber"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          required
          className="field-medium"
          value={number}
          error={show('personalIdentityNumber')}
          onChange={(e) => setNumber(e.target.value)}
        />
        <TextAreaField
          label={t('emergency.reason')}
          hint={t('emergency.reasonHint')}
          name="reason"
          required
          rows={4}
          value={reason}
          error={show('reason')}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className={`field${errors.acknowledged ? ' field-invalid' : ''}`}>
          <CheckboxField
            name="acknowledged"
            label={t('emergency.acknowledge')}
            checked={acknowledged}
            aria-invalid={errors.acknowledged ? true : undefined}
            aria-describedby={errors.acknowledged ? 'acknowledged-error' : undefined}
            onChange={(e) => setAcknowledged(e.target.checked)}
          />
          {errors.acknowledged && (
            <FieldErrorText id="acknowledged-error">{errors.acknowledged}</FieldErrorText>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="button button-danger" disabled={open.isPending}>
            {t('emergency.submit')}
          </button>
          <Link to="/persons" className="button">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
