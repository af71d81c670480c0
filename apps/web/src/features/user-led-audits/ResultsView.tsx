import type { AuditTeamView, CompiledAuditResults } from '@vardflata/contracts';
import { formatDateTime } from '../../lib/format';
import { useAuditsT } from './i18n';

const decimal = (n: number, lang: string) =>
  n.toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 });

/**
 * The compiled answers under the small-count rule: a hidden figure is said in words ("fewer
 * than 5"), never shown as a zero; a question nobody answered shows no figures at all.
 */
export function ResultsView({ results, id }: { results: CompiledAuditResults; id: string }) {
  const { t, lang } = useAuditsT();
  const hidden = t('results.hidden');
  const show = (n: number | null) => (n === null ? hidden : String(n));
  return (
    <section aria-labelledby={`${id}-results`} className="card">
      <h2 id={`${id}-results`}>{t('results.heading')}</h2>
      {results.suppressed ? (
        <p>{t('results.suppressed')}</p>
      ) : results.responses === 0 ? (
        <p>{t('results.noResponses')}</p>
      ) : (
        <>
          <p>{t('results.responses', { count: results.responses ?? 0 })}</p>
          <ol className="audit-results">
            {results.questions.map((q) => (
              <li key={q.index}>
                <h3>{q.text}</h3>
                <p className="meta">{t(`kinds.${q.kind}`)}</p>
                {q.answered === null ? (
                  <p>{t('results.questionHidden')}</p>
                ) : (
                  <>
                    <p>{t('results.answered', { count: q.answered })}</p>
                    {q.mean !== null && <p>{t('results.mean', { mean: decimal(q.mean, lang) })}</p>}
                    {q.counts && (
                      <table className="table">
                        <caption className="visually-hidden">{q.text}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('results.step')}</th>
                            <th scope="col">{t('results.count')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {q.counts.map((c, i) => (
                            <tr key={i}>
                              <th scope="row">{i + 1}</th>
                              <td>{show(c)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                    {q.kind === 'yes-no' && (
                      <p>
                        {t('results.yes')}: {show(q.yes)}, {t('results.no')}: {show(q.no)}
                      </p>
                    )}
                    {q.texts && (
                      <>
                        <p>{t('results.texts')}</p>
                        <ul>
                          {q.texts.map((text, i) => (
                            <li key={i}>{text}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The published report and the unit's answer (or that it has not answered yet). */
export function ReportView({
  report,
  id,
}: {
  report: Pick<
    AuditTeamView,
    | 'findings'
    | 'recommendations'
    | 'publishedAt'
    | 'plannedActions'
    | 'respondedAt'
    | 'respondedBy'
  >;
  id: string;
}) {
  const { t } = useAuditsT();
  return (
    <section aria-labelledby={`${id}-report`} className="card">
      <h2 id={`${id}-report`}>{t('report.heading')}</h2>
      {report.publishedAt && (
        <p className="meta">
          {t('report.publishedAt', { date: formatDateTime(report.publishedAt) })}
        </p>
      )}
      <h3>{t('report.findings')}</h3>
      <p className="preserve-lines">{report.findings}</p>
      <h3>{t('report.recommendations')}</h3>
      <p className="preserve-lines">{report.recommendations}</p>
      <h3>{t('report.unitAnswer')}</h3>
      {report.plannedActions ? (
        <>
          {report.respondedAt && report.respondedBy && (
            <p className="meta">
              {t('report.answeredBy', {
                name: report.respondedBy,
                date: formatDateTime(report.respondedAt),
              })}
            </p>
          )}
          <p className="preserve-lines">{report.plannedActions}</p>
        </>
      ) : (
        <p>{t('report.noAnswer')}</p>
      )}
    </section>
  );
}
