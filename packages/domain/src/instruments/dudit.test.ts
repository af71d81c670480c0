import { describe, expect, it } from 'vitest';
import { DUDIT, DUDIT_CUT_OFFS, duditCutOffSet, interpretDudit } from './dudit.ts';
import { scoreQuestionnaire } from './scoring.ts';

describe('DUDIT definition', () => {
  it('has 11 items with stable ids and both languages', () => {
    expect(DUDIT.items.map((i) => i.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => `dudit-${i + 1}`),
    );
    for (const item of DUDIT.items) {
      expect(item.text.sv).not.toBe(item.text.en);
      expect(item.code).toBeUndefined();
    }
  });

  it('scores items 1–9 as 0–4 and items 10–11 as 0, 2, 4; total 0–44', () => {
    for (const item of DUDIT.items.slice(0, 9)) {
      expect(item.options.map((o) => o.points)).toEqual([0, 1, 2, 3, 4]);
    }
    for (const item of DUDIT.items.slice(9)) {
      expect(item.options.map((o) => o.points)).toEqual([0, 2, 4]);
    }
    const max = DUDIT.items.reduce((s, i) => s + Math.max(...i.options.map((o) => o.points)), 0);
    expect(max).toBe(44);
    expect(DUDIT.maxTotal).toBe(44);
  });

  it.each([
    [0, 0],
    [1, 2],
    [2, 4],
  ])('option %i on items 10 and 11 gives %i points each', (index, points) => {
    const r = scoreQuestionnaire(DUDIT, [0, 0, 0, 0, 0, 0, 0, 0, 0, index, index]);
    expect(r.ok && r.points.slice(9)).toEqual([points, points]);
    expect(r.ok && r.total).toBe(points * 2);
  });

  it('scores the maximum', () => {
    const r = scoreQuestionnaire(DUDIT, [4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 2]);
    expect(r.ok && r.total).toBe(44);
  });
});

describe('DUDIT adult cut-offs', () => {
  it.each([
    [1, 'none'],
    [2, 'drug-related-problems'],
    [24, 'drug-related-problems'],
    [25, 'probable-dependence'],
  ])('woman, total %i → %s', (total, category) => {
    expect(interpretDudit(total, 'female', 40).category).toBe(category);
  });

  it.each([
    [5, 'none'],
    [6, 'drug-related-problems'],
    [24, 'drug-related-problems'],
    [25, 'probable-dependence'],
  ])('man, total %i → %s', (total, category) => {
    expect(interpretDudit(total, 'male', 40).category).toBe(category);
  });

  it('records the cut-offs used', () => {
    expect(interpretDudit(3, 'male', 30).cutOff).toEqual({
      band: 'adult',
      preliminary: false,
      appliedSex: 'male',
      drugRelatedProblems: 6,
      probableDependence: 25,
      drugRelatedProblemsBySex: { female: 2, male: 6 },
    });
  });

  it('uses the adult cut-offs when age is unknown', () => {
    const r = interpretDudit(2, 'female', null);
    expect(r.category).toBe('drug-related-problems');
    expect(r.cutOff.band).toBe('adult');
  });
});

describe('DUDIT young-adult cut-offs (16–25, preliminary)', () => {
  it('is marked preliminary in the table', () => {
    expect(DUDIT_CUT_OFFS[0]).toMatchObject({
      band: 'young-adult',
      ages: { min: 16, max: 25 },
      preliminary: true,
      drugRelatedProblems: { female: 3, male: 7 },
    });
  });

  it.each([
    [15, 'adult'],
    [16, 'young-adult'],
    [25, 'young-adult'],
    [26, 'adult'],
  ])('age %i uses the %s set', (age, band) => {
    expect(duditCutOffSet(age).band).toBe(band);
    expect(interpretDudit(0, 'female', age).cutOff.preliminary).toBe(band === 'young-adult');
  });

  it.each([
    // age, total, woman, man
    [15, 2, 'drug-related-problems', 'none'],
    [16, 2, 'none', 'none'],
    [16, 3, 'drug-related-problems', 'none'],
    [25, 2, 'none', 'none'],
    [25, 3, 'drug-related-problems', 'none'],
    [26, 2, 'drug-related-problems', 'none'],
    [15, 6, 'drug-related-problems', 'drug-related-problems'],
    [16, 6, 'drug-related-problems', 'none'],
    [16, 7, 'drug-related-problems', 'drug-related-problems'],
    [25, 6, 'drug-related-problems', 'none'],
    [25, 7, 'drug-related-problems', 'drug-related-problems'],
    [26, 6, 'drug-related-problems', 'drug-related-problems'],
    [20, 24, 'drug-related-problems', 'drug-related-problems'],
    [20, 25, 'probable-dependence', 'probable-dependence'],
  ])('age %i, total %i: woman %s, man %s', (age, total, female, male) => {
    expect(interpretDudit(total, 'female', age).category).toBe(female);
    expect(interpretDudit(total, 'male', age).category).toBe(male);
  });

  it('names the preliminary cut-off applied', () => {
    expect(interpretDudit(3, 'female', 16).cutOff).toMatchObject({
      band: 'young-adult',
      preliminary: true,
      drugRelatedProblems: 3,
    });
  });
});

describe('DUDIT with sex unknown', () => {
  it.each([
    [1, 40, 'none', 'none', 'none'],
    [2, 40, 'drug-related-problems', 'drug-related-problems', 'none'],
    [5, 40, 'drug-related-problems', 'drug-related-problems', 'none'],
    [6, 40, 'drug-related-problems', 'drug-related-problems', 'drug-related-problems'],
    [2, 20, 'none', 'none', 'none'],
    [3, 20, 'drug-related-problems', 'drug-related-problems', 'none'],
    [7, 20, 'drug-related-problems', 'drug-related-problems', 'drug-related-problems'],
    [25, 40, 'probable-dependence', 'probable-dependence', 'probable-dependence'],
  ])(
    'total %i at age %i: category %s, female %s, male %s',
    (total, age, category, female, male) => {
      const r = interpretDudit(total, 'unknown', age);
      expect(r.category).toBe(category);
      expect(r.categoryBySex).toEqual({ female, male });
      expect(r.cutOff.appliedSex).toBe('female');
    },
  );
});

describe('interpretDudit input checks', () => {
  it.each([-1, 45, 2.5])('refuses total %s', (total) => {
    expect(() => interpretDudit(total, 'male', 30)).toThrow(RangeError);
  });
  it('refuses a negative or fractional age', () => {
    expect(() => interpretDudit(3, 'male', -1)).toThrow(RangeError);
    expect(() => interpretDudit(3, 'male', 20.5)).toThrow(RangeError);
  });
});
