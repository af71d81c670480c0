import type { InstrumentError, QuestionnaireDefinition } from './types.ts';

export type ScoreResult =
  | {
      ok: true;
      /** The validated answers: 0-based option index per item. */
      answers: number[];
      /** Points per item, in item order. */
      points: number[];
      total: number;
    }
  | { ok: false; errors: InstrumentError[] };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string "${value}"`;
  if (typeof value === 'number') return String(value);
  return typeof value;
}

/**
 * Scores a questionnaire from the 0-based option index chosen per item. Every bad item is named;
 * a missing or invalid answer is an error, never a silent 0.
 */
export function scoreQuestionnaire(
  definition: QuestionnaireDefinition,
  answers: unknown,
): ScoreResult {
  const expected = definition.items.length;
  if (!Array.isArray(answers)) {
    return {
      ok: false,
      errors: [
        {
          path: 'answers',
          message: `must be an array of ${expected} option indexes (one per ${definition.id} item)`,
        },
      ],
    };
  }

  const errors: InstrumentError[] = [];
  if (answers.length !== expected) {
    errors.push({
      path: 'answers',
      message: `expected ${expected} answers, one per ${definition.id} item; got ${answers.length}`,
    });
  }

  const valid: number[] = [];
  const points: number[] = [];
  // Items present are still checked when the count is wrong, so one round trip shows all errors.
  const checked = Math.min(answers.length, expected);
  for (let i = 0; i < checked; i++) {
    const item = definition.items[i];
    if (item === undefined) break;
    // A hole in a sparse array reads as undefined and is reported as missing.
    const value: unknown = answers[i];
    const last = item.options.length - 1;
    const where = `item ${item.number} (${item.id})`;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > last) {
      const reason =
        value === undefined || value === null ? 'is missing' : `got ${describe(value)}`;
      errors.push({
        path: `answers[${i}]`,
        message: `${where} ${reason}; answer with an option index from 0 to ${last}`,
      });
      continue;
    }
    const option = item.options[value];
    if (option === undefined) continue; // unreachable: the range was checked above
    valid.push(value);
    points.push(option.points);
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers: valid, points, total: points.reduce((sum, p) => sum + p, 0) };
}

/** Points of the items with the given ids, summed (e.g. AUDIT-C over items 1–3). */
export function sumItems(
  definition: QuestionnaireDefinition,
  points: readonly number[],
  itemIds: readonly string[],
): number {
  let sum = 0;
  for (const id of itemIds) {
    const index = definition.items.findIndex((item) => item.id === id);
    const p = points[index];
    if (index < 0 || p === undefined) {
      throw new RangeError(`${definition.id} has no scored item ${id}`);
    }
    sum += p;
  }
  return sum;
}
