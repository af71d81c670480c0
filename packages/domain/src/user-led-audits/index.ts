import { isSmallCount } from '../indicators/suppression.ts';

/**
 * User-led audits (brukarrevision): people with own experience, from a user organisation,
 * write the questions, collect the answers and compile the report on a unit's work. Nothing in
 * an audit names the people who answered; results are shown under the small-count rule.
 */
export const USER_LED_AUDIT_STATUSES = [
  'draft',
  'collecting',
  'compiling',
  'published',
  'answered',
] as const;
export type UserLedAuditStatus = (typeof USER_LED_AUDIT_STATUSES)[number];

export const AUDIT_QUESTION_KINDS = ['scale', 'yes-no', 'free-text'] as const;
export type AuditQuestionKind = (typeof AUDIT_QUESTION_KINDS)[number];

export interface AuditQuestion {
  kind: AuditQuestionKind;
  text: string;
}

/** One answer per question: 1–5 on a scale, true/false, a text, or null (left unanswered). */
export type AuditAnswer = number | boolean | string | null;

/** The status each team step moves the audit from, and to. */
export const AUDIT_STEPS = {
  open: { from: 'draft', to: 'collecting' },
  close: { from: 'collecting', to: 'compiling' },
  publish: { from: 'compiling', to: 'published' },
  respond: { from: 'published', to: 'answered' },
} as const satisfies Record<string, { from: UserLedAuditStatus; to: UserLedAuditStatus }>;

/** Whether an answer fits its question's kind (null always does: every question is optional). */
export function answerFits(kind: AuditQuestionKind, answer: AuditAnswer): boolean {
  if (answer === null) return true;
  if (kind === 'scale')
    return Number.isInteger(answer) && Number(answer) >= 1 && Number(answer) <= 5;
  if (kind === 'yes-no') return typeof answer === 'boolean';
  return typeof answer === 'string' && answer.trim().length > 0;
}

/** A count under the small-count rule: 1–4 is hidden (null), 0 and 5 or more are shown. */
const shown = (n: number): number | null => (isSmallCount(n) ? null : n);

export interface CompiledQuestion {
  index: number;
  kind: AuditQuestionKind;
  text: string;
  /** How many answered it; null when hidden. */
  answered: number | null;
  /** Scale: the mean (two decimals) and the count per step 1–5, each under the rule. */
  mean: number | null;
  counts: (number | null)[] | null;
  /** Yes/no. */
  yes: number | null;
  no: number | null;
  /** Free text: the answers in alphabetical order (never in the order they came), when at
   * least five answered the question; else null. */
  texts: string[] | null;
}

export interface CompiledResults {
  responses: number | null;
  suppressed: boolean;
  questions: CompiledQuestion[];
}

/**
 * Hides a part of a sum whose small value could be worked out from the total and the other
 * parts: if exactly one part is hidden, the smallest other positive part is hidden too.
 */
function protectParts(parts: number[]): (number | null)[] {
  const out: (number | null)[] = parts.map(shown);
  const hidden = out.filter((v) => v === null).length;
  if (hidden === 1) {
    const candidates = parts
      .map((v, i) => ({ v, i }))
      .filter(({ v, i }) => out[i] !== null && v > 0)
      .sort((a, b) => a.v - b.v);
    if (candidates[0]) out[candidates[0].i] = null;
  }
  return out;
}

/** The compiled results of an audit: per question, under small-cell protection. */
export function compileAuditResults(
  questions: readonly AuditQuestion[],
  responses: readonly (readonly AuditAnswer[])[],
): CompiledResults {
  const total = responses.length;
  const hiddenAll = isSmallCount(total);
  return {
    responses: shown(total),
    suppressed: hiddenAll,
    questions: questions.map((q, i) => {
      const given = responses.map((r) => r[i] ?? null).filter((a) => a !== null);
      const answered = given.length;
      const hidden = hiddenAll || isSmallCount(answered);
      const base: CompiledQuestion = {
        index: i + 1,
        kind: q.kind,
        text: q.text,
        answered: hidden ? null : answered,
        mean: null,
        counts: null,
        yes: null,
        no: null,
        texts: null,
      };
      if (hidden || answered === 0) return base;
      if (q.kind === 'scale') {
        const values = given.map(Number);
        const counts = [1, 2, 3, 4, 5].map((s) => values.filter((v) => v === s).length);
        const mean = values.reduce((a, b) => a + b, 0) / answered;
        return { ...base, mean: Math.round(mean * 100) / 100, counts: protectParts(counts) };
      }
      if (q.kind === 'yes-no') {
        const [yes, no] = protectParts([
          given.filter((a) => a === true).length,
          given.filter((a) => a === false).length,
        ]);
        return { ...base, yes: yes ?? null, no: no ?? null };
      }
      return {
        ...base,
        texts: given.map(String).sort((a, b) => a.localeCompare(b, 'sv')),
      };
    }),
  };
}
