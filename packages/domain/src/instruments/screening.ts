// The one entry point the server calls for POST /api/persons/:id/screenings (api.md).
import { AUDIT, auditCScore, interpretAudit, type AuditInterpretation } from './audit.ts';
import { DUDIT, interpretDudit, type DuditInterpretation } from './dudit.ts';
import { scoreQuestionnaire } from './scoring.ts';
import {
  SEXES,
  type InstrumentError,
  type InstrumentId,
  type QuestionnaireDefinition,
  type Sex,
} from './types.ts';

export const INSTRUMENTS: Readonly<Record<InstrumentId, QuestionnaireDefinition>> = {
  AUDIT,
  DUDIT,
};

export const INSTRUMENT_IDS: readonly InstrumentId[] = ['AUDIT', 'DUDIT'];

export interface ScreeningContext {
  /** From the person record. */
  sex: Sex;
  /** Age in whole years on the day of the screening; null when not known. */
  ageYears: number | null;
}

interface Scored {
  ok: true;
  answers: number[];
  points: number[];
  total: number;
}

export type ScreeningResult =
  | (Scored & { instrument: 'AUDIT'; interpretation: AuditInterpretation })
  | (Scored & { instrument: 'DUDIT'; interpretation: DuditInterpretation })
  | { ok: false; errors: InstrumentError[] };

const isInstrument = (value: unknown): value is InstrumentId =>
  typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);

/** Validates, scores and interprets one screening. Every bad input is named by its path. */
export function scoreScreening(
  instrument: unknown,
  answers: unknown,
  context: ScreeningContext,
): ScreeningResult {
  const errors: InstrumentError[] = [];
  if (!isInstrument(instrument)) {
    errors.push({ path: 'instrument', message: `must be one of ${INSTRUMENT_IDS.join(', ')}` });
  }
  // The context comes from the server, but a wrong one would silently change the reading.
  if (!SEXES.includes(context.sex)) {
    errors.push({ path: 'sex', message: `must be one of ${SEXES.join(', ')}` });
  }
  const age = context.ageYears;
  if (age !== null && (!Number.isInteger(age) || age < 0)) {
    errors.push({ path: 'ageYears', message: 'must be a whole number of years or null' });
  }
  if (!isInstrument(instrument)) return { ok: false, errors };

  const scored = scoreQuestionnaire(INSTRUMENTS[instrument], answers);
  if (!scored.ok) errors.push(...scored.errors);
  if (!scored.ok || errors.length > 0) return { ok: false, errors };

  const { answers: valid, points, total } = scored;
  if (instrument === 'AUDIT') {
    const interpretation = interpretAudit(total, auditCScore(points), context.sex);
    return { ok: true, instrument, answers: valid, points, total, interpretation };
  }
  const interpretation = interpretDudit(total, context.sex, age);
  return { ok: true, instrument, answers: valid, points, total, interpretation };
}
