import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/Status';
import { EnrolSecondFactor } from '../auth/EnrolSecondFactor';
import { useMe, useSession } from '../auth/session';

/** The signed-in user's own account: who they are in the system, and their second factor. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { updateUser } = useSession();
  const [message, setMessage] = useState<string>();

  return (
    <>
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      <section className="card" aria-labelledby="account-details">
        <h2 id="account-details">{t('account.details')}</h2>
        <dl className="facts facts-grid">
          <div>
            <dt>{t('admin.fullName')}</dt>
            <dd>{me.name}</dd>
          </div>
          <div>
            <dt>{t('signIn.username')}</dt>
            <dd>
              <code>{me.username}</code>
            </dd>
          </div>
          <div>
            <dt>{t('common.role')}</dt>
            <dd>{me.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('common.unit')}</dt>
            <dd>{me.unit?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('common.organisation')}</dt>
            <dd>{me.organisation?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('account.protectedIdentity')}</dt>
            <dd>{me.mayViewProtectedIdentity ? t('common.yes') : t('common.no')}</dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="account-2fa">
        <h2 id="account-2fa">{t('admin.secondFactor')}</h2>
        <StatusMessage>{message}</StatusMessage>
        {me.secondFactorEnabled ? (
          <p>{t('account.secondFactorOn')}</p>
        ) : (
          <EnrolSecondFactor
            onEnrolled={(updated) => {
              updateUser(updated);
              setMessage(t('account.secondFactorEnabled'));
            }}
          />
        )}
      </section>
    </>
  );
}
