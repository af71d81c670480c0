import { describe, expect, it } from 'vitest';
import { scoreScreening } from './screening.ts';

const ADULT_MAN = { sex: 'male', ageYears: 40 } as const;

describe('scoreScreening', () => {
  it('scores and interprets an AUDIT', () => {
    const r = scoreScreening('AUDIT', [2, 1, 1, 1, 0, 0, 1, 0, 1, 0], ADULT_MAN);
    expect(r).toEqual({
      ok: true,
      instrument: 'AUDIT',
      answers: [2, 1, 1, 1, 0, 0, 1, 0, 1, 0],
      points: [2, 1, 1, 1, 0, 0, 1, 0, 2, 0],
      total: 8,
      interpretation: {
        zone: 'II',
        riskyUse: true,
        auditC: 4,
        riskyUseBySex: { female: true, male: true },
      },
    });
  });

  it('gives riskyUse null for an AUDIT with sex unknown', () => {
    const r = scoreScreening('AUDIT', [2, 1, 1, 1, 0, 0, 0, 0, 0, 0], {
      sex: 'unknown',
      ageYears: 40,
    });
    expect(r.ok && r.instrument === 'AUDIT' && r.interpretation).toEqual({
      zone: 'I',
      riskyUse: null,
      auditC: 4,
      riskyUseBySex: { female: false, male: false },
    });
  });

  it('scores and interprets a DUDIT with the young-adult cut-off', () => {
    const r = scoreScreening('DUDIT', [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], {
      sex: 'female',
      ageYears: 19,
    });
    expect(r.ok).toBe(true);
    if (r.ok && r.instrument === 'DUDIT') {
      expect(r.total).toBe(3);
      expect(r.interpretation.category).toBe('drug-related-problems');
      expect(r.interpretation.cutOff).toMatchObject({ band: 'young-adult', preliminary: true });
    }
  });

  it('names the bad item of a DUDIT (index 3 on item 11)', () => {
    const r = scoreScreening('DUDIT', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], ADULT_MAN);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['answers[10]']);
  });

  it.each([undefined, 'audit', 'ASI', 1])('refuses instrument %s', (instrument) => {
    const r = scoreScreening(instrument, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], ADULT_MAN);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['instrument']);
  });

  it('refuses a sex or age the rules cannot read', () => {
    const r = scoreScreening('AUDIT', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], {
      sex: 'x' as never,
      ageYears: -3,
    });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['sex', 'ageYears']);
  });

  it('reports context and answer errors together', () => {
    const r = scoreScreening('AUDIT', [0, 0, 0], { sex: 'male', ageYears: 1.5 });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['ageYears', 'answers']);
  });
});
