import { PageHeading } from '../../components/PageHeading';
import { hasRole, isUnitManager } from '../../lib/roles';
import { useMe } from '../auth/session';
import { ReviewStatus } from '../log-review/ReviewStatus';
import { DueSection } from './DueSection';
import { EmergencySection } from './EmergencySection';
import { useStartT } from './i18n';
import { PersonsSection } from './PersonsSection';
import { QuickSearch } from './QuickSearch';
import './start.css';

/**
 * Where staff land after signing in: what is due, and their persons. A unit manager also sees
 * the log review and the emergency accesses waiting for her.
 */
export function StartPage() {
  const { t } = useStartT();
  const me = useMe();
  const manager = isUnitManager(me);
  const unit = me.unit?.name ?? '';
  const place = [me.unit?.name, me.organisation?.name].filter(Boolean).join(', ');
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="lead">{t('lead', { name: me.name, place })}</p>
      <QuickSearch />
      <div className="start-grid">
        {manager && <ReviewStatus organisation={me.organisation?.name ?? ''} linkToReview />}
        {manager && <EmergencySection />}
        <DueSection scope={manager ? 'unit' : 'mine'} />
      </div>
      <PersonsSection
        unit={unit}
        intro={
          manager ? 'introManager' : hasRole(me, ['coordinator']) ? 'introCoordinator' : 'intro'
        }
      />
    </>
  );
}
