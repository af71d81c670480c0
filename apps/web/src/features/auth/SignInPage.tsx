import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/Status';
import { useMeta } from '../shell/useMeta';
import { DemoAccounts } from './DemoAccounts';
import { useSession } from './session';

/** The server's words for an account that waits for a second administrator (decision 0012). */
const AWAITS_APPROVAL = 'awaits a second administrator';

/** Step one of signing in: user name and password, on the form kit (decision 0009). */
export function SignInPage({ reason }: { reason?: 'expired' | 'signed-out' | undefined }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const meta = useMeta();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);

  const form = useFormSubmit({
    check: (): Errors => ({
      ...(username.trim() ? {} : { username: t('signIn.usernameMissing') }),
      ...(password ? {} : { password: t('signIn.passwordMissing') }),
    }),
    // A refused sign-in is said in words of its own, never as the server's field keys.
    ownsProblem: (error) => {
      if (!isApiError(error) || (error.status !== 401 && error.status !== 429)) return false;
      if (error.status === 429) {
        const seconds = (error.problem as { retryAfterSeconds?: unknown }).retryAfterSeconds;
        setRefusal(
          typeof seconds === 'number' && seconds > 0
            ? t('signIn.throttled', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
            : t('signIn.throttledNoTime'),
        );
      } else {
        setRefusal(
          (error.problem.detail ?? '').includes(AWAITS_APPROVAL)
            ? t('signIn.awaitsApproval')
            : t('signIn.wrongCredentials'),
        );
      }
      setPassword('');
      return true;
    },
    send: () => {
      setRefusal(null);
      return signIn(username, password);
    },
  });

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
      <Form form={form} className="card form" aria-label={t('signIn.title')}>
        {refusal && (
          <div className="alert alert-error" role="alert">
            <p>{refusal}</p>
          </div>
        )}
        <Form.Alerts />
        <Form.Text
          path="username"
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...bindValue(username, setUsername)}
        />
        <Form.Text
          path="password"
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          {...bindValue(password, setPassword)}
        />
        <Form.Actions submitLabel={t('signIn.submit')} />
      </Form>
      {meta?.demo && <DemoAccounts />}
    </div>
  );
}
