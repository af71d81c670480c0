import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { useAssessments } from './queries';
import { Flag } from './ScreeningReading';
import type { DrugTestData, DrugTestResult } from './types';

/** Every drug test with each substance's result, newest first. */
export function DrugTestsSection({ personId }: { personId: string }) {
  const { t } = useScreeningsT();
  const tests = useAssessments(personId, 'drug-test');
  return (
    <section className="card" aria-labelledby="drug-tests-heading" data-testid="drug-tests-section">
      <h2 id="drug-tests-heading" tabIndex={-1}>
        {t('drugTestHistory.heading')}
      </h2>
      {tests.isPending && <Loading />}
      <ProblemAlert error={tests.error} />
      {tests.data && tests.data.length === 0 && <p>{t('drugTestHistory.none')}</p>}
      {tests.data && tests.data.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('drugTestHistory.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('drugTest.sampledOn')}</th>
                <th scope="col">{t('drugTest.sampleType')}</th>
                <th scope="col">{t('drugTestHistory.results')}</th>
                <th scope="col">{t('drugTest.laboratory')}</th>
                <th scope="col">{t('trend.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {tests.data.map((a) => {
                const data = a.data as unknown as DrugTestData;
                const result = a.result as unknown as DrugTestResult;
                return (
                  <tr key={a.id}>
                    <th scope="row" className="nowrap">
                      {formatDate(a.performedOn)}
                      {result.positive && (
                        <>
                          <br />
                          <Flag>{t('latest.positive')}</Flag>
                        </>
                      )}
                    </th>
                    <td>{t(`drugTest.sampleTypes.${data.sampleType}`)}</td>
                    <td>
                      <ul className="plain-list">
                        {data.results.map((r, i) => (
                          <li key={`${r.substance}-${i}`}>
                            {r.substance}: <strong>{t(`drugTest.outcomes.${r.result}`)}</strong>
                            {r.value !== undefined && ` · ${r.value}${r.unit ? ` ${r.unit}` : ''}`}
                            {r.cutOff !== undefined &&
                              ` (${t('drugTest.cutOffShort', { value: r.cutOff, unit: r.unit ?? '' })})`}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{data.laboratory ?? '—'}</td>
                    <td>
                      {a.recordedByName},{' '}
                      {[a.unitName, a.organisationName].filter(Boolean).join(', ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
