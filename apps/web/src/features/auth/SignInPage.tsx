import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusMessage } from '../../components/Status';
import { useMeta } from '../shell/useMeta';
import { DemoAccounts } from './DemoAccounts';
import { useSession } from './session';

/** Step one of signing in: user name and password. */
export function SignInPage({ reason }: { reason?: 'expired' | 'signed-out' | undefined }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const meta = useMeta();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const wrongCredentials = isApiError(error) && error.status === 401;

  // After signing out or a session timeout, start at the heading; the message is announced.
  useEffect(() => {
    if (reason) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [reason]);

  return (
    <div className="sign-in">
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <StatusMessage>
        {reason === 'expired' && t('signIn.expired')}
        {reason === 'signed-out' && t('signIn.signedOut')}
      </StatusMessage>
      <form className="card form" onSubmit={submit} noValidate>
        {wrongCredentials ? (
          <div className="alert alert-error" role="alert">
            <p>{t('signIn.wrongCredentials')}</p>
          </div>
        ) : (
          <ProblemAlert error={error} />
        )}
        <TextField
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('signIn.signingIn') : t('signIn.submit')}
          </button>
        </div>
      </form>
      {meta?.demo && <DemoAccounts />}
    </div>
  );
}
