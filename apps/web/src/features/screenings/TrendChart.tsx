import { useId, type ReactNode } from 'react';

export interface TrendPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export interface ReferenceLine {
  value: number;
  label: string;
  /** Drawn differently (dash pattern, not only colour): cut-off, zone boundary, dependence. */
  kind: 'cut-off' | 'zone' | 'dependence';
}

export interface Band {
  from: number;
  to: number;
  label: string;
}

const WIDTH = 820;
const HEIGHT = 320;
const M = { top: 16, right: 250, bottom: 46, left: 44 };
/** A date label is about this wide; closer labels are left out (the table has every date). */
const X_LABEL_GAP = 84;
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;
const LABEL_GAP = 15;

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** Label positions top to bottom, at least LABEL_GAP apart, kept inside the plot's height. */
function spread(ys: number[]): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const [k, entry] of order.entries()) {
    const previous = placed[k - 1];
    placed.push(previous === undefined ? entry.y : Math.max(entry.y, previous + LABEL_GAP));
  }
  // Pushed below the plot: move the whole stack up again.
  const overflow = (placed[placed.length - 1] ?? 0) - (M.top + PLOT_H + 4);
  if (overflow > 0) {
    for (let k = placed.length - 1; k >= 0; k--) {
      const below = placed[k + 1];
      placed[k] = Math.min(
        placed[k]! - overflow,
        below === undefined ? Infinity : below - LABEL_GAP,
      );
    }
  }
  const out = new Array<number>(ys.length);
  order.forEach((entry, k) => (out[entry.i] = placed[k]!));
  return out;
}

/**
 * A line chart of totals over time, written for this purpose (no chart library). The SVG is one
 * image to assistive technology (role="img", named by its title and described in words); the
 * values themselves are in the table given as `children`, which the reader can open.
 */
export function TrendChart({
  title,
  description,
  points,
  max,
  lines,
  bands = [],
  tableLabel,
  children,
}: {
  title: string;
  description: string;
  points: readonly TrendPoint[];
  max: number;
  lines: readonly ReferenceLine[];
  bands?: readonly Band[];
  tableLabel: string;
  children: ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0] ? time(sorted[0].date) : 0;
  const last = sorted[sorted.length - 1] ? time(sorted[sorted.length - 1]!.date) : first;
  const span = Math.max(last - first, DAY);
  const pad = sorted.length > 1 ? span * 0.05 : 30 * DAY;
  const x0 = first - pad;
  const x1 = (sorted.length > 1 ? last : first) + pad;
  const x = (date: string) => M.left + ((time(date) - x0) / (x1 - x0)) * PLOT_W;
  const y = (value: number) => M.top + PLOT_H - (value / max) * PLOT_H;

  const yTicks: number[] = [];
  for (let v = 0; v <= max; v += 10) yTicks.push(v);
  // Dates of measurements, left to right, without overlapping; the latest is always shown.
  const xTicks: string[] = [];
  for (const p of sorted) {
    if (xTicks.includes(p.date)) continue;
    const previous = xTicks[xTicks.length - 1];
    if (previous === undefined || x(p.date) - x(previous) >= X_LABEL_GAP) xTicks.push(p.date);
  }
  const latest = sorted[sorted.length - 1]?.date;
  if (latest && !xTicks.includes(latest)) {
    while (xTicks.length > 1 && x(latest) - x(xTicks[xTicks.length - 1]!) < X_LABEL_GAP)
      xTicks.pop();
    xTicks.push(latest);
  }

  const labelYs = spread(lines.map((l) => y(l.value)));
  const showValues = sorted.length <= 16;
  const path = sorted
    .map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');

  return (
    <figure className="trend-figure">
      <div className="trend-scroll">
        <svg
          className="trend-chart"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>

          {bands.map((band, k) => (
            <g key={band.label}>
              <rect
                className={k % 2 === 0 ? 'chart-band' : 'chart-band chart-band-alt'}
                x={M.left}
                width={PLOT_W}
                y={y(Math.min(band.to, max))}
                height={y(band.from) - y(Math.min(band.to, max))}
              />
            </g>
          ))}

          {yTicks.map((v) => (
            <g key={v}>
              <line className="chart-grid" x1={M.left} x2={M.left + PLOT_W} y1={y(v)} y2={y(v)} />
              <text className="chart-tick" x={M.left - 8} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          <line className="chart-axis" x1={M.left} x2={M.left} y1={M.top} y2={M.top + PLOT_H} />
          <line
            className="chart-axis"
            x1={M.left}
            x2={M.left + PLOT_W}
            y1={M.top + PLOT_H}
            y2={M.top + PLOT_H}
          />

          {xTicks.map((date, k) => (
            <g key={`${date}-${k}`}>
              <line
                className="chart-axis"
                x1={x(date)}
                x2={x(date)}
                y1={M.top + PLOT_H}
                y2={M.top + PLOT_H + 5}
              />
              <text className="chart-tick" x={x(date)} y={M.top + PLOT_H + 20} textAnchor="middle">
                {date}
              </text>
            </g>
          ))}

          {lines.map((line, k) => (
            <g key={`${line.kind}-${line.value}`}>
              <line
                className={`chart-ref chart-ref-${line.kind}`}
                x1={M.left}
                x2={M.left + PLOT_W}
                y1={y(line.value)}
                y2={y(line.value)}
              />
              <line
                className="chart-leader"
                x1={M.left + PLOT_W}
                x2={M.left + PLOT_W + 8}
                y1={y(line.value)}
                y2={labelYs[k]!}
              />
              <text
                className={`chart-ref-label chart-ref-label-${line.kind}`}
                x={M.left + PLOT_W + 12}
                y={labelYs[k]! + 4}
              >
                {line.label}
              </text>
            </g>
          ))}

          {sorted.length > 1 && <path className="chart-line" d={path} />}
          {sorted.map((p, k) => (
            <g key={`${p.date}-${k}`}>
              <circle className="chart-point" cx={x(p.date)} cy={y(p.value)} r={4.5} />
              {showValues && (
                <text className="chart-value" x={x(p.date)} y={y(p.value) - 10} textAnchor="middle">
                  {p.value}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <details className="chart-table">
        <summary>{tableLabel}</summary>
        {children}
      </details>
    </figure>
  );
}
