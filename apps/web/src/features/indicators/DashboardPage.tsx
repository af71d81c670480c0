import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { INDICATORS, isAvailable } from '@vardflata/domain';
import { withQuery } from '../../api';
import { Form } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { formatDate, formatDateTime, todayInStockholm } from '../../lib/format';
import { useIndicatorsT } from './i18n';
import {
  AgeBandChart,
  ComparisonChart,
  TrendLineChart,
  type ScopeFigures,
} from './IndicatorCharts';
import { KeyFigures } from './KeyFigures';
import { PeriodForm } from './PeriodForm';
import { useIndicatorGrid, useIndicatorTrend, type DashboardParams } from './queries';
import './indicators.css';

const CHART_CODES = INDICATORS.filter(
  (d) => d.breakdown === 'total' && d.kind === 'count' && isAvailable(d),
).map((d) => d.code);

/** The period, the scope and the chart's indicator live in the address (back and reload keep them). */
function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const year = todayInStockholm().slice(0, 4);
  const p: DashboardParams & { code: string } = {
    from: params.get('from') ?? `${year}-01-01`,
    to: params.get('to') ?? `${year}-12-31`,
    step: (params.get('step') as DashboardParams['step'] | null) ?? 'quarter',
    organisationId: params.get('organisationId') ?? undefined,
    unitId: params.get('unitId') ?? undefined,
    code: params.get('code') ?? 'persons',
  };
  const set = (next: Partial<typeof p>) => {
    const merged = { ...p, ...next };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) out.set(k, v);
    setParams(out);
  };
  return [p, set] as const;
}

/** The follow-up dashboard (F9) for analysts and unit managers: aggregates only. */
export function DashboardPage() {
  const { t, lang } = useIndicatorsT();
  const [p, set] = useDashboardParams();
  const [formKey, setFormKey] = useState(0);
  const grid = useIndicatorGrid(p);
  const trend = useIndicatorTrend(p);

  const heading = <PageHeading title={t('title')}>{t('title')}</PageHeading>;
  if (grid.isPending)
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (grid.isError)
    return (
      <>
        {heading}
        <ProblemAlert error={grid.error} />
      </>
    );

  const g = grid.data;
  const name = (s: { kind: string; name: string }) => (s.kind === 'county' ? t('county') : s.name);
  const county = g.scopes.find((s) => s.kind === 'county')!;
  const org = p.organisationId ? g.scopes.find((s) => s.id === p.organisationId) : undefined;
  const unit = p.unitId ? g.scopes.find((s) => s.id === p.unitId) : undefined;
  const current = unit ?? org ?? county;
  const fig = (s: typeof current): ScopeFigures => ({
    id: s.id,
    name: name(s),
    indicators: s.indicators,
  });
  const parts = unit
    ? []
    : org
      ? g.scopes.filter((s) => s.kind === 'unit' && s.parentId === org.id)
      : g.scopes.filter((s) => s.kind === 'organisation');
  const drill = unit
    ? undefined
    : (id: string) => (org ? set({ unitId: id }) : set({ organisationId: id, unitId: undefined }));
  const period = `${formatDate(p.from)} – ${formatDate(p.to)}`;
  const exportQuery = {
    from: p.from,
    to: p.to,
    organisationId: p.organisationId,
    unitId: p.unitId,
  };

  return (
    <>
      {heading}
      <p className="lead">{t('lead')}</p>
      <p className="as-of" data-testid="as-of">
        {t('asOf', { time: formatDateTime(g.computedAt) })}
      </p>
      <PeriodForm
        key={`${p.from}|${p.to}|${p.step}|${formKey}`}
        value={p}
        onApply={(next) => {
          set(next);
          setFormKey((k) => k + 1);
        }}
      />
      <nav className="scope-path" aria-label={t('scope.label')}>
        <ol>
          <li>
            {current === county ? (
              <span aria-current="page">{t('county')}</span>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => set({ organisationId: undefined, unitId: undefined })}
              >
                {t('county')}
              </button>
            )}
          </li>
          {org && (
            <li>
              {unit ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => set({ unitId: undefined })}
                >
                  {org.name}
                </button>
              ) : (
                <span aria-current="page">{org.name}</span>
              )}
            </li>
          )}
          {unit && (
            <li>
              <span aria-current="page">{unit.name}</span>
            </li>
          )}
        </ol>
      </nav>
      <KeyFigures scope={name(current)} values={current.indicators} />
      <section aria-labelledby="charts-heading" className="charts">
        <h2 id="charts-heading" className="visually-hidden">
          {t('chart.indicator')}
        </h2>
        {/* A view setting, not a form: the kit's select outside a <Form>. */}
        <Form.Select
          label={t('chart.indicator')}
          id="chart-code"
          className="chart-picker"
          value={p.code}
          onChange={(e) => set({ code: e.target.value })}
        >
          {CHART_CODES.map((code) => (
            <option key={code} value={code}>
              {INDICATORS.find((d) => d.code === code)!.name[lang]}
            </option>
          ))}
        </Form.Select>
        <ComparisonChart
          key={current.id ?? 'county'}
          code={p.code}
          scope={fig(current)}
          parts={parts.map(fig)}
          period={period}
          onDrill={drill}
        />
        {trend.data ? (
          <TrendLineChart code={p.code} scopeName={name(current)} trend={trend.data} />
        ) : trend.isError ? (
          <ProblemAlert error={trend.error} />
        ) : (
          <Loading />
        )}
        <AgeBandChart scope={fig(current)} />
      </section>
      <section className="card" aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t('exports.heading')}</h2>
        <p className="muted">{t('exports.hint')}</p>
        <ul className="export-links">
          <li>
            <a href={withQuery('/api/indicators.csv', exportQuery)} download>
              {t('exports.csv')}
            </a>
          </li>
          <li>
            <a href={withQuery('/api/indicators.xlsx', exportQuery)} download>
              {t('exports.xlsx')}
            </a>
          </li>
          <li>
            <a href={withQuery('/api/indicators/report.pdf', exportQuery)}>{t('exports.pdf')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
