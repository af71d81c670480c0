import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '@vardflata/contracts';
import { api, isApiError } from '../../api';
import { TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/errors';
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
  const [clientError, setClientError] = useState<string>();
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

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      setClientError(t('fieldErrors.sixDigits'));
      return;
    }
    setClientError(undefined);
    setBusy(true);
    setError(null);
    try {
      onEnrolled(await api.post<Me>('/api/me/second-factor/confirm', { code: trimmed }));
    } catch (e) {
      setError(e);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

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

  const wrongCode = isApiError(error) && error.status === 401;
  return (
    <form className="enrol form" onSubmit={confirm} noValidate>
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
          {wrongCode ? (
            <div className="alert alert-error" role="alert">
              <p>{t('secondFactor.wrongCode')}</p>
            </div>
          ) : (
            <ProblemAlert error={error} shownFields={['code']} />
          )}
          <TextField
            label={t('secondFactor.code')}
            hint={t('secondFactor.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            className="field-short"
            required
            value={code}
            error={clientError ?? fieldError(t, error, 'code')}
            onChange={(e) => setCode(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('enrol.confirm')}
            </button>
          </div>
        </li>
      </ol>
    </form>
  );
}
