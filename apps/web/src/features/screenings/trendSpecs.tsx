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
import type { ReactNode } from 'react';
import { todayInStockholm } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { lowerFirst } from './labels';
import { auditZoneRow, useDuditCategoryLabel } from './ScreeningReading';
import type { Band, ReferenceLine } from './TrendChart';
import type { AuditScreening, DuditScreening, Screening } from './types';

export const SEXES_BOTH = ['female', 'male'] as const;

/** A column of the trend's table between the date and total and who filled it in. */
export interface TrendColumn {
  header: string;
  numeric?: boolean;
  cell: (screening: Screening) => ReactNode;
}

/** What differs between the instruments' trends: the lines, bands, key, extra columns, notes. */
export interface TrendSpec {
  max: number;
  lines: ReferenceLine[];
  bands?: Band[];
  key: { kind: ReferenceLine['kind']; text: string }[];
  columns: TrendColumn[];
  footer?: ReactNode;
}

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

/** The sexes whose cut-offs apply: the person's, or both when it is not known. */
const sexesOf = (person: Person) =>
  person.sex === 'unknown' ? SEXES_BOTH : ([person.sex] as const);

/** For a person of unknown sex, a value per sex ("kvinnor: ja, män: nej"), else the one value. */
function bySex(
  t: ReturnType<typeof useScreeningsT>['t'],
  person: Person,
  value: (sex: 'female' | 'male') => string,
  separator: string,
): string {
  if (person.sex !== 'unknown') return value(person.sex);
  return SEXES_BOTH.map((sex) => `${t(`reading.sexPlural.${sex}`)}: ${value(sex)}`).join(separator);
}

function useAuditSpec(person: Person): TrendSpec {
  const { t, text } = useScreeningsT();
  const yesNo = (yes: boolean) => (yes ? t('common.yes') : t('common.no'));
  const audit = (s: Screening) => (s as AuditScreening).interpretation;
  return {
    max: AUDIT.maxTotal,
    lines: mergeLines([
      ...sexesOf(person).map((s) => ({
        value: AUDIT_RISKY_USE_CUT_OFF[s],
        name: t('trend.riskyUseLine', { sex: t(`reading.sexPlural.${s}`) }),
        kind: 'cut-off' as const,
      })),
      ...AUDIT_ZONES.filter((z) => z.min > 0).map((z) => ({
        value: z.min,
        name: t('reading.zoneName', { zone: z.zone }),
        kind: 'zone' as const,
      })),
    ]),
    bands: AUDIT_ZONES.map((z) => ({
      from: z.min,
      to: z.max + 1,
      label: t('reading.zoneName', { zone: z.zone }),
    })),
    key: [
      { kind: 'cut-off', text: t('trend.keyRiskyUse') },
      { kind: 'zone', text: t('trend.keyZones') },
    ],
    columns: [
      {
        header: t('reading.zone'),
        cell: (s) =>
          `${t('reading.zoneName', { zone: audit(s).zone })} – ${text(auditZoneRow(audit(s).zone).risk)}`,
      },
      {
        header: t('trend.riskyUseColumn'),
        cell: (s) =>
          bySex(t, person, (sex) => yesNo(audit(s).riskyUseBySex[sex]).toLowerCase(), ', '),
      },
      { header: t('reading.auditC'), numeric: true, cell: (s) => audit(s).auditC },
    ],
    footer: (
      <p className="small">
        {AUDIT_ZONES.map(
          (z) => `${t('reading.zoneName', { zone: z.zone })} ${z.min}–${z.max}: ${text(z.risk)}`,
        ).join(' · ')}
      </p>
    ),
  };
}

function useDuditSpec(person: Person): TrendSpec {
  const { t } = useScreeningsT();
  const label = useDuditCategoryLabel();
  const dudit = (s: Screening) => (s as DuditScreening).interpretation;
  // Horizontal lines for the age band the person is in today; each row of the table carries
  // the reading with the cut-offs of its own day.
  const age = ageOn(person.dateOfBirth, todayInStockholm());
  const set = duditCutOffSet(age >= 0 ? age : null);
  return {
    max: DUDIT.maxTotal,
    lines: mergeLines([
      ...sexesOf(person).map((s) => ({
        value: set.drugRelatedProblems[s],
        name: t(set.preliminary ? 'trend.problemLinePreliminary' : 'trend.problemLine', {
          sex: t(`reading.sexPlural.${s}`),
        }),
        kind: 'cut-off' as const,
      })),
      {
        value: set.probableDependence,
        name: t('trend.dependenceLine'),
        kind: 'dependence' as const,
      },
    ]),
    key: [
      {
        kind: 'cut-off',
        text: t(set.preliminary ? 'trend.keyProblemPreliminary' : 'trend.keyProblem'),
      },
      { kind: 'dependence', text: t('trend.keyDependence') },
    ],
    columns: [
      {
        header: t('reading.duditReading'),
        cell: (s) =>
          person.sex === 'unknown'
            ? bySex(t, person, (sex) => lowerFirst(label(dudit(s).categoryBySex[sex])), '; ')
            : label(dudit(s).category),
      },
      {
        header: t('trend.cutOffUsed'),
        cell: (s) => {
          const cutOff = dudit(s).cutOff;
          const value =
            person.sex === 'unknown'
              ? SEXES_BOTH.map(
                  (sex) =>
                    `${cutOff.drugRelatedProblemsBySex[sex]} (${t(`reading.sexPlural.${sex}`)})`,
                ).join(' / ')
              : cutOff.drugRelatedProblems;
          const text = t('trend.cutOffValue', { value, dependence: cutOff.probableDependence });
          return cutOff.preliminary ? `${text} (${t('trend.preliminary')})` : text;
        },
      },
    ],
  };
}

/** The trend's specifics for an instrument (both hooks run, so the order of hooks holds). */
export function useTrendSpec(instrument: InstrumentId, person: Person): TrendSpec {
  const audit = useAuditSpec(person);
  const dudit = useDuditSpec(person);
  return instrument === 'AUDIT' ? audit : dudit;
}
