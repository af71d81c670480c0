import type { IndicatorGrid } from '@vardflata/contracts';
import type { Db } from '../../../db/database.ts';
import type { Period, TestPersonsRule } from '../repositories/indicator-source.repository.ts';
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
    private rule: TestPersonsRule,
    private clock: () => number = Date.now,
  ) {}

  /** Whether the grids this cache computes count test persons (outside production mode). */
  get includesTestData(): boolean {
    return this.rule.includeTestData;
  }

  grid(period: Period): Promise<IndicatorGrid> {
    const key = `${period.from}|${period.to}`;
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < MAX_AGE_MS) {
      if (now - hit.at >= REFRESH_AFTER_MS && !hit.refreshing) {
        hit.refreshing = true;
        const next = computeIndicatorGrid(this.db, period, this.rule, new Date(now));
        const done = next.then(
          () => this.store(key, { at: now, grid: next }),
          () => (hit.refreshing = false),
        );
        this.refreshes.add(done);
        void done.finally(() => this.refreshes.delete(done));
      }
      return hit.grid;
    }
    const grid = computeIndicatorGrid(this.db, period, this.rule, new Date(now));
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
