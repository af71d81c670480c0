import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useAccessExtract } from './queries';

/**
 * The extract to hand to the person (PDL 4 kap 3 §): which unit of the caller's organisation
 * accessed their data, and when. Fetched on request, because producing it is logged too.
 */
export function AccessExtract({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const extract = useAccessExtract(personId, requested);

  return (
    <section className="card print-section" aria-labelledby="extract-heading">
      <h2 id="extract-heading">{t('extract.heading')}</h2>
      <p>{t('extract.intro')}</p>
      {!requested ? (
        <button type="button" className="button" onClick={() => setRequested(true)}>
          {t('extract.show')}
        </button>
      ) : (
        <>
          {extract.isPending && <Loading />}
          <ProblemAlert error={extract.error} />
          <StatusMessage>
            {extract.data && t('extract.count', { count: extract.data.length })}
          </StatusMessage>
          {extract.data && extract.data.length > 0 && (
            <>
              <div className="table-wrap">
                <table className="table" data-testid="access-extract">
                  <caption>{t('extract.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('common.time')}</th>
                      <th scope="col">{t('common.unit')}</th>
                      <th scope="col">{t('common.organisation')}</th>
                      <th scope="col">{t('common.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {extract.data.map((row, i) => (
                      <tr key={`${row.at}-${i}`}>
                        <td className="nowrap">{formatDateTime(row.at)}</td>
                        <td>{row.unitName ?? '—'}</td>
                        <td>{row.organisationName ?? '—'}</td>
                        <td>{t(`actions.${row.action}`, { defaultValue: row.action })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="actions no-print">
                <button type="button" className="button" onClick={() => window.print()}>
                  {t('extract.print')}
                </button>
                <button type="button" className="button" onClick={() => void extract.refetch()}>
                  {t('extract.refresh')}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
