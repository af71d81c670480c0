import { describe, expect, it } from 'vitest';
import {
  ASI_AREAS,
  ASI_SEVERITY_BANDS,
  asiSeverityBand,
  compareAsi,
  validateAsiRecord,
  type AsiAreaId,
  type AsiAreas,
  type AsiRating,
  type AsiRecord,
} from './asi.ts';

function areas(interviewer: AsiRating, client: AsiRating): AsiAreas {
  return Object.fromEntries(
    ASI_AREAS.map((a) => [a.id, { interviewerRating: interviewer, clientRating: client }]),
  ) as AsiAreas;
}

function record(form: AsiRecord['form'], interviewer: AsiRating = 0, client: AsiRating = 0) {
  return { form, areas: areas(interviewer, client) };
}

describe('ASI areas', () => {
  it('lists the seven areas in interview order with Swedish names', () => {
    expect(ASI_AREAS.map((a) => a.id)).toEqual([
      'physicalHealth',
      'workAndSupport',
      'alcohol',
      'narcotics',
      'legal',
      'familyAndSocial',
      'mentalHealth',
    ]);
    expect(ASI_AREAS.map((a) => a.name.sv)).toEqual([
      'Fysisk hälsa',
      'Arbete och försörjning',
      'Alkohol',
      'Narkotika',
      'Kriminalitet (rättsliga problem)',
      'Familj och umgänge',
      'Psykisk hälsa',
    ]);
  });
});

describe('asiSeverityBand', () => {
  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'slight'],
    [3, 'slight'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'considerable'],
    [7, 'considerable'],
    [8, 'extreme'],
    [9, 'extreme'],
  ])('%i is %s', (rating, band) => {
    expect(asiSeverityBand(rating)).toBe(band);
  });

  it('tiles 0–9 without gaps or overlaps', () => {
    for (let rating = 0; rating <= 9; rating++) {
      expect(ASI_SEVERITY_BANDS.filter((b) => rating >= b.min && rating <= b.max)).toHaveLength(1);
    }
  });

  it.each([-1, 10, 4.5])('refuses %s', (rating) => {
    expect(() => asiSeverityBand(rating)).toThrow(RangeError);
  });
});

describe('validateAsiRecord', () => {
  it('accepts a full record with numbers and X/N codes', () => {
    const input = record('grund', 9, 4);
    input.areas.legal = { interviewerRating: 'N', clientRating: 'N' };
    input.areas.alcohol = { interviewerRating: 'X', clientRating: 0 };
    expect(validateAsiRecord(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['interviewerRating', 10],
    ['interviewerRating', -1],
    ['interviewerRating', 2.5],
    ['interviewerRating', '5'],
    ['interviewerRating', 'x'],
    ['interviewerRating', null],
    ['clientRating', 5],
    ['clientRating', 'Y'],
    ['clientRating', undefined],
  ])('names areas.alcohol.%s when it is %s', (field, value) => {
    const input = record('uppfoljning') as unknown as {
      areas: Record<string, Record<string, unknown>>;
    };
    const alcohol = input.areas.alcohol;
    if (alcohol) alcohol[field] = value;
    const r = validateAsiRecord(input);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([`areas.alcohol.${field}`]);
  });

  it('accepts the scale ends 9 and 4', () => {
    expect(validateAsiRecord(record('grund', 9, 4)).ok).toBe(true);
    expect(validateAsiRecord(record('grund', 0, 0)).ok).toBe(true);
  });

  it('names a missing area, an unknown area and a bad form', () => {
    const input = record('grund') as unknown as Record<string, unknown> & {
      areas: Record<string, unknown>;
    };
    delete input.areas.mentalHealth;
    input.areas.gambling = { interviewerRating: 0, clientRating: 0 };
    input.form = 'intag';
    const r = validateAsiRecord(input);
    expect(!r.ok && r.errors.map((e) => e.path).sort()).toEqual(
      ['form', 'areas.gambling', 'areas.mentalHealth'].sort(),
    );
  });

  it('refuses a non-object', () => {
    expect(validateAsiRecord(null).ok).toBe(false);
    const r = validateAsiRecord({ form: 'grund' });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['areas']);
  });
});

describe('compareAsi', () => {
  const grund = record('grund', 6, 3);
  const follow = record('uppfoljning', 6, 3);
  follow.areas.alcohol = { interviewerRating: 3, clientRating: 1 };
  follow.areas.narcotics = { interviewerRating: 8, clientRating: 4 };
  follow.areas.legal = { interviewerRating: 'N', clientRating: 'X' };
  grund.areas.mentalHealth = { interviewerRating: 'X', clientRating: 2 };
  const byArea = (id: AsiAreaId) => compareAsi(grund, follow).find((c) => c.area === id);

  it('compares every area in order', () => {
    expect(compareAsi(grund, follow).map((c) => c.area)).toEqual(ASI_AREAS.map((a) => a.id));
  });

  it('calls a lower rating improved', () => {
    expect(byArea('alcohol')).toEqual({
      area: 'alcohol',
      interviewerRating: { from: 6, to: 3, change: -3, direction: 'improved' },
      clientRating: { from: 3, to: 1, change: -2, direction: 'improved' },
    });
  });

  it('calls a higher rating worsened', () => {
    expect(byArea('narcotics')?.interviewerRating).toEqual({
      from: 6,
      to: 8,
      change: 2,
      direction: 'worsened',
    });
    expect(byArea('narcotics')?.clientRating.direction).toBe('worsened');
  });

  it('calls an equal rating unchanged', () => {
    expect(byArea('physicalHealth')?.interviewerRating).toEqual({
      from: 6,
      to: 6,
      change: 0,
      direction: 'unchanged',
    });
  });

  it('does not compare X or N on either side', () => {
    expect(byArea('legal')?.interviewerRating).toEqual({
      from: 6,
      to: 'N',
      change: null,
      direction: 'not-comparable',
    });
    expect(byArea('legal')?.clientRating.direction).toBe('not-comparable');
    expect(byArea('mentalHealth')?.interviewerRating.direction).toBe('not-comparable');
    expect(byArea('mentalHealth')?.clientRating).toMatchObject({
      change: 1,
      direction: 'worsened',
    });
  });

  it('takes Grund first and Uppföljning second', () => {
    expect(() => compareAsi(follow, grund)).toThrow(RangeError);
    expect(() => compareAsi(grund, grund)).toThrow(RangeError);
  });
});
