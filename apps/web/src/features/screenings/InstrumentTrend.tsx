import type { Person } from '@vardflata/contracts';
import {
  AUDIT,
  AUDIT_RISKY_USE_CUT_OFF,
  AUDIT_ZONES,
  DUDIT,
  ageOn,
  duditCutOffSet,
  type InstrumentId,
} from '@vardflata/domain';
import { formatDate, todayInStockholm } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { lowerFirst } from './labels';
import { auditZoneRow, useDuditCategoryLabel } from './ScreeningReading';
import { TrendChart, type Band, type ReferenceLine } from './TrendChart';
import {
  isAudit,
  isDudit,
  type AuditScreening,
  type DuditScreening,
  type Screening,
} from './types';

const SEXES_BOTH = ['female', 'male'] as const;

/** Lines at the same value become one, labelled with both names; a cut-off's style wins. */
function mergeLines(
  lines: { value: number; name: string; kind: ReferenceLine['kind'] }[],
): ReferenceLine[] {
  const byValue = new Map<number, { names: string[]; kind: ReferenceLine['kind'] }>();
  for (const line of lines) {
    const entry = byValue.get(line.value);
    if (!entry) byValue.set(line.value, { names: [line.name], kind: line.kind });
    else {
      entry.names.push(line.name);
      if (line.kind !== 'zone') entry.kind = line.kind;
    }
  }
  return [...byValue.entries()].map(([value, { names, kind }]) => ({
    value,
    kind,
    label: `${names.join(', ')} (≥ ${value})`,
  }));
}

/** The trend in words: latest, the change since the one before, highest and lowest. */
function useTrendWords(instrument: InstrumentId, items: readonly Screening[]) {
  const { t } = useScreeningsT();
  const ordered = [...items].sort((a, b) => a.performedAt.localeCompare(b.performedAt));
  const latest = ordered[ordered.length - 1];
  const previous = ordered[ordered.length - 2];
  if (!latest) return { summary: '', change: '' };
  const totals = ordered.map((s) => s.total);
  const change = previous
    ? latest.total === previous.total
      ? t('trend.same', { total: latest.total, date: formatDate(previous.performedAt) })
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
  return { summary, change, latest };
}

export function AuditTrend({
  person,
  screenings,
}: {
  person: Person;
  screenings: readonly Screening[];
}) {
  const { t, text } = useScreeningsT();
  const items = screenings.filter(isAudit);
  const words = useTrendWords('AUDIT', items);
  const sexes = person.sex === 'unknown' ? SEXES_BOTH : ([person.sex] as const);
  const lines = mergeLines([
    ...sexes.map((s) => ({
      value: AUDIT_RISKY_USE_CUT_OFF[s],
      name: t('trend.riskyUseLine', { sex: t(`reading.sexPlural.${s}`) }),
      kind: 'cut-off' as const,
    })),
    ...AUDIT_ZONES.filter((z) => z.min > 0).map((z) => ({
      value: z.min,
      name: t('reading.zoneName', { zone: z.zone }),
      kind: 'zone' as const,
    })),
  ]);
  const bands: Band[] = AUDIT_ZONES.map((z) => ({
    from: z.min,
    to: z.max + 1,
    label: t('reading.zoneName', { zone: z.zone }),
  }));

  return (
    <section className="card" aria-labelledby="trend-audit" data-testid="trend-audit">
      <h2 id="trend-audit" tabIndex={-1}>
        {t('trend.auditHeading')}
      </h2>
      {items.length === 0 ? (
        <p>{t('trend.none', { instrument: 'AUDIT' })}</p>
      ) : (
        <>
          <p className="trend-words">
            <strong>
              {t('trend.latest', {
                total: words.latest!.total,
                date: formatDate(words.latest!.performedAt),
              })}
            </strong>{' '}
            {words.change}
          </p>
          <TrendChart
            title={t('trend.auditChartTitle')}
            description={`${words.summary} ${t('trend.linesAre', { lines: lines.map((l) => l.label).join('; ') })}`}
            points={items.map((s) => ({ date: formatDate(s.performedAt), value: s.total }))}
            max={AUDIT.maxTotal}
            lines={lines}
            bands={bands}
            tableLabel={t('trend.showTable')}
          >
            <AuditTable items={items} person={person} />
          </TrendChart>
          <ChartKey
            entries={[
              { kind: 'cut-off', text: t('trend.keyRiskyUse') },
              { kind: 'zone', text: t('trend.keyZones') },
            ]}
          />
          <p className="small">
            {AUDIT_ZONES.map(
              (z) =>
                `${t('reading.zoneName', { zone: z.zone })} ${z.min}–${z.max}: ${text(z.risk)}`,
            ).join(' · ')}
          </p>
        </>
      )}
    </section>
  );
}

function AuditTable({ items, person }: { items: AuditScreening[]; person: Person }) {
  const { t, text } = useScreeningsT();
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="trend-audit-table">
        <caption>{t('trend.auditTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.date')}</th>
            <th scope="col" className="num">
              {t('reading.total')}
            </th>
            <th scope="col">{t('reading.zone')}</th>
            <th scope="col">{t('trend.riskyUseColumn')}</th>
            <th scope="col" className="num">
              {t('reading.auditC')}
            </th>
            <th scope="col">{t('trend.filledInBy')}</th>
            <th scope="col">{t('trend.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => {
            const i = s.interpretation;
            const risky =
              person.sex === 'unknown'
                ? SEXES_BOTH.map(
                    (sex) =>
                      `${t(`reading.sexPlural.${sex}`)}: ${(i.riskyUseBySex[sex] ? t('common.yes') : t('common.no')).toLowerCase()}`,
                  ).join(', ')
                : i.riskyUseBySex[person.sex]
                  ? t('common.yes')
                  : t('common.no');
            return (
              <tr key={s.id}>
                <th scope="row" className="nowrap">
                  {formatDate(s.performedAt)}
                </th>
                <td className="num">{s.total}</td>
                <td>
                  {t('reading.zoneName', { zone: i.zone })} – {text(auditZoneRow(i.zone).risk)}
                </td>
                <td>{risky}</td>
                <td className="num">{i.auditC}</td>
                <td>{t(`trend.filledInByValue.${s.filledInBy}`)}</td>
                <td>{[s.unitName, s.organisationName].filter(Boolean).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function DuditTrend({
  person,
  screenings,
}: {
  person: Person;
  screenings: readonly Screening[];
}) {
  const { t } = useScreeningsT();
  const items = screenings.filter(isDudit);
  const words = useTrendWords('DUDIT', items);
  const sexes = person.sex === 'unknown' ? SEXES_BOTH : ([person.sex] as const);
  // Horizontal lines for the age band the person is in today; each row of the table carries
  // the reading with the cut-offs of its own day.
  const age = ageOn(person.dateOfBirth, todayInStockholm());
  const set = duditCutOffSet(age >= 0 ? age : null);
  const lines = mergeLines([
    ...sexes.map((s) => ({
      value: set.drugRelatedProblems[s],
      name: t(set.preliminary ? 'trend.problemLinePreliminary' : 'trend.problemLine', {
        sex: t(`reading.sexPlural.${s}`),
      }),
      kind: 'cut-off' as const,
    })),
    { value: set.probableDependence, name: t('trend.dependenceLine'), kind: 'dependence' as const },
  ]);

  return (
    <section className="card" aria-labelledby="trend-dudit" data-testid="trend-dudit">
      <h2 id="trend-dudit" tabIndex={-1}>
        {t('trend.duditHeading')}
      </h2>
      {items.length === 0 ? (
        <p>{t('trend.none', { instrument: 'DUDIT' })}</p>
      ) : (
        <>
          <p className="trend-words">
            <strong>
              {t('trend.latest', {
                total: words.latest!.total,
                date: formatDate(words.latest!.performedAt),
              })}
            </strong>{' '}
            {words.change}
          </p>
          <TrendChart
            title={t('trend.duditChartTitle')}
            description={`${words.summary} ${t('trend.linesAre', { lines: lines.map((l) => l.label).join('; ') })}`}
            points={items.map((s) => ({ date: formatDate(s.performedAt), value: s.total }))}
            max={DUDIT.maxTotal}
            lines={lines}
            tableLabel={t('trend.showTable')}
          >
            <DuditTable items={items} person={person} />
          </TrendChart>
          <ChartKey
            entries={[
              {
                kind: 'cut-off',
                text: t(set.preliminary ? 'trend.keyProblemPreliminary' : 'trend.keyProblem'),
              },
              { kind: 'dependence', text: t('trend.keyDependence') },
            ]}
          />
        </>
      )}
    </section>
  );
}

function DuditTable({ items, person }: { items: DuditScreening[]; person: Person }) {
  const { t } = useScreeningsT();
  const label = useDuditCategoryLabel();
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="trend-dudit-table">
        <caption>{t('trend.duditTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.date')}</th>
            <th scope="col" className="num">
              {t('reading.total')}
            </th>
            <th scope="col">{t('reading.duditReading')}</th>
            <th scope="col">{t('trend.cutOffUsed')}</th>
            <th scope="col">{t('trend.filledInBy')}</th>
            <th scope="col">{t('trend.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => {
            const i = s.interpretation;
            const reading =
              person.sex === 'unknown'
                ? SEXES_BOTH.map(
                    (sex) =>
                      `${t(`reading.sexPlural.${sex}`)}: ${lowerFirst(label(i.categoryBySex[sex]))}`,
                  ).join('; ')
                : label(i.category);
            return (
              <tr key={s.id}>
                <th scope="row" className="nowrap">
                  {formatDate(s.performedAt)}
                </th>
                <td className="num">{s.total}</td>
                <td>{reading}</td>
                <td>
                  {t('trend.cutOffValue', {
                    value:
                      person.sex === 'unknown'
                        ? SEXES_BOTH.map(
                            (sex) =>
                              `${i.cutOff.drugRelatedProblemsBySex[sex]} (${t(`reading.sexPlural.${sex}`)})`,
                          ).join(' / ')
                        : i.cutOff.drugRelatedProblems,
                    dependence: i.cutOff.probableDependence,
                  })}
                  {i.cutOff.preliminary && ` (${t('trend.preliminary')})`}
                </td>
                <td>{t(`trend.filledInByValue.${s.filledInBy}`)}</td>
                <td>{[s.unitName, s.organisationName].filter(Boolean).join(', ')}</td>
              </tr>
            );
          })}
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
