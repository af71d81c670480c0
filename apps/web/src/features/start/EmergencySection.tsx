import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useUnreviewedEmergencyAccess } from '../emergency-access/queries';
import { useStartT } from './i18n';

/** For the unit manager: emergency accesses of her unit that wait for her review. */
export function EmergencySection() {
  const { t } = useStartT();
  const list = useUnreviewedEmergencyAccess();
  const items = list.data ?? [];
  return (
    <section
      className={`card${items.length > 0 ? ' card-attention' : ''}`}
      aria-labelledby="start-emergency-heading"
      data-testid="start-emergency"
    >
      <h2 id="start-emergency-heading">
        {t('emergency.heading')}
        {items.length > 0 && (
          <>
            {' '}
            <Badge tone="warn">{items.length}</Badge>
          </>
        )}
      </h2>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && items.length === 0 && <p>{t('emergency.none')}</p>}
      {items.length > 0 && (
        <>
          <p>{t('emergency.some', { count: items.length })}</p>
          <ul>
            {items.map((a) => (
              <li key={a.id}>
                {t('emergency.item', { name: a.staffName, at: formatDateTime(a.startedAt) })}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/log-review">{t('emergency.review')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
