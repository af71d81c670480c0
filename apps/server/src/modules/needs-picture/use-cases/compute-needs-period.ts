import {
  NEEDS_FIGURES,
  suppressCells,
  type NeedsPrincipal,
  type SumRelation,
} from '@vardflata/domain';
import type { NeedsPicturePeriod } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import type {
  Period,
  TestPersonsRule,
} from '../../indicators/repositories/indicator-source.repository.ts';
import {
  countComorbidity,
  countHousingSupport,
  countSubstances,
  countTargetGroup,
} from '../repositories/needs-picture.repository.ts';

/**
 * The needs picture of one period and principal, with the indicators' small-cell rule: 1–4
 * hidden, and in the sex and age splits (which add up to the persons) the next smallest cell
 * too. Substances, co-morbidity and housing overlap (a person may have several), so they form
 * no sum and only the small cells themselves are hidden. A figure with no source record is
 * `available: false`, never zero.
 */
export async function computeNeedsPeriod(
  db: Db,
  period: Period,
  principal: NeedsPrincipal,
  rule: TestPersonsRule,
): Promise<NeedsPicturePeriod> {
  // One read at a time: the database is shared with the care staff.
  const counts = new Map<string, number>();
  for (const read of [countTargetGroup, countSubstances, countComorbidity, countHousingSupport]) {
    for (const [code, n] of await read(db, period, principal, rule)) counts.set(code, n);
  }
  const available = NEEDS_FIGURES.filter((f) => f.source !== null);
  const relations: SumRelation[] = [];
  const parts = new Map<string, string[]>();
  for (const f of available) {
    if (!f.partOf) continue;
    const prefix = f.code.split('-')[0]!;
    const key = `${f.partOf}|${prefix}`;
    parts.set(key, [...(parts.get(key) ?? []), f.code]);
  }
  for (const [key, codes] of parts) relations.push({ total: key.split('|')[0]!, parts: codes });
  const shown = suppressCells(
    available.map((f) => ({ key: f.code, value: counts.get(f.code) ?? 0 })),
    relations,
  );
  return {
    from: period.from,
    to: period.to,
    figures: NEEDS_FIGURES.map((f) =>
      f.source === null
        ? { code: f.code, value: null, suppressed: false, available: false }
        : { code: f.code, ...shown.get(f.code)!, available: true },
    ),
  };
}
