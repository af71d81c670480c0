import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { NEEDS_FIGURES, NEEDS_LABELS, type NeedsDimension } from '@vardflata/domain';
import type { IndicatorValue, NeedsPicture } from '@vardflata/contracts';
import { formatDate } from '../../lib/format';
import { ChartFigure } from '../../components/ChartFigure';
import { useNeedsT } from './i18n';
import { figureOf } from './queries';

const COLOURS = ['#1f5f8b', '#8b3a1f', '#2e6b30', '#6b2e6b', '#7a5c00', '#38474f'];
const HEIGHT = 280;
/** The basis of a dimension (who was assessed, everyone in care): in the table, not a bar. */
const BASES = new Set(['persons', 'criteria-assessed', 'asi-assessed']);

type T = (key: string, options?: Record<string, unknown>) => string;

/** A figure as text: the number, or why there is none — never a 0 in place of a hidden value. */
export function figureText(v: IndicatorValue | undefined, t: T): string {
  if (!v || !v.available) return t('status.notAvailable');
  if (v.suppressed) return t('status.suppressed');
  if (v.value === null) return t('status.noData');
  return String(v.value);
}
const drawn = (v: IndicatorValue | undefined) =>
  v && v.available && !v.suppressed ? v.value : null;

const figuresOf = (dimension: NeedsDimension) =>
  NEEDS_FIGURES.filter((f) => f.dimension === dimension);

/** One dimension over the whole range: a bar per figure, and every figure in the table. */
export function DimensionChart({
  dimension,
  picture,
  principal,
}: {
  dimension: NeedsDimension;
  picture: NeedsPicture;
  principal: string;
}) {
  const { t, text } = useNeedsT();
  const name = text(NEEDS_LABELS.dimension[dimension]);
  const rows = figuresOf(dimension).map((f) => ({
    f,
    v: figureOf(picture.total.figures, f.code),
  }));
  const bars = rows.filter((r) => !BASES.has(r.f.code));
  const top = [...bars]
    .filter((r) => drawn(r.v) !== null)
    .sort((a, b) => drawn(b.v)! - drawn(a.v)!)[0];
  return (
    <ChartFigure
      heading={name}
      description={t('chart.barDescription', {
        dimension: name.toLowerCase(),
        principal,
        period: `${formatDate(picture.from)} – ${formatDate(picture.to)}`,
        top: top ? `${text(top.f.name)} (${figureText(top.v, t)})` : t('chart.none'),
      })}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart
            data={bars.map((r) => ({ name: text(r.f.name), value: drawn(r.v) }))}
            accessibilityLayer={false}
            margin={{ bottom: 50 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} angle={-25} textAnchor="end" height={90} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar
              dataKey="value"
              name={t('chart.value')}
              fill={COLOURS[0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.figure')}</th>
              <th scope="col">{t('chart.value')}</th>
              <th scope="col">{t('chart.how')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.f.code} data-code={r.f.code}>
                <th scope="row">{text(r.f.name)}</th>
                <td>{figureText(r.v, t)}</td>
                <td>{text(r.f.counting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** One dimension per month, quarter or year: a line per figure (the target group: persons). */
export function DimensionTrend({
  dimension,
  picture,
  principal,
}: {
  dimension: NeedsDimension;
  picture: NeedsPicture;
  principal: string;
}) {
  const { t, text } = useNeedsT();
  const name = text(NEEDS_LABELS.dimension[dimension]);
  const figures = figuresOf(dimension).filter((f) =>
    dimension === 'target-group' ? f.code === 'persons' : !BASES.has(f.code) && f.source !== null,
  );
  const data = picture.periods.map((p) => ({
    name: p.from.slice(0, picture.step === 'year' ? 4 : 7),
    ...Object.fromEntries(figures.map((f) => [f.code, drawn(figureOf(p.figures, f.code))])),
  }));
  return (
    <ChartFigure
      heading={t('chart.trendHeading', { dimension: name })}
      description={t('chart.trendDescription', {
        dimension: name.toLowerCase(),
        principal,
        step: t(`form.${picture.step}`),
        periods: picture.periods.length,
      })}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {figures.map((f, i) => (
              <Line
                key={f.code}
                dataKey={f.code}
                name={text(f.name)}
                stroke={COLOURS[i % COLOURS.length]}
                strokeWidth={2}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.period')}</th>
              {figures.map((f) => (
                <th scope="col" key={f.code}>
                  {text(f.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {picture.periods.map((p) => (
              <tr key={p.from}>
                <th scope="row">{`${formatDate(p.from)} – ${formatDate(p.to)}`}</th>
                {figures.map((f) => (
                  <td key={f.code}>{figureText(figureOf(p.figures, f.code), t)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
