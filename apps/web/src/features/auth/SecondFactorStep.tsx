import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/errors';
import { useSession } from './session';

const SIX_DIGITS = /^\d{6}$/;

/** Step two of signing in: the six-digit code from the authenticator app. */
export function SecondFactorStep() {
  const { t } = useTranslation();
  const { submitSecondFactor, signOut } = useSession();
  const [code, setCode] = useState('');
  const [clientError, setClientError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.replace(/\s/g, '');
    if (!SIX_DIGITS.test(trimmed)) {
      setClientError(t('fieldErrors.sixDigits'));
      return;
    }
    setClientError(undefined);
    setError(null);
    setBusy(true);
    try {
      await submitSecondFactor(trimmed);
    } catch (e) {
      setError(e);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  const wrongCode = isApiError(error) && error.status === 401;
  return (
    <div className="sign-in">
      <PageHeading title={t('secondFactor.title')}>{t('secondFactor.title')}</PageHeading>
      <form className="card form" onSubmit={submit} noValidate>
        <p>{t('secondFactor.intro')}</p>
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
          // The only task on this page, reached right after submitting the password.
          autoFocus
          required
          value={code}
          error={clientError ?? fieldError(t, error, 'code')}
          onChange={(e) => setCode(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('secondFactor.submit')}
          </button>
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
