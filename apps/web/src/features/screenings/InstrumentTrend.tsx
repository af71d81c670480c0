import type { Person } from '@vardflata/contracts';
import type { InstrumentId } from '@vardflata/domain';
import { formatDate } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { TrendChart, type ReferenceLine } from './TrendChart';
import { useTrendSpec, type TrendColumn } from './trendSpecs';
import type { Screening } from './types';

/** The trend in words: latest, the change since the one before, highest and lowest. */
function useTrendWords(instrument: InstrumentId, ordered: readonly Screening[]) {
  const { t } = useScreeningsT();
  const latest = ordered[ordered.length - 1];
  const previous = ordered[ordered.length - 2];
  if (!latest) return null;
  const totals = ordered.map((s) => s.total);
  const change = previous
    ? latest.total === previous.total
      ? t('trend.same', { count: latest.total, date: formatDate(previous.performedAt) })
      : t(latest.total < previous.total ? 'trend.lower' : 'trend.higher', {
          count: Math.abs(latest.total - previous.total),
          previous: previous.total,
          date: formatDate(previous.performedAt),
        })
    : t('trend.onlyOne');
  const summary = t('trend.summary', {
    instrument,
    count: ordered.length,
    first: formatDate(ordered[0]!.performedAt),
    last: formatDate(latest.performedAt),
    latest: latest.total,
    max: Math.max(...totals),
    min: Math.min(...totals),
  });
  const headline = t('trend.latest', {
    count: latest.total,
    date: formatDate(latest.performedAt),
  });
  return { summary, change, headline };
}

/**
 * One instrument's results over time (AUDIT or DUDIT): the trend in words, the chart with its
 * reference lines, the values as a table, and the chart's key. What differs between the
 * instruments comes from its spec (trendSpecs.tsx).
 */
export function InstrumentTrend({
  instrument,
  person,
  screenings,
}: {
  instrument: InstrumentId;
  person: Person;
  screenings: readonly Screening[];
}) {
  const { t } = useScreeningsT();
  const spec = useTrendSpec(instrument, person);
  const items = screenings
    .filter((s) => s.instrument === instrument)
    .sort((a, b) => a.performedAt.localeCompare(b.performedAt));
  const words = useTrendWords(instrument, items);
  const id = `trend-${instrument.toLowerCase()}`;
  const lower = instrument.toLowerCase();

  return (
    <section className="card" aria-labelledby={id} data-testid={id}>
      <h2 id={id} tabIndex={-1}>
        {t(`trend.${lower}Heading`)}
      </h2>
      {!words ? (
        <p>{t('trend.none', { instrument })}</p>
      ) : (
        <>
          <p className="trend-words">
            <strong>{words.headline}</strong> {words.change}
          </p>
          <TrendChart
            title={t(`trend.${lower}ChartTitle`)}
            description={`${words.summary} ${t('trend.linesAre', { lines: spec.lines.map((l) => l.label).join('; ') })}`}
            points={items.map((s) => ({ date: formatDate(s.performedAt), value: s.total }))}
            max={spec.max}
            lines={spec.lines}
            bands={spec.bands}
            tableLabel={t('trend.showTable')}
          >
            <TrendTable
              testId={`${id}-table`}
              caption={t(`trend.${lower}TableCaption`)}
              items={items}
              columns={spec.columns}
            />
          </TrendChart>
          <ChartKey entries={spec.key} />
          {spec.footer}
        </>
      )}
    </section>
  );
}

/** The values of the chart, oldest first: date, total, the instrument's columns, who and where. */
function TrendTable({
  testId,
  caption,
  items,
  columns,
}: {
  testId: string;
  caption: string;
  items: readonly Screening[];
  columns: readonly TrendColumn[];
}) {
  const { t } = useScreeningsT();
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.date')}</th>
            <th scope="col" className="num">
              {t('reading.total')}
            </th>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
            <th scope="col">{t('trend.filledInBy')}</th>
            <th scope="col">{t('trend.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="nowrap">
                {formatDate(s.performedAt)}
              </th>
              <td className="num">{s.total}</td>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? 'num' : undefined}>
                  {c.cell(s)}
                </td>
              ))}
              <td>{t(`trend.filledInByValue.${s.filledInBy}`)}</td>
              <td>{[s.unitName, s.organisationName].filter(Boolean).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The visible key: each line's dash pattern drawn small, with its meaning in words. */
function ChartKey({ entries }: { entries: { kind: ReferenceLine['kind']; text: string }[] }) {
  const { t } = useScreeningsT();
  return (
    <ul className="chart-key" aria-label={t('trend.keyLabel')}>
      <li>
        <svg width="32" height="12" aria-hidden="true" focusable="false">
          <line className="chart-line" x1="2" x2="30" y1="6" y2="6" />
          <circle className="chart-point" cx="16" cy="6" r="4" />
        </svg>
        {t('trend.keyTotal')}
      </li>
      {entries.map((e) => (
        <li key={e.kind}>
          <svg width="32" height="12" aria-hidden="true" focusable="false">
            <line className={`chart-ref chart-ref-${e.kind}`} x1="1" x2="31" y1="6" y2="6" />
          </svg>
          {e.text}
        </li>
      ))}
    </ul>
  );
}
