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
import { ScopePath } from './ScopePath';
import { useIndicatorGrid, useIndicatorTrend, type DashboardParams } from './queries';
import './indicators.css';

const CHART_CODES = INDICATORS.filter(
  (d) => d.breakdown === 'total' && d.kind === 'count' && isAvailable(d),
).map((d) => d.code);

/**
 * The period, the scope, how the county is divided in the comparison (its organisations or its
 * integrated receptions) and the chart's indicator live in the address (back and reload keep
 * them).
 */
function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const year = todayInStockholm().slice(0, 4);
  const p: DashboardParams & { code: string; by: 'reception' | undefined } = {
    from: params.get('from') ?? `${year}-01-01`,
    to: params.get('to') ?? `${year}-12-31`,
    step: (params.get('step') as DashboardParams['step'] | null) ?? 'quarter',
    organisationId: params.get('organisationId') ?? undefined,
    unitId: params.get('unitId') ?? undefined,
    receptionId: params.get('receptionId') ?? undefined,
    by: params.get('by') === 'reception' ? 'reception' : undefined,
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
  const find = (kind: string, id: string | undefined) =>
    id ? g.scopes.find((s) => s.kind === kind && s.id === id) : undefined;
  const org = find('organisation', p.organisationId);
  const reception = find('reception', p.receptionId);
  const unit = find('unit', p.unitId);
  const receptions = g.scopes.filter((s) => s.kind === 'reception');
  const byReception = p.by === 'reception' && receptions.length > 0;
  const current = unit ?? reception ?? org ?? county;
  const fig = (s: typeof current): ScopeFigures => ({
    id: s.id,
    name: name(s),
    indicators: s.indicators,
  });
  const toCounty = { organisationId: undefined, receptionId: undefined, unitId: undefined };
  // County → organisation → its units, or county → integrated reception → its units.
  const parts = unit
    ? []
    : reception
      ? g.scopes.filter((s) => s.kind === 'unit' && s.receptionId === reception.id)
      : org
        ? g.scopes.filter((s) => s.kind === 'unit' && s.parentId === org.id)
        : byReception
          ? receptions
          : g.scopes.filter((s) => s.kind === 'organisation');
  const drill = unit
    ? undefined
    : (id: string) =>
        org || reception
          ? set({ unitId: id })
          : set({ ...toCounty, [byReception ? 'receptionId' : 'organisationId']: id });
  const above = org ?? reception;
  const steps = [
    { name: t('county'), onOpen: current === county ? undefined : () => set(toCounty) },
    ...(above
      ? [{ name: above.name, onOpen: unit ? () => set({ unitId: undefined }) : undefined }]
      : []),
    ...(unit ? [{ name: unit.name }] : []),
  ];
  const period = `${formatDate(p.from)} – ${formatDate(p.to)}`;
  const exportQuery = {
    from: p.from,
    to: p.to,
    organisationId: p.organisationId,
    receptionId: p.receptionId,
    unitId: p.unitId,
  };

  return (
    <>
      {heading}
      <p className="lead">{t('lead')}</p>
      <p className="as-of" data-testid="as-of">
        {t('asOf', { time: formatDateTime(g.computedAt) })}
      </p>
      {g.includesTestData && (
        <p className="alert alert-warning" data-testid="test-data-notice">
          {t('testData')}
        </p>
      )}
      <PeriodForm
        key={`${p.from}|${p.to}|${p.step}|${formKey}`}
        value={p}
        onApply={(next) => {
          set(next);
          setFormKey((k) => k + 1);
        }}
      />
      <ScopePath steps={steps} />
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
        {current === county && receptions.length > 0 && (
          <Form.Select
            label={t('scope.by')}
            id="comparison-by"
            className="chart-picker"
            value={byReception ? 'reception' : 'organisation'}
            onChange={(e) => set({ by: e.target.value === 'reception' ? 'reception' : undefined })}
          >
            <option value="organisation">{t('scope.byOrganisation')}</option>
            <option value="reception">{t('scope.byReception')}</option>
          </Form.Select>
        )}
        <ComparisonChart
          key={`${current.id ?? 'county'}|${byReception ? 'reception' : 'organisation'}`}
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
