// ASI — Addiction Severity Index, Swedish version (ASI Grund, ASI Uppföljning). The full item
// list is licensed; the platform records per-area ratings only (shared/spec/instruments.md).
import type { InstrumentError, LocalizedText } from './types.ts';

export type AsiAreaId =
  | 'physicalHealth'
  | 'workAndSupport'
  | 'alcohol'
  | 'narcotics'
  | 'legal'
  | 'familyAndSocial'
  | 'mentalHealth';

/** The seven life areas, in the order of the interview. */
export const ASI_AREAS: readonly { id: AsiAreaId; name: LocalizedText }[] = [
  { id: 'physicalHealth', name: { sv: 'Fysisk hälsa', en: 'Physical health' } },
  { id: 'workAndSupport', name: { sv: 'Arbete och försörjning', en: 'Work and support' } },
  { id: 'alcohol', name: { sv: 'Alkohol', en: 'Alcohol' } },
  { id: 'narcotics', name: { sv: 'Narkotika', en: 'Narcotics' } },
  { id: 'legal', name: { sv: 'Kriminalitet (rättsliga problem)', en: 'Legal problems' } },
  {
    id: 'familyAndSocial',
    name: { sv: 'Familj och umgänge', en: 'Family and social relations' },
  },
  { id: 'mentalHealth', name: { sv: 'Psykisk hälsa', en: 'Mental health' } },
];

export type AsiForm = 'grund' | 'uppfoljning';

export const ASI_FORMS: readonly { id: AsiForm; name: LocalizedText; period: LocalizedText }[] = [
  {
    id: 'grund',
    name: { sv: 'ASI Grund', en: 'ASI Baseline' },
    period: { sv: 'Livstid och senaste 30 dagarna', en: 'Lifetime and the last 30 days' },
  },
  {
    id: 'uppfoljning',
    name: { sv: 'ASI Uppföljning', en: 'ASI Follow-up' },
    period: {
      sv: 'Senaste 30 dagarna och tiden sedan förra intervjun',
      en: 'The last 30 days and the period since the last interview',
    },
  },
];

/** X = don't know / won't answer; N = not applicable. */
export type AsiCode = 'X' | 'N';
export const ASI_CODES: Readonly<Record<AsiCode, LocalizedText>> = {
  X: { sv: 'Vet inte / vill inte svara', en: "Don't know / won't answer" },
  N: { sv: 'Ej tillämpligt', en: 'Not applicable' },
};

export type AsiRating = number | AsiCode;

export interface AsiAreaRatings {
  /** The interviewer's severity rating, 0–9. */
  interviewerRating: AsiRating;
  /** The client's own rating of worry and need of help, 0–4. */
  clientRating: AsiRating;
}

export type AsiAreas = Record<AsiAreaId, AsiAreaRatings>;

export interface AsiRecord {
  form: AsiForm;
  areas: AsiAreas;
}

export type AsiSeverityBand = 'none' | 'slight' | 'moderate' | 'considerable' | 'extreme';

/** Interviewer severity bands of the 0–9 scale. */
export const ASI_SEVERITY_BANDS: readonly {
  band: AsiSeverityBand;
  min: number;
  max: number;
  label: LocalizedText;
}[] = [
  { band: 'none', min: 0, max: 1, label: { sv: 'Inget problem', en: 'No problem' } },
  { band: 'slight', min: 2, max: 3, label: { sv: 'Lätt problem', en: 'Slight problem' } },
  { band: 'moderate', min: 4, max: 5, label: { sv: 'Måttligt problem', en: 'Moderate problem' } },
  {
    band: 'considerable',
    min: 6,
    max: 7,
    label: { sv: 'Betydande problem', en: 'Considerable problem' },
  },
  {
    band: 'extreme',
    min: 8,
    max: 9,
    label: {
      sv: 'Extremt problem – hjälp absolut nödvändig',
      en: 'Extreme problem – help absolutely necessary',
    },
  },
];

/** The client's 0–4 scale of worry and need of help. */
export const ASI_CLIENT_SCALE: readonly { value: number; label: LocalizedText }[] = [
  { value: 0, label: { sv: 'Inte alls', en: 'Not at all' } },
  { value: 1, label: { sv: 'Lite', en: 'Slightly' } },
  { value: 2, label: { sv: 'Måttligt', en: 'Moderately' } },
  { value: 3, label: { sv: 'Ganska mycket', en: 'Considerably' } },
  { value: 4, label: { sv: 'Väldigt mycket', en: 'Extremely' } },
];

/** The two ratings per area and their numeric ranges, as data. */
export const ASI_RATING_SCALES: Readonly<
  Record<keyof AsiAreaRatings, { min: number; max: number }>
> = {
  interviewerRating: { min: 0, max: 9 },
  clientRating: { min: 0, max: 4 },
};

const RATING_FIELDS = Object.keys(ASI_RATING_SCALES) as (keyof AsiAreaRatings)[];

export function asiSeverityBand(rating: number): AsiSeverityBand {
  const row = ASI_SEVERITY_BANDS.find(
    (b) => Number.isInteger(rating) && rating >= b.min && rating <= b.max,
  );
  if (row === undefined) throw new RangeError(`ASI severity must be an integer 0–9, got ${rating}`);
  return row.band;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function ratingError(value: unknown, min: number, max: number): string | null {
  if (value === 'X' || value === 'N') return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return null;
  }
  if (value === undefined || value === null) {
    return `is missing; give ${min}–${max}, or X (don't know) or N (not applicable)`;
  }
  return `must be an integer ${min}–${max}, or X (don't know) or N (not applicable)`;
}

export type AsiValidation =
  { ok: true; value: AsiRecord } | { ok: false; errors: InstrumentError[] };

/** Validates a full ASI record: the form and both ratings of all seven areas. */
export function validateAsiRecord(input: unknown): AsiValidation {
  if (!isObject(input))
    return { ok: false, errors: [{ path: 'record', message: 'must be an object' }] };
  const errors: InstrumentError[] = [];
  if (!ASI_FORMS.some((f) => f.id === input.form)) {
    errors.push({
      path: 'form',
      message: `must be one of ${ASI_FORMS.map((f) => f.id).join(', ')}`,
    });
  }
  const areas = input.areas;
  if (!isObject(areas)) {
    errors.push({ path: 'areas', message: 'must be an object with the seven ASI areas' });
    return { ok: false, errors };
  }
  const known = new Set<string>(ASI_AREAS.map((a) => a.id));
  for (const key of Object.keys(areas)) {
    if (!known.has(key)) errors.push({ path: `areas.${key}`, message: 'is not an ASI area' });
  }
  for (const { id } of ASI_AREAS) {
    const area = areas[id];
    if (!isObject(area)) {
      errors.push({ path: `areas.${id}`, message: 'is missing; every area needs both ratings' });
      continue;
    }
    for (const field of RATING_FIELDS) {
      const { min, max } = ASI_RATING_SCALES[field];
      const message = ratingError(area[field], min, max);
      if (message !== null) errors.push({ path: `areas.${id}.${field}`, message });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: input as unknown as AsiRecord };
}

export type AsiDirection = 'improved' | 'worsened' | 'unchanged' | 'not-comparable';

export interface AsiRatingChange {
  from: AsiRating;
  to: AsiRating;
  /** to − from; negative is better (both scales measure problem and need). Null with X/N. */
  change: number | null;
  direction: AsiDirection;
}

export interface AsiAreaComparison {
  area: AsiAreaId;
  interviewerRating: AsiRatingChange;
  clientRating: AsiRatingChange;
}

function ratingChange(from: AsiRating, to: AsiRating): AsiRatingChange {
  if (typeof from !== 'number' || typeof to !== 'number') {
    return { from, to, change: null, direction: 'not-comparable' };
  }
  const change = to - from;
  const direction = change < 0 ? 'improved' : change > 0 ? 'worsened' : 'unchanged';
  return { from, to, change, direction };
}

/** Grund against one Uppföljning, per area in interview order. */
export function compareAsi(grund: AsiRecord, uppfoljning: AsiRecord): AsiAreaComparison[] {
  if (grund.form !== 'grund' || uppfoljning.form !== 'uppfoljning') {
    throw new RangeError('compareAsi takes an ASI Grund and then an ASI Uppföljning');
  }
  return ASI_AREAS.map(({ id }) => ({
    area: id,
    interviewerRating: ratingChange(
      grund.areas[id].interviewerRating,
      uppfoljning.areas[id].interviewerRating,
    ),
    clientRating: ratingChange(grund.areas[id].clientRating, uppfoljning.areas[id].clientRating),
  }));
}
