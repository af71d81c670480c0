import type { AccessLogRow } from '@vardflata/contracts';
import { accessActionLabel } from '@vardflata/domain';
import { Badge } from '../../components/Status';
import { formatDateTime, formatPin } from '../../lib/format';
import { useLogReviewT } from './i18n';
import './log-review.css';

/** The person of a row as the reviewer may see them: name (or protected identity) and number. */
function PersonCell({
  row,
  onFilterPerson,
}: {
  row: AccessLogRow;
  onFilterPerson: (personId: string) => void;
}) {
  const { t } = useLogReviewT();
  if (!row.personId) return <>—</>;
  // A reserve identity may have no name yet: say so rather than show a blank.
  const name =
    row.personName === null ? t('protectedIdentity') : row.personName.trim() || t('nameUnknown');
  return (
    <button
      type="button"
      className="button button-link person-cell"
      onClick={() => onFilterPerson(row.personId!)}
    >
      <span className="person-cell-name">{name}</span>{' '}
      {row.personIdentityNumber && (
        <span className="pin nowrap">{formatPin(row.personIdentityNumber)}</span>
      )}
      <span className="visually-hidden">
        {' – '}
        {t('filterOnPersonNamed', { name })}
      </span>
    </button>
  );
}

/** Access-log rows in words; the person column filters the review on that person. */
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
  const { t, lang } = useLogReviewT();
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
              <td>{accessActionLabel(row.action, lang)}</td>
              <td>{t(`grounds.${row.ground}`)}</td>
              <td>
                {row.outcome === 'denied' ? (
                  <Badge tone="danger">{t('outcomes.denied')}</Badge>
                ) : (
                  <Badge tone="ok">{t('outcomes.allowed')}</Badge>
                )}
              </td>
              <td>
                <PersonCell row={row} onFilterPerson={onFilterPerson} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
