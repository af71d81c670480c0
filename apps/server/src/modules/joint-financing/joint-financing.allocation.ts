/**
 * Splitting whole öre by integer weights so the parts sum exactly to the total (decision
 * 0019-e): the largest-remainder method. Each part first gets the floor of its exact share;
 * the öre left over go one each to the parts with the largest remainders, ties to the earlier
 * part (the order the key lists them), so the same input always gives the same split.
 * BigInt inside: öre × population can exceed what a double holds exactly.
 */
export function allocate(totalOre: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalOre) || totalOre < 0) throw new Error('total must be whole öre');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new Error('weights must be whole numbers');
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) throw new Error('the weights sum to zero');
  const total = BigInt(totalOre);
  const exact = weights.map((w) => total * BigInt(w));
  const parts = exact.map((e) => e / sum);
  let left = total - parts.reduce((s, p) => s + p, 0n);
  const order = exact
    .map((e, index) => ({ index, remainder: e % sum }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  for (const { index } of order) {
    if (left === 0n) break;
    parts[index]! += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p));
}

/** Days of a placement inside a period: the nights from its start up to (not including) the
 * day it ended, within the period's first and last day (both counted). */
export function daysInPeriod(
  period: { startsOn: string; endsOn: string },
  placement: { start: string; endedOn: string | null },
): number {
  const day = 86_400_000;
  const from = Math.max(Date.parse(period.startsOn), Date.parse(placement.start));
  const lastNight = placement.endedOn === null ? Infinity : Date.parse(placement.endedOn) - day;
  const to = Math.min(Date.parse(period.endsOn), lastNight);
  return to < from ? 0 : Math.round((to - from) / day) + 1;
}

/** Percent with two decimals ↔ hundredths of a percent (10 000 = 100 %). */
export const toHundredths = (percent: number): number => Math.round(percent * 100);
export const toPercent = (hundredths: number): number => hundredths / 100;
