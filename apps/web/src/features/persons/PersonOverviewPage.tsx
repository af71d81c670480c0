import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isApiError } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { isUnitManager } from '../../lib/roles';
import { useMe } from '../auth/session';
import { ConsentsSection } from '../consents/ConsentsSection';
import { MergedNotice } from '../identity/MergedNotice';
import { ReserveIdentityPanel } from '../identity/ReserveIdentityPanel';
import { ScreeningsSection } from '../screenings/ScreeningsSection';
import { AccessExtract } from './AccessExtract';
import { CareRelations } from './CareRelations';
import { LaterModules } from './LaterModules';
import { PersonIdentity } from './PersonIdentity';
import { personName } from './personName';
import { usePerson } from './queries';

/**
 * One person as the caller may see them: identity, care relations, consents, the access
 * extract. The document title never carries the name (tabs and history are seen by others).
 */
export function PersonOverviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { personId = '' } = useParams();
  const location = useLocation();
  const state = location.state as { registered?: boolean; merged?: boolean } | null;
  const registered = state?.registered === true;
  // identity: arriving from a merge of a reserve identity into this person (0019-b)
  const merged = state?.merged === true;
  const person = usePerson(personId);
  const notVisible = person.isError && isApiError(person.error) && person.error.status === 404;
  const [closedOwnRelation, setClosedOwnRelation] = useState(false);

  if (person.isPending) {
    return (
      <>
        <PageHeading title={t('person.pageTitle')}>{t('person.pageTitle')}</PageHeading>
        <Loading />
      </>
    );
  }

  if (person.isError) {
    return (
      <>
        <PageHeading title={t('person.notFoundTitle')}>
          {closedOwnRelation ? t('person.closedTitle') : t('person.notFoundTitle')}
        </PageHeading>
        {closedOwnRelation ? (
          <p role="status">{t('person.closedNoAccess')}</p>
        ) : notVisible ? (
          <>
            <p>{t('person.notFoundBody')}</p>
            <MergedNotice personId={personId} enabled={notVisible} />
          </>
        ) : (
          <ProblemAlert error={person.error} />
        )}
        <p>
          <Link to="/persons">{t('person.backToSearch')}</Link>
        </p>
      </>
    );
  }

  const p = person.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/persons">{t('person.backToSearch')}</Link>
      </p>
      <PageHeading title={t('person.pageTitle')}>
        <span className="visually-hidden">{t('person.pageTitle')}: </span>
        {personName(t, p)}
      </PageHeading>
      <StatusMessage>
        {registered && t('person.registered', { unit: me.unit?.name ?? '' })}
        {merged && t('person.merged')}
      </StatusMessage>
      {p.ground === 'emergency' && (
        <div className="alert alert-warning">
          <p>
            <strong>{t('person.emergencyGroundTitle')}</strong> {t('person.emergencyGroundBody')}
          </p>
        </div>
      )}
      <PersonIdentity person={p} />
      <ReserveIdentityPanel person={p} />
      <CareRelations person={p} onClosedOwn={() => setClosedOwnRelation(true)} />
      <ConsentsSection personId={p.id} />
      <ScreeningsSection person={p} />
      <LaterModules person={p} />
      <AccessExtract personId={p.id} />
      {isUnitManager(me) && (
        <section className="card" aria-labelledby="person-log-review">
          <h2 id="person-log-review">{t('person.logReviewHeading')}</h2>
          <p>
            <Link to={`/log-review?personId=${encodeURIComponent(p.id)}`}>
              {t('person.logReviewLink')}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
