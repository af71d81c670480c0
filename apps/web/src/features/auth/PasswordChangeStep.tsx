import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import type { SessionInfo } from '../../lib/types';
import { useSession } from './session';

const MIN_LENGTH = 12;

/**
 * First sign-in (decision 0012): the password an administrator chose works once; the user
 * chooses her own before anything else opens (then enrols a second factor when asked).
 */
export function PasswordChangeStep() {
  const { t } = useTranslation();
  const { settle, signOut } = useSession();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');

  const form = useFormSubmit({
    check: (): Errors => ({
      ...(password.length < MIN_LENGTH
        ? { newPassword: t('passwordChange.tooShort', { min: MIN_LENGTH }) }
        : {}),
      ...(repeat !== password ? { repeat: t('passwordChange.mismatch') } : {}),
    }),
    server: {
      message: (message, path) =>
        path === 'newPassword' && message.startsWith('must differ')
          ? t('passwordChange.sameAsOld')
          : t('passwordChange.tooShort', { min: MIN_LENGTH }),
    },
    send: () => api.post<SessionInfo>('/api/me/password', { newPassword: password }),
    onSuccess: (body) => settle(body),
  });

  return (
    <div className="sign-in">
      <PageHeading title={t('passwordChange.title')}>{t('passwordChange.title')}</PageHeading>
      <div className="card">
        <p>{t('passwordChange.intro')}</p>
        <Form form={form} className="form" aria-label={t('passwordChange.title')}>
          <Form.Alerts />
          <Form.Text
            path="newPassword"
            label={t('passwordChange.newPassword')}
            hint={t('passwordChange.hint', { min: MIN_LENGTH })}
            type="password"
            autoComplete="new-password"
            required
            {...bindValue(password, setPassword)}
          />
          <Form.Text
            path="repeat"
            label={t('passwordChange.repeat')}
            type="password"
            autoComplete="new-password"
            required
            {...bindValue(repeat, setRepeat)}
          />
          <Form.Actions
            submitLabel={t('passwordChange.submit')}
            cancel={{ onClick: () => void signOut() }}
          />
        </Form>
      </div>
    </div>
  );
}
