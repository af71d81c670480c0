import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { useMe } from '../auth/session';
import { useIndicatorsT } from '../indicators/i18n';

/**
 * Analysts work with aggregated, small-cell-suppressed figures only and never open a person.
 * The follow-up dashboard (F9) and the needs picture (F11) are one click away; surveys come later.
 */
export function AnalystHomePage() {
  const { t } = useTranslation();
  const follow = useIndicatorsT();
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
      <section className="card" aria-labelledby="analyst-follow-up">
        <h2 id="analyst-follow-up">{follow.t('home.heading')}</h2>
        <p>{follow.t('home.lead')}</p>
        <p>
          <Link to="/follow-up" className="button button-primary">
            {follow.t('home.open')}
          </Link>
        </p>
      </section>
      <section className="card" aria-labelledby="analyst-needs">
        <h2 id="analyst-needs">{follow.t('needsHome.heading')}</h2>
        <p>{follow.t('needsHome.lead')}</p>
        <p>
          <Link to="/needs-picture" className="button">
            {follow.t('needsHome.open')}
          </Link>
        </p>
      </section>
      <section className="card card-muted" aria-labelledby="analyst-coming">
        <h2 id="analyst-coming">{t('analyst.comingHeading')}</h2>
        <p>{t('analyst.coming')}</p>
        <ul>
          <li>{t('analyst.comingSurveys')}</li>
        </ul>
        <p className="not-available">{t('common.notAvailableYet')}</p>
      </section>
    </>
  );
}
