import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { useSession } from './session';

/** Sign-in when the server requires a second factor the account has not set up yet. */
export function EnrolmentStep() {
  const { t } = useTranslation();
  const { refresh, signOut } = useSession();
  return (
    <div className="sign-in">
      <PageHeading title={t('enrol.title')}>{t('enrol.title')}</PageHeading>
      <div className="card">
        <p>{t('enrol.required')}</p>
        <EnrolSecondFactor onEnrolled={() => void refresh()} />
        <p className="muted-action">
          <button type="button" className="button button-link" onClick={() => void signOut()}>
            {t('common.cancelSignIn')}
          </button>
        </p>
      </div>
    </div>
  );
}
