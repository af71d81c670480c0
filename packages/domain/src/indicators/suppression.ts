import { determinedCells } from './disclosure.ts';

/**
 * Small-cell protection for published counts (F9): a count from 1 to 4 is not shown, and
 * complementary suppression hides more cells until no hidden count can be worked out from the
 * totals and the other cells of any sum the figures take part in (female + male + unknown =
 * persons; the units of an organisation add up to the organisation; the organisations to the
 * county; the units of an integrated reception add up to the reception, across its two
 * principals) — each sum on its own, and then all of them together (`determinedCells`), since
 * an organisation's and a reception's sums cross. One rule for the screen, every export and
 * the API.
 *
 * Only true equalities are relations: the distinct persons of an organisation or a reception
 * are not the sum of its units' (one person can be at two units), so there only the sex and
 * age-band parts sum to the persons total.
 */

/** The smallest count that is shown (counts 1..MIN_SHOWN-1 are suppressed; 0 is shown). */
export const MIN_SHOWN = 5;

export interface SuppressionCell {
  key: string;
  /** null: not computable (not available); never suppressed, never part of a sum. */
  value: number | null;
  /**
   * false for a remainder that is never published (e.g. screenings recorded without a unit):
   * it is hidden from the reader, so it protects like a suppressed cell, and when it is itself
   * a small count it must be protected like one.
   */
  published?: boolean;
}

/** An additive relation: `total` = sum of `parts`. */
export interface SumRelation {
  total: string;
  parts: readonly string[];
}

export interface SuppressedValue {
  value: number | null;
  suppressed: boolean;
}

export const isSmallCount = (n: number) => n >= 1 && n < MIN_SHOWN;

export function suppressCells(
  cells: readonly SuppressionCell[],
  relations: readonly SumRelation[],
): Map<string, SuppressedValue> {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const suppressed = new Set(
    cells.filter((c) => c.value !== null && isSmallCount(c.value)).map((c) => c.key),
  );
  // An unpublished remainder hides what it holds, unless it is 0: a reader who guesses that
  // nothing lies outside the published cells would guess right.
  const unpublished = (key: string) => byKey.get(key)?.published === false;
  const hidden = (key: string) =>
    suppressed.has(key) || (unpublished(key) && byKey.get(key)?.value !== 0);
  const computable = (key: string) => byKey.get(key)?.value != null;
  /** The cell of these sums that hides the least (none when every cell is hidden already). */
  const complementIn = (rs: readonly SumRelation[]) =>
    rs
      .flatMap((r) => [r.total, ...r.parts])
      .filter((k) => computable(k) && !hidden(k) && !unpublished(k))
      .sort((a, b) => rank(byKey.get(a)!.value!) - rank(byKey.get(b)!.value!))[0];
  for (;;) {
    // Repeat until no sum has exactly one hidden cell that is a small count (or a suppressed
    // cell whose value could otherwise be derived): each pass may hide cells of other sums.
    for (let changed = true; changed;) {
      changed = false;
      for (const r of relations) {
        const hiddenKeys = [r.total, ...r.parts].filter((k) => computable(k) && hidden(k));
        if (hiddenKeys.length !== 1 || !suppressed.has(hiddenKeys[0]!)) continue;
        const pick = complementIn([r]);
        if (pick === undefined) continue;
        suppressed.add(pick);
        changed = true;
      }
    }
    // Then every sum together (crossing sums: organisation and integrated reception): a
    // suppressed cell still pinned down takes one more cell of its sums along, and round again.
    const exposed = determinedCells(relations, computable, hidden).filter((k) => suppressed.has(k));
    const pick = exposed
      .map((k) => complementIn(relations.filter((r) => r.total === k || r.parts.includes(k))))
      .find((k) => k !== undefined);
    if (pick === undefined) break;
    suppressed.add(pick);
  }
  const out = new Map<string, SuppressedValue>();
  for (const c of cells) {
    if (c.published === false) continue;
    out.set(
      c.key,
      suppressed.has(c.key)
        ? { value: null, suppressed: true }
        : { value: c.value, suppressed: false },
    );
  }
  return out;
}

/** The complementary cell hides the least: the smallest positive count, zeros last. */
function rank(value: number): number {
  return value === 0 ? Number.MAX_SAFE_INTEGER : value;
}

/** The median of whole numbers (mean of the middle two for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A median is shown only when at least MIN_SHOWN values stand behind it. */
export function suppressMedian(values: readonly number[]): SuppressedValue {
  return suppressMedianOf(values.length, median(values));
}

/** The same for a median computed elsewhere (in SQL) from `n` values. */
export function suppressMedianOf(n: number, value: number | null): SuppressedValue {
  if (n === 0 || value === null) return { value: null, suppressed: false };
  if (isSmallCount(n)) return { value: null, suppressed: true };
  return { value, suppressed: false };
}
