import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '@vardflata/contracts';
import { api, isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TotpEnrolment } from '../../lib/types';

/** Groups a base32 secret in fours so it can be read and typed without losing one's place. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * Setting up a TOTP second factor: the server creates a secret, the user adds it to an
 * authenticator app (by typing the secret or opening the otpauth link) and confirms with a code.
 */
export function EnrolSecondFactor({ onEnrolled }: { onEnrolled: (me: Me) => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setEnrolment(await api.post<TotpEnrolment>('/api/me/second-factor/enrol'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // The code form is on the form kit (decision 0009): six digits checked first, a wrong or used
  // code said in words of its own.
  const [wrongCode, setWrongCode] = useState(false);
  const form = useFormSubmit({
    check: (): Errors =>
      /^\d{6}$/.test(code.replace(/\s/g, '')) ? {} : { code: t('fieldErrors.sixDigits') },
    ownsProblem: (e) => {
      if (!isApiError(e) || e.status !== 401) return false;
      setWrongCode(true);
      setCode('');
      return true;
    },
    send: () => {
      setWrongCode(false);
      return api.post<Me>('/api/me/second-factor/confirm', { code: code.replace(/\s/g, '') });
    },
    onSuccess: (me) => onEnrolled(me),
  });

  if (!enrolment) {
    return (
      <div className="enrol">
        <p>{t('enrol.intro')}</p>
        <ProblemAlert error={error} />
        <button
          type="button"
          className="button button-primary"
          onClick={() => void start()}
          disabled={busy}
        >
          {t('enrol.start')}
        </button>
      </div>
    );
  }

  return (
    <Form form={form} className="enrol form" aria-label={t('enrol.title')}>
      <ol className="steps">
        <li>
          <p>{t('enrol.step1')}</p>
          <dl className="facts">
            <div>
              <dt>{t('enrol.secret')}</dt>
              <dd>
                <code className="secret" data-testid="totp-secret" data-secret={enrolment.secret}>
                  {grouped(enrolment.secret)}
                </code>
              </dd>
            </div>
            <div>
              <dt>{t('enrol.uri')}</dt>
              <dd>
                <a href={enrolment.otpauthUri} className="break-all">
                  {enrolment.otpauthUri}
                </a>
              </dd>
            </div>
          </dl>
        </li>
        <li>
          <p>{t('enrol.step2')}</p>
          {wrongCode && (
            <div className="alert alert-error" role="alert">
              <p>{t('secondFactor.wrongCode')}</p>
            </div>
          )}
          <Form.Alerts />
          <Form.Text
            path="code"
            label={t('secondFactor.code')}
            hint={t('secondFactor.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            className="field-short"
            required
            {...bindValue(code, setCode)}
          />
          <Form.Actions submitLabel={t('enrol.confirm')} />
        </li>
      </ol>
    </Form>
  );
}
