import type {
  IndicatorGrid,
  IndicatorsAnswer,
  IndicatorTrend,
  IndicatorValue,
} from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/problem.ts';
import type { Period } from '../repositories/indicator-source.repository.ts';
import { computeIndicatorGrid } from './compute-grid.ts';

/**
 * The figures are computed for the whole county per period and kept for at most a minute
 * (MAX_AGE_MS): a figure is never staler than that after the data changes, and every answer
 * says when it was computed. After REFRESH_AFTER_MS an answer still comes from the kept grid
 * while a new one is computed in the background, so a dashboard that is in use never waits
 * for a recomputation.
 */
export const MAX_AGE_MS = 60_000;
export const REFRESH_AFTER_MS = 30_000;
const MAX_ENTRIES = 200;

interface Entry {
  at: number;
  grid: Promise<IndicatorGrid>;
  refreshing?: boolean;
}

export class IndicatorCache {
  private entries = new Map<string, Entry>();
  private refreshes = new Set<Promise<unknown>>();
  constructor(
    private db: Db,
    private clock: () => number = Date.now,
  ) {}

  grid(period: Period): Promise<IndicatorGrid> {
    const key = `${period.from}|${period.to}`;
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < MAX_AGE_MS) {
      if (now - hit.at >= REFRESH_AFTER_MS && !hit.refreshing) {
        hit.refreshing = true;
        const next = computeIndicatorGrid(this.db, period, new Date(now));
        const done = next.then(
          () => this.store(key, { at: now, grid: next }),
          () => (hit.refreshing = false),
        );
        this.refreshes.add(done);
        void done.finally(() => this.refreshes.delete(done));
      }
      return hit.grid;
    }
    const grid = computeIndicatorGrid(this.db, period, new Date(now));
    this.store(key, { at: now, grid });
    grid.catch(() => this.entries.delete(key));
    return grid;
  }

  /** Resolves when the background refreshes started so far have finished. */
  async idle(): Promise<void> {
    await Promise.all([...this.refreshes]);
  }

  private store(key: string, entry: Entry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

export interface ScopeQuery {
  organisationId?: string | undefined;
  unitId?: string | undefined;
}

/** The indicators of one scope: the county, an organisation, or one of its units. */
export function scopeOf(grid: IndicatorGrid, q: ScopeQuery): IndicatorValue[] {
  const scope = q.unitId
    ? grid.scopes.find(
        (s) =>
          s.kind === 'unit' &&
          s.id === q.unitId &&
          (!q.organisationId || s.parentId === q.organisationId),
      )
    : q.organisationId
      ? grid.scopes.find((s) => s.kind === 'organisation' && s.id === q.organisationId)
      : grid.scopes.find((s) => s.kind === 'county');
  if (!scope) throw notFound();
  return scope.indicators;
}

export async function readIndicators(
  cache: IndicatorCache,
  q: Period & ScopeQuery,
): Promise<IndicatorsAnswer> {
  const grid = await cache.grid({ from: q.from, to: q.to });
  return {
    from: q.from,
    to: q.to,
    organisationId: q.organisationId ?? null,
    unitId: q.unitId ?? null,
    computedAt: grid.computedAt,
    indicators: scopeOf(grid, q),
  };
}

/** Calendar periods (month, quarter, year) from `from` to `to`, clipped to the range. */
export function periodsBetween(
  from: string,
  to: string,
  step: 'month' | 'quarter' | 'year',
): Period[] {
  const months = step === 'month' ? 1 : step === 'quarter' ? 3 : 12;
  const periods: Period[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  m = Math.floor((m - 1) / months) * months + 1;
  for (let i = 0; i < 240; i++) {
    const start = `${y}-${String(m).padStart(2, '0')}-01`;
    if (start > to) break;
    const endMonth = m + months - 1;
    const last = new Date(Date.UTC(y, endMonth, 0)).toISOString().slice(0, 10);
    periods.push({ from: start < from ? from : start, to: last > to ? to : last });
    m += months;
    if (m > 12) {
      y += 1;
      m -= 12;
    }
  }
  return periods;
}

export async function readTrend(
  cache: IndicatorCache,
  q: Period & ScopeQuery & { step: 'month' | 'quarter' | 'year' },
): Promise<IndicatorTrend> {
  const periods = periodsBetween(q.from, q.to, q.step);
  const grids = [];
  // One period at a time: the database is shared with the care staff.
  for (const p of periods) grids.push(await cache.grid(p));
  return {
    step: q.step,
    computedAt: grids.map((g) => g.computedAt).sort()[0] ?? new Date().toISOString(),
    periods: grids.map((g) => ({ from: g.from, to: g.to, indicators: scopeOf(g, q) })),
  };
}
