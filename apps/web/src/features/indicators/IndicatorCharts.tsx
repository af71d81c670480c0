import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AGE_BAND_CELL_CODES, indicatorByCode } from '@vardflata/domain';
import type { IndicatorTrend, IndicatorValue } from '@vardflata/contracts';
import { formatDate } from '../../lib/format';
import { ChartFigure } from '../../components/ChartFigure';
import { useIndicatorsT } from './i18n';
import { valueOf } from './queries';
import { chartValue, valueText } from './valueText';

const BLUE = '#1f5f8b';
const HEIGHT = 260;

export interface ScopeFigures {
  id: string | null;
  name: string;
  indicators: IndicatorValue[];
}

/** The chosen scope and the scopes it contains, side by side (the county beside its parts). */
export function ComparisonChart({
  code,
  scope,
  parts,
  period,
  onDrill,
}: {
  code: string;
  scope: ScopeFigures;
  parts: ScopeFigures[];
  period: string;
  onDrill?: ((id: string) => void) | undefined;
}) {
  const { t, lang } = useIndicatorsT();
  const name = indicatorByCode(code)!.name[lang];
  const rows = [scope, ...parts].map((s) => ({
    id: s.id,
    name: s.name,
    v: valueOf(s.indicators, code),
  }));
  const data = rows.map((r) => ({ name: r.name, value: chartValue(r.v) }));
  const top = [...rows]
    .filter((r) => chartValue(r.v) !== null)
    .sort((a, b) => chartValue(b.v)! - chartValue(a.v)!)[0];
  return (
    <ChartFigure
      heading={t('chart.comparisonHeading', { indicator: name })}
      description={t('chart.comparisonDescription', {
        indicator: name.toLowerCase(),
        scope: scope.name,
        period,
        top: top ? `${top.name} (${valueText(top.v, t, lang)})` : t('chart.none'),
      })}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={data} accessibilityLayer={false} margin={{ bottom: 40 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={70} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" name={name} fill={BLUE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.place')}</th>
              <th scope="col">{name}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id ?? 'county'}>
                <th scope="row">
                  {i > 0 && r.id && onDrill ? (
                    <button type="button" className="link-button" onClick={() => onDrill(r.id!)}>
                      {t('chart.drill', { name: r.name })}
                    </button>
                  ) : (
                    r.name
                  )}
                </th>
                <td>{valueText(r.v, t, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** One indicator of one scope per month, quarter or year. */
export function TrendLineChart({
  code,
  scopeName,
  trend,
}: {
  code: string;
  scopeName: string;
  trend: IndicatorTrend;
}) {
  const { t, lang } = useIndicatorsT();
  const name = indicatorByCode(code)!.name[lang];
  const label = (p: { from: string; to: string }) => `${formatDate(p.from)} – ${formatDate(p.to)}`;
  const data = trend.periods.map((p) => ({
    name: p.from.slice(0, trend.step === 'year' ? 4 : 7),
    value: chartValue(valueOf(p.indicators, code)),
  }));
  return (
    <ChartFigure
      heading={t('chart.trendHeading', { indicator: name })}
      description={t('chart.trendDescription', {
        indicator: name.toLowerCase(),
        scope: scopeName,
        step: t(`period.${trend.step}`),
        periods: trend.periods.length,
      })}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Line
              dataKey="value"
              name={name}
              stroke={BLUE}
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.periodColumn')}</th>
              <th scope="col">{name}</th>
            </tr>
          </thead>
          <tbody>
            {trend.periods.map((p) => (
              <tr key={p.from}>
                <th scope="row">{label(p)}</th>
                <td>{valueText(valueOf(p.indicators, code), t, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The persons of a scope by age band. */
export function AgeBandChart({ scope }: { scope: ScopeFigures }) {
  const { t, lang } = useIndicatorsT();
  const rows = AGE_BAND_CELL_CODES.map((c) => ({
    code: c.code,
    label: indicatorByCode(c.code)!.name[lang],
    band: c.band,
    v: valueOf(scope.indicators, c.code),
  }));
  return (
    <ChartFigure
      heading={t('chart.ageHeading')}
      description={t('chart.ageDescription', { scope: scope.name })}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart
            data={rows.map((r) => ({ name: r.band, value: chartValue(r.v) }))}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" fill={BLUE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.group')}</th>
              <th scope="col">{t('key.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.label}</th>
                <td>{valueText(r.v, t, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
