import type { SumRelation } from './suppression.ts';

/**
 * The hidden cells that the published figures pin down exactly when a reader takes every sum
 * together, not one sum at a time. With a tree of sums (units → organisation → county) looking
 * at each sum alone is enough; once a unit is part of two sums that cross (its organisation and
 * its integrated reception), a hidden cell can be the difference of two published totals even
 * though every sum it is in has two hidden cells: two hidden region units in one reception with
 * a hidden municipality unit give the municipality unit away as reception total − (region total
 * − the region's shown units).
 *
 * Each sum is a linear equation over its hidden cells (the shown ones are constants); a hidden
 * cell is determined exactly when its unit vector lies in the row space of those equations,
 * i.e. when its row of the reduced row echelon form has no other entry. Solved per connected
 * group of hidden cells, so the systems stay small.
 */
export function determinedCells(
  relations: readonly SumRelation[],
  computable: (key: string) => boolean,
  hidden: (key: string) => boolean,
): string[] {
  const rows: Map<string, number>[] = [];
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  for (const r of relations) {
    const row = new Map<string, number>();
    if (computable(r.total) && hidden(r.total)) row.set(r.total, 1);
    for (const p of r.parts) if (computable(p) && hidden(p)) row.set(p, (row.get(p) ?? 0) - 1);
    if (row.size === 0) continue;
    rows.push(row);
    const keys = [...row.keys()];
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]!));
  }
  const groups = new Map<string, Map<string, number>[]>();
  for (const row of rows) {
    const root = find(row.keys().next().value!);
    const group = groups.get(root);
    if (group) group.push(row);
    else groups.set(root, [row]);
  }
  const out: string[] = [];
  for (const group of groups.values()) out.push(...determinedIn(group));
  return out;
}

const EPS = 1e-9;

function determinedIn(rows: Map<string, number>[]): string[] {
  const vars = [...new Set(rows.flatMap((r) => [...r.keys()]))];
  const m = rows.map((r) => vars.map((v) => r.get(v) ?? 0));
  let lead = 0;
  const pivots: { row: number; col: number }[] = [];
  for (let col = 0; col < vars.length && lead < m.length; col++) {
    let best = lead;
    for (let i = lead + 1; i < m.length; i++)
      if (Math.abs(m[i]![col]!) > Math.abs(m[best]![col]!)) best = i;
    if (Math.abs(m[best]![col]!) < EPS) continue;
    [m[lead], m[best]] = [m[best]!, m[lead]!];
    const pivot = m[lead]!;
    const f = pivot[col]!;
    for (let j = 0; j < vars.length; j++) pivot[j]! /= f;
    for (let i = 0; i < m.length; i++) {
      if (i === lead || Math.abs(m[i]![col]!) < EPS) continue;
      const g = m[i]![col]!;
      for (let j = 0; j < vars.length; j++) m[i]![j]! -= g * pivot[j]!;
    }
    pivots.push({ row: lead, col });
    lead++;
  }
  return pivots
    .filter(({ row }) => m[row]!.filter((x) => Math.abs(x) > EPS).length === 1)
    .map(({ col }) => vars[col]!);
}
