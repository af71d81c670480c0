import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useMe } from '../auth/session';

/**
 * Analysts work with aggregated, small-cell-suppressed figures only and never open a person.
 * The indicator module (F9) is not built yet; this page says so plainly.
 */
export function AnalystHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading title={t('analyst.title')}>{t('analyst.title')}</PageHeading>
      <p className="lead">{t('analyst.welcome', { name: me.name })}</p>
      <section className="card" aria-labelledby="analyst-role">
        <h2 id="analyst-role">{t('analyst.roleHeading')}</h2>
        <p>{t('analyst.role')}</p>
        <p>{t('analyst.noPersons')}</p>
      </section>
      <section className="card card-muted" aria-labelledby="analyst-coming">
        <h2 id="analyst-coming">{t('analyst.comingHeading')}</h2>
        <p>{t('analyst.coming')}</p>
        <ul>
          <li>{t('analyst.comingIndicators')}</li>
          <li>{t('analyst.comingNeeds')}</li>
          <li>{t('analyst.comingSurveys')}</li>
        </ul>
        <p className="not-available">{t('common.notAvailableYet')}</p>
      </section>
    </>
  );
}
