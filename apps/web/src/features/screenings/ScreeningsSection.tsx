import { Link } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import './screenings.css';
import { FormLinks } from './FormLinks';
import { useScreeningsT } from './i18n';
import { LatestResults } from './LatestResults';
import { historyPath } from './PersonPage';
import { useTimeline } from './queries';

/**
 * Screening and assessment (F4) on the person overview: the latest results at a glance, the
 * forms, and the way to the history with trends.
 */
export function ScreeningsSection({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const me = useMe();
  const timeline = useTimeline(person.id);
  const mayWrite = mayWorkWithPersons(me);

  return (
    <section className="card" aria-labelledby="screenings-heading" data-testid="screenings-section">
      <div className="section-head">
        <h2 id="screenings-heading">{t('section.heading')}</h2>
        <Link to={historyPath(person.id)}>{t('section.toHistory')}</Link>
      </div>
      <p className="section-intro">{t('section.intro')}</p>
      {timeline.isPending && <Loading />}
      <ProblemAlert error={timeline.error} />
      {timeline.data && timeline.data.length === 0 && <p>{t('section.none')}</p>}
      {timeline.data && timeline.data.length > 0 && (
        <>
          <h3>{t('section.latestHeading')}</h3>
          <LatestResults entries={timeline.data} sex={person.sex} />
        </>
      )}
      {mayWrite && (
        <div className="sub-section">
          <h3>{t('section.recordHeading')}</h3>
          <FormLinks personId={person.id} />
        </div>
      )}
    </section>
  );
}
