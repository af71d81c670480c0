import { describe, expect, it } from 'vitest';
import { AUDIT } from './audit.ts';
import { DUDIT } from './dudit.ts';
import { scoreQuestionnaire } from './scoring.ts';

const ZEROS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function withAt(index: number, value: unknown): unknown[] {
  const answers: unknown[] = [...ZEROS];
  answers[index] = value;
  return answers;
}

describe('scoreQuestionnaire', () => {
  it('returns answers, points per item and the total', () => {
    const r = scoreQuestionnaire(AUDIT, [1, 2, 3, 4, 0, 1, 2, 3, 1, 2]);
    expect(r).toEqual({
      ok: true,
      answers: [1, 2, 3, 4, 0, 1, 2, 3, 1, 2],
      points: [1, 2, 3, 4, 0, 1, 2, 3, 2, 4],
      total: 22,
    });
  });

  it.each([9, 11, 0])('refuses %i answers to AUDIT, naming the expected count', (n) => {
    const r = scoreQuestionnaire(
      AUDIT,
      Array.from({ length: n }, () => 0),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]?.path).toBe('answers');
      expect(r.errors[0]?.message).toContain('expected 10 answers');
      expect(r.errors[0]?.message).toContain(`got ${n}`);
    }
  });

  it('refuses 10 answers to DUDIT (11 expected)', () => {
    const r = scoreQuestionnaire(DUDIT, ZEROS);
    expect(!r.ok && r.errors[0]?.message).toContain('expected 11 answers');
  });

  it('refuses index 3 on a three-option item and names it', () => {
    const r = scoreQuestionnaire(AUDIT, withAt(8, 3));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        { path: 'answers[8]', message: expect.stringContaining('0 to 2') },
      ]);
      expect(r.errors[0]?.message).toContain('item 9');
    }
  });

  it('accepts index 4 on a five-option item but not 5', () => {
    expect(scoreQuestionnaire(AUDIT, withAt(7, 4)).ok).toBe(true);
    const r = scoreQuestionnaire(AUDIT, withAt(7, 5));
    expect(!r.ok && r.errors[0]?.path).toBe('answers[7]');
  });

  it.each([
    ['-1', -1],
    ['1.5', 1.5],
    ['null', null],
    ['undefined', undefined],
    ['a string', '1'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a boolean', true],
    ['an object', { index: 1 }],
  ])('refuses %s as an answer, never scoring it 0', (_label, value) => {
    const r = scoreQuestionnaire(AUDIT, withAt(2, value));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['answers[2]']);
  });

  it('reports a hole in a sparse array as missing', () => {
    const sparse: unknown[] = [...ZEROS];
    delete sparse[4];
    const r = scoreQuestionnaire(AUDIT, sparse);
    expect(!r.ok && r.errors[0]).toEqual({
      path: 'answers[4]',
      message: expect.stringContaining('missing'),
    });
  });

  it('names every bad item, not only the first', () => {
    const r = scoreQuestionnaire(AUDIT, [0, -1, 0, 9, 0, 0, 0, 0, 3, null]);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([
      'answers[1]',
      'answers[3]',
      'answers[8]',
      'answers[9]',
    ]);
  });

  it('reports a wrong count together with bad items among those given', () => {
    const r = scoreQuestionnaire(AUDIT, [0, 7, 0]);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['answers', 'answers[1]']);
  });

  it.each([null, undefined, 'abc', { 0: 1 }, 3])('refuses a non-array: %s', (value) => {
    const r = scoreQuestionnaire(AUDIT, value);
    expect(!r.ok && r.errors).toEqual([
      { path: 'answers', message: expect.stringContaining('array of 10') },
    ]);
  });
});
