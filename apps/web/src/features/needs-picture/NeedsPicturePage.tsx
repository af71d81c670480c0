import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { NEEDS_DIMENSIONS, NEEDS_LABELS, type NeedsPrincipal } from '@vardflata/domain';
import { withQuery } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { formatDateTime, todayInStockholm } from '../../lib/format';
import { useNeedsT } from './i18n';
import { DimensionChart, DimensionTrend } from './NeedsCharts';
import { NeedsForm } from './NeedsForm';
import { useNeedsPicture, type NeedsParams } from './queries';
import '../indicators/indicators.css';

/** The range, principal and step live in the address (back and reload keep them). */
function useNeedsParams() {
  const [params, setParams] = useSearchParams();
  const year = Number(todayInStockholm().slice(0, 4));
  const p: NeedsParams = {
    from: params.get('from') ?? `${year - 1}-01-01`,
    to: params.get('to') ?? `${year}-12-31`,
    principal: (params.get('principal') as NeedsPrincipal | null) ?? 'joint',
    step: (params.get('step') as NeedsParams['step'] | null) ?? 'quarter',
  };
  const set = (next: NeedsParams) => setParams(new URLSearchParams({ ...next }));
  return [p, set] as const;
}

/** The needs picture (behovsbild, F11) for analysts: aggregates of the target group only. */
export function NeedsPicturePage() {
  const { t, text } = useNeedsT();
  const [p, set] = useNeedsParams();
  const [formKey, setFormKey] = useState(0);
  const picture = useNeedsPicture(p);
  const principal = text(NEEDS_LABELS.principal[p.principal]);

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <NeedsForm
        key={`${p.from}|${p.to}|${p.principal}|${p.step}|${formKey}`}
        value={p}
        onApply={(next) => {
          set(next);
          setFormKey((k) => k + 1);
        }}
      />
      {picture.isPending ? (
        <Loading />
      ) : picture.isError ? (
        <ProblemAlert error={picture.error} />
      ) : (
        <>
          <p className="as-of" data-testid="as-of">
            {t('asOf', { time: formatDateTime(picture.data.computedAt) })}
          </p>
          {picture.data.includesTestData && (
            <p className="alert alert-warning" data-testid="test-data-notice">
              {t('testData')}
            </p>
          )}
          <p className="muted">{t('rule')}</p>
          {NEEDS_DIMENSIONS.map((dimension) => (
            <section key={dimension} className="charts" aria-labelledby={`dimension-${dimension}`}>
              <h2 id={`dimension-${dimension}`}>{text(NEEDS_LABELS.dimension[dimension])}</h2>
              <DimensionChart dimension={dimension} picture={picture.data} principal={principal} />
              <DimensionTrend dimension={dimension} picture={picture.data} principal={principal} />
            </section>
          ))}
          <section className="card" aria-labelledby="needs-exports-heading">
            <h2 id="needs-exports-heading">{t('exports.heading')}</h2>
            <p className="muted">{t('exports.hint')}</p>
            <ul className="export-links">
              <li>
                <a href={withQuery('/api/needs-picture.csv', { ...p })} download>
                  {t('exports.csv')}
                </a>
              </li>
              <li>
                <a href={withQuery('/api/needs-picture.xlsx', { ...p })} download>
                  {t('exports.xlsx')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
