import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { AsiSection } from './AsiSection';
import { DrugTestsSection } from './DrugTestsSection';
import { FormLinks } from './FormLinks';
import { useScreeningsT } from './i18n';
import { InstrumentTrend } from './InstrumentTrend';
import { LatestResults } from './LatestResults';
import { PersonPage } from './PersonPage';
import { useScreenings, useTimeline } from './queries';
import { Timeline } from './Timeline';

/** Every screening and assessment result of the person over time: trends, ASI, timeline. */
export function ScreeningHistoryPage() {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t('history.title')}>{(person) => <History person={person} />}</PersonPage>
  );
}

function History({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const me = useMe();
  const { hash } = useLocation();
  const screenings = useScreenings(person.id);
  const timeline = useTimeline(person.id);
  const ready = screenings.isSuccess && timeline.isSuccess;

  // A link to #trend-audit etc. lands on that section once it is there.
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    }
  }, [ready, hash]);

  return (
    <>
      {mayWorkWithPersons(me) && (
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">{t('history.recordHeading')}</h2>
          <FormLinks personId={person.id} />
        </section>
      )}
      {(screenings.isPending || timeline.isPending) && <Loading />}
      <ProblemAlert error={screenings.error ?? timeline.error} />
      {timeline.data && (
        <section className="card" aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('section.latestHeading')}</h2>
          {timeline.data.length === 0 ? (
            <p>{t('section.none')}</p>
          ) : (
            <LatestResults entries={timeline.data} sex={person.sex} />
          )}
        </section>
      )}
      {screenings.data && (
        <>
          <InstrumentTrend instrument="AUDIT" person={person} screenings={screenings.data} />
          <InstrumentTrend instrument="DUDIT" person={person} screenings={screenings.data} />
        </>
      )}
      <AsiSection personId={person.id} />
      <DrugTestsSection personId={person.id} />
      {timeline.data && timeline.data.length > 0 && (
        <section className="card" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" tabIndex={-1}>
            {t('timeline.heading')}
          </h2>
          <p className="section-intro">{t('timeline.intro')}</p>
          <Timeline entries={timeline.data} sex={person.sex} />
        </section>
      )}
    </>
  );
}
