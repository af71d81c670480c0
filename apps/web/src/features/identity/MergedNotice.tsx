import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format';
import { useIdentityT } from './i18n';
import { useMergedInto } from './queries';

/**
 * Where an old link to a merged reserve identity leads (decision 0019-b): shown in place of
 * "not found" when the server says where it went — only to whoever may see the real person.
 */
export function MergedNotice({ personId, enabled }: { personId: string; enabled: boolean }) {
  const { t } = useIdentityT();
  const merged = useMergedInto(personId, enabled);
  if (!merged.data) return null;
  return (
    <div className="alert alert-warning" data-testid="merged-notice">
      <p>
        <strong>{t('merged.heading')}.</strong>{' '}
        {t('merged.body', { date: formatDate(merged.data.mergedAt.slice(0, 10)) })}
      </p>
      <p>
        <Link to={`/persons/${encodeURIComponent(merged.data.mergedIntoPersonId)}`}>
          {t('merged.link')}
        </Link>
      </p>
    </div>
  );
}
