import {
  ASI_AREAS,
  ASI_CLIENT_SCALE,
  ASI_CODES,
  ASI_SEVERITY_BANDS,
  asiSeverityBand,
  type AsiAreaId,
  type AsiRating,
  type AsiRatingChange,
} from '@vardflata/domain';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { useLabels } from './labels';
import { useAsiComparisons, useAssessments } from './queries';
import type { AsiComparison, AsiData, Assessment } from './types';

const areaName = (id: AsiAreaId) => ASI_AREAS.find((a) => a.id === id)!.name;

export function useAsiRatingText() {
  const { text } = useScreeningsT();
  return {
    interviewer: (rating: AsiRating) => {
      if (typeof rating !== 'number') return `${rating} – ${text(ASI_CODES[rating])}`;
      const band = ASI_SEVERITY_BANDS.find((b) => b.band === asiSeverityBand(rating))!;
      return `${rating} – ${text(band.label)}`;
    },
    client: (rating: AsiRating) => {
      if (typeof rating !== 'number') return `${rating} – ${text(ASI_CODES[rating])}`;
      const step = ASI_CLIENT_SCALE.find((s) => s.value === rating);
      return step ? `${rating} – ${text(step.label)}` : String(rating);
    },
  };
}

/** The ASI interviews: each Uppföljning against its Grund per area, and every interview's ratings. */
export function AsiSection({ personId }: { personId: string }) {
  const { t } = useScreeningsT();
  const comparisons = useAsiComparisons(personId);
  const interviews = useAssessments(personId, 'asi');

  return (
    <section className="card" aria-labelledby="asi-heading" data-testid="asi-section">
      <h2 id="asi-heading" tabIndex={-1}>
        {t('asiHistory.heading')}
      </h2>
      {(comparisons.isPending || interviews.isPending) && <Loading />}
      <ProblemAlert error={comparisons.error ?? interviews.error} />
      {interviews.data && interviews.data.length === 0 && <p>{t('asiHistory.none')}</p>}
      {comparisons.data?.map((c) => (
        <AsiComparisonTable key={c.uppfoljningId} comparison={c} />
      ))}
      {interviews.data && interviews.data.length > 0 && (
        <AsiInterviewsTable interviews={interviews.data} />
      )}
    </section>
  );
}

function Direction({ change }: { change: AsiRatingChange }) {
  const { t } = useScreeningsT();
  const signed =
    change.change === null
      ? ''
      : change.change > 0
        ? `+${change.change}`
        : String(change.change).replace('-', '−');
  const icon = { improved: '▼', worsened: '▲', unchanged: '=', 'not-comparable': '–' }[
    change.direction
  ];
  return (
    <span className={`direction direction-${change.direction}`}>
      <span aria-hidden="true">{icon} </span>
      {t(`asiHistory.direction.${change.direction}`)}
      {change.change !== null && change.change !== 0 && ` (${signed})`}
    </span>
  );
}

/** A small bar for a number on a 0–max scale; decoration, the number is in the text. */
function Bar({ value, max, tone }: { value: AsiRating; max: number; tone: 'from' | 'to' }) {
  if (typeof value !== 'number') return null;
  return (
    <span className="asi-bar-track" aria-hidden="true">
      <span className={`asi-bar asi-bar-${tone}`} style={{ width: `${(value / max) * 100}%` }} />
    </span>
  );
}

function AsiComparisonTable({ comparison }: { comparison: AsiComparison }) {
  const { t, text } = useScreeningsT();
  const rating = useAsiRatingText();
  const caption = t('asiHistory.comparisonCaption', {
    from: formatDate(comparison.grundOn),
    to: formatDate(comparison.uppfoljningOn),
  });
  const improved = comparison.areas.filter(
    (a) => a.interviewerRating.direction === 'improved',
  ).length;
  const worsened = comparison.areas.filter(
    (a) => a.interviewerRating.direction === 'worsened',
  ).length;
  return (
    <div className="asi-comparison">
      <h3>{caption}</h3>
      <p>{t('asiHistory.comparisonSummary', { improved, worsened })}</p>
      <div className="table-wrap">
        <table className="table table-compact asi-table" data-testid="asi-comparison">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('asiHistory.area')}
              </th>
              <th scope="colgroup" colSpan={3}>
                {t('asiHistory.interviewerScale')}
              </th>
              <th scope="colgroup" colSpan={3}>
                {t('asiHistory.clientScale')}
              </th>
            </tr>
            <tr>
              <th scope="col">{t('asiHistory.grund')}</th>
              <th scope="col">{t('asiHistory.uppfoljning')}</th>
              <th scope="col">{t('asiHistory.change')}</th>
              <th scope="col">{t('asiHistory.grund')}</th>
              <th scope="col">{t('asiHistory.uppfoljning')}</th>
              <th scope="col">{t('asiHistory.change')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.areas.map((a) => (
              <tr key={a.area}>
                <th scope="row">{text(areaName(a.area))}</th>
                <td>
                  {rating.interviewer(a.interviewerRating.from)}
                  <Bar value={a.interviewerRating.from} max={9} tone="from" />
                </td>
                <td>
                  {rating.interviewer(a.interviewerRating.to)}
                  <Bar value={a.interviewerRating.to} max={9} tone="to" />
                </td>
                <td>
                  <Direction change={a.interviewerRating} />
                </td>
                <td>{rating.client(a.clientRating.from)}</td>
                <td>{rating.client(a.clientRating.to)}</td>
                <td>
                  <Direction change={a.clientRating} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function AsiInterviewsTable({ interviews }: { interviews: Assessment[] }) {
  const { t, text } = useScreeningsT();
  const labels = useLabels();
  const ordered = [...interviews].sort(
    (a, b) =>
      a.performedOn.localeCompare(b.performedOn) || a.recordedAt.localeCompare(b.recordedAt),
  );
  return (
    <details className="asi-interviews">
      <summary>{t('asiHistory.allInterviews', { count: interviews.length })}</summary>
      <div className="table-wrap">
        <table className="table table-compact">
          <caption>{t('asiHistory.allInterviewsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('asiHistory.area')}</th>
              {ordered.map((a) => (
                <th scope="col" key={a.id}>
                  {labels.asiForm((a.data as unknown as AsiData).form)}
                  <br />
                  {formatDate(a.performedOn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ASI_AREAS.map((area) => (
              <tr key={area.id}>
                <th scope="row">{text(area.name)}</th>
                {ordered.map((a) => {
                  const r = (a.data as unknown as AsiData).areas[area.id];
                  return (
                    <td key={a.id} className="nowrap">
                      {r
                        ? t('asiHistory.pair', {
                            interviewer: r.interviewerRating,
                            client: r.clientRating,
                          })
                        : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('asiHistory.recordedBy')}</th>
              {ordered.map((a) => (
                <td key={a.id}>
                  {a.recordedByName}, {[a.unitName, a.organisationName].filter(Boolean).join(', ')}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="small">{t('asiHistory.pairHint')}</p>
    </details>
  );
}
