import {
  AGE_BAND_CELL_CODES,
  INDICATORS,
  SEX_CELL_CODES,
  isAvailable,
  suppressCells,
  suppressMedianOf,
  type SuppressionCell,
  type SumRelation,
} from '@vardflata/domain';
import type { IndicatorGrid, IndicatorValue } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { listIntegratedReceptions } from '../../integrated-receptions/repositories/integrated-reception.repository.ts';
import { listOrganisations } from '../../organisations/organisations.repository.ts';
import {
  countCareCases,
  countChildrenSupported,
  countInterventions,
  medianDaysReferralAnswer,
  medianDaysWithdrawalWait,
} from '../repositories/care-chain-source.repository.ts';
import { countHeldContacts } from '../repositories/contact-source.repository.ts';
import {
  countPersons,
  countScreenings,
  countSipMilestones,
  countSipsFollowedUp,
  medianDaysToFirstMeeting,
  type MedianRow,
  type Period,
  type TestPersonsRule,
  type UnitCount,
} from '../repositories/indicator-source.repository.ts';

/**
 * Every indicator for every scope of the county (county, organisations, integrated receptions,
 * units) for one period, with small-cell protection applied over the whole grid at once: a
 * figure hidden in one unit cannot be worked out from its organisation's or its reception's
 * total and the other units, whichever scope the caller asks for. Screen, API and exports all
 * read this grid.
 */

/**
 * Counts that add up from units to organisations to the county, and from units to their
 * integrated reception (a unit is in at most one, 0019-h), and where they come from.
 */
type Source = 'screening' | 'sip' | 'follow-up' | 'case' | 'intervention' | 'child' | 'contact';
const ADDITIVE: Record<string, { source: Source; key: string }> = {
  'audit-screenings': { source: 'screening', key: 'AUDIT' },
  'dudit-screenings': { source: 'screening', key: 'DUDIT' },
  'sips-established': { source: 'sip', key: 'established' },
  'sips-closed': { source: 'sip', key: 'closed' },
  'sips-followed-up': { source: 'follow-up', key: 'followed-up' },
  'cases-closed': { source: 'case', key: 'closed' },
  'cases-reopened': { source: 'case', key: 'reopened' },
  'medication-interventions': { source: 'intervention', key: 'medication' },
  'group-treatment': { source: 'intervention', key: 'group' },
  'individual-treatment': { source: 'intervention', key: 'individual' },
  'laro-under-lvm': { source: 'intervention', key: 'laro-lvm' },
  'children-as-relatives-supported': { source: 'child', key: 'children-supported' },
  contacts: { source: 'contact', key: 'held' },
};

/** Medians: each code's rows per unit, organisation, reception and county. */
type MedianRead = (db: Db, p: Period, rule: TestPersonsRule) => Promise<MedianRow[]>;
const MEDIANS: Record<string, MedianRead> = {
  'median-days-to-first-sip-meeting': medianDaysToFirstMeeting,
  'median-days-referral-answer': medianDaysReferralAnswer,
  'median-days-withdrawal-bed-wait': medianDaysWithdrawalWait,
};

const COUNTY = 'county';
const orgKey = (id: string) => `org:${id}`;
const unitKey = (id: string) => `unit:${id}`;
const receptionKey = (id: string) => `reception:${id}`;
const noUnitKey = (orgId: string) => `nounit:${orgId}`;
const cell = (scope: string, code: string) => `${scope}|${code}`;

export async function computeIndicatorGrid(
  db: Db,
  period: Period,
  rule: TestPersonsRule,
  now: Date = new Date(),
): Promise<IndicatorGrid> {
  const [
    organisations,
    receptions,
    persons,
    screenings,
    milestones,
    followedUp,
    cases,
    interventions,
    children,
    contacts,
    ...medians
  ] = await Promise.all([
    listOrganisations(db),
    listIntegratedReceptions(db),
    countPersons(db, period, rule),
    countScreenings(db, period, rule),
    countSipMilestones(db, period, rule),
    countSipsFollowedUp(db, period, rule),
    countCareCases(db, period, rule),
    countInterventions(db, period, rule),
    countChildrenSupported(db, period, rule),
    countHeldContacts(db, period, rule),
    ...Object.values(MEDIANS).map((read) => read(db, period, rule)),
  ]);

  const receptionOf = new Map(receptions.flatMap((r) => r.units.map((u) => [u.id, r.id])));
  type Scope = IndicatorGrid['scopes'][number] & { key: string };
  const scopes: Omit<Scope, 'indicators'>[] = [
    { kind: 'county', id: null, name: 'county', parentId: null, receptionId: null, key: COUNTY },
    ...organisations.flatMap((o) => [
      {
        kind: 'organisation' as const,
        id: o.id,
        name: o.name,
        parentId: null,
        receptionId: null,
        key: orgKey(o.id),
      },
      ...o.units.map((u) => ({
        kind: 'unit' as const,
        id: u.id,
        name: u.name,
        parentId: o.id,
        receptionId: receptionOf.get(u.id) ?? null,
        key: unitKey(u.id),
      })),
    ]),
    ...receptions.map((r) => ({
      kind: 'reception' as const,
      id: r.id,
      name: r.name,
      parentId: null,
      receptionId: null,
      key: receptionKey(r.id),
    })),
  ];

  const values = new Map<string, number>();
  const add = (key: string, n: number) => values.set(key, (values.get(key) ?? 0) + n);

  const scopeKeyOf = (r: {
    organisationId: string | null;
    unitId: string | null;
    receptionId: string | null;
  }) =>
    r.receptionId
      ? receptionKey(r.receptionId)
      : r.unitId
        ? unitKey(r.unitId)
        : r.organisationId
          ? orgKey(r.organisationId)
          : COUNTY;

  // Persons: one row per scope and breakdown cell, already distinct in SQL (a reception's
  // persons are distinct over its units, not their sum).
  for (const r of persons) {
    const scope = scopeKeyOf(r);
    const code =
      r.key === 'all'
        ? 'persons'
        : r.key.startsWith('sex:')
          ? SEX_CELL_CODES.find((c) => `sex:${c.sex}` === r.key)?.code
          : AGE_BAND_CELL_CODES.find((c) => `band:${c.band}` === r.key)?.code;
    if (code) add(cell(scope, code), r.n);
  }
  // Additive counts: summed from units up (to the organisation and the county, and to the
  // unit's reception when it is in one).
  const sources: Record<Source, UnitCount[]> = {
    screening: screenings,
    sip: milestones,
    'follow-up': followedUp,
    case: cases,
    intervention: interventions,
    child: children,
    contact: contacts,
  };
  for (const [code, { source, key }] of Object.entries(ADDITIVE)) {
    for (const r of sources[source]!.filter((x) => x.key === key)) {
      add(cell(r.unitId ? unitKey(r.unitId) : noUnitKey(r.organisationId), code), r.n);
      add(cell(orgKey(r.organisationId), code), r.n);
      const reception = r.unitId ? receptionOf.get(r.unitId) : undefined;
      if (reception) add(cell(receptionKey(reception), code), r.n);
      add(cell(COUNTY, code), r.n);
    }
  }

  const cells: SuppressionCell[] = [];
  const relations: SumRelation[] = [];
  const countCodes = INDICATORS.filter((d) => d.kind === 'count' && isAvailable(d));
  for (const s of scopes) {
    for (const d of countCodes)
      cells.push({ key: cell(s.key, d.code), value: values.get(cell(s.key, d.code)) ?? 0 });
    relations.push(
      { total: cell(s.key, 'persons'), parts: SEX_CELL_CODES.map((c) => cell(s.key, c.code)) },
      { total: cell(s.key, 'persons'), parts: AGE_BAND_CELL_CODES.map((c) => cell(s.key, c.code)) },
    );
  }
  for (const code of Object.keys(ADDITIVE)) {
    relations.push({
      total: cell(COUNTY, code),
      parts: organisations.map((o) => cell(orgKey(o.id), code)),
    });
    for (const o of organisations) {
      const remainder = cell(noUnitKey(o.id), code);
      cells.push({ key: remainder, value: values.get(remainder) ?? 0, published: false });
      relations.push({
        total: cell(orgKey(o.id), code),
        parts: [...o.units.map((u) => cell(unitKey(u.id), code)), remainder],
      });
    }
    // A reception is exactly its units (records without a unit are in no reception), so a
    // hidden unit cannot be worked out from the reception's total either. Its persons have no
    // such relation: they are distinct over the units, and only their breakdowns add up.
    for (const r of receptions) {
      relations.push({
        total: cell(receptionKey(r.id), code),
        parts: r.units.map((u) => cell(unitKey(u.id), code)),
      });
    }
  }
  const shown = suppressCells(cells, relations);

  const medianOf = new Map(
    Object.keys(MEDIANS).flatMap((code, i) =>
      (medians[i] as MedianRow[]).map((m) => [cell(scopeKeyOf(m), code), m]),
    ),
  );
  const valuesOf = (scopeKey: string): IndicatorValue[] =>
    INDICATORS.map((d) => {
      if (!isAvailable(d))
        return { code: d.code, value: null, suppressed: false, available: false };
      if (d.kind === 'median') {
        const m = medianOf.get(cell(scopeKey, d.code));
        return { code: d.code, ...suppressMedianOf(m?.n ?? 0, m?.median ?? null), available: true };
      }
      return { code: d.code, ...shown.get(cell(scopeKey, d.code))!, available: true };
    });

  return {
    from: period.from,
    to: period.to,
    computedAt: now.toISOString(),
    includesTestData: rule.includeTestData,
    scopes: scopes.map(({ key, ...s }) => ({ ...s, indicators: valuesOf(key) })),
  };
}
