import { useTranslation } from 'react-i18next';
import type { AccessLogRow } from '@vardflata/contracts';
import { Badge } from '../../components/Status';
import { formatDateTime } from '../../lib/format';

/** Access-log rows; the person column filters the review on that person. */
export function LogTable({
  rows,
  caption,
  busy,
  onFilterPerson,
}: {
  rows: readonly AccessLogRow[];
  caption: string;
  busy: boolean;
  onFilterPerson: (personId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table
        className={`table table-compact${busy ? ' is-busy' : ''}`}
        aria-busy={busy}
        data-testid="access-log-table"
      >
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.time')}</th>
            <th scope="col">{t('logReview.user')}</th>
            <th scope="col">{t('common.unit')}</th>
            <th scope="col">{t('common.action')}</th>
            <th scope="col">{t('logReview.ground')}</th>
            <th scope="col">{t('logReview.outcome')}</th>
            <th scope="col">{t('logReview.person')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="nowrap">{formatDateTime(row.at)}</td>
              <td>{row.userName ?? '—'}</td>
              <td>{row.unitName ?? '—'}</td>
              <td>{t(`actions.${row.action}`, { defaultValue: row.action })}</td>
              <td>{t(`grounds.${row.ground}`, { defaultValue: row.ground })}</td>
              <td>
                {row.outcome === 'denied' ? (
                  <Badge tone="danger">{t('outcomes.denied')}</Badge>
                ) : (
                  <Badge tone="ok">{t('outcomes.allowed')}</Badge>
                )}
              </td>
              <td>
                {row.personId ? (
                  <button
                    type="button"
                    className="button button-link"
                    onClick={() => onFilterPerson(row.personId!)}
                  >
                    <span aria-hidden="true">{row.personId.slice(0, 8)}…</span>
                    <span className="visually-hidden">
                      {t('logReview.filterOnPerson', { id: row.personId })}
                    </span>
                  </button>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
