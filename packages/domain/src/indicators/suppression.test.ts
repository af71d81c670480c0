import { describe, expect, it } from 'vitest';
import { determinedCells } from './disclosure.ts';
import { median, suppressCells, suppressMedian } from './suppression.ts';

const SEX = { total: 'persons', parts: ['female', 'male', 'unknown'] };

describe('suppressCells', () => {
  it('shows 0 and counts of 5 or more, hides 1 to 4', () => {
    const out = suppressCells(
      [0, 1, 4, 5].map((value) => ({ key: `c${value}`, value })),
      [],
    );
    expect([...out.values()]).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
    ]);
  });

  it('hides a second cell so a hidden one cannot be computed from the total (complementary)', () => {
    const out = suppressCells(
      [
        { key: 'persons', value: 30 },
        { key: 'female', value: 3 },
        { key: 'male', value: 27 },
        { key: 'unknown', value: 0 },
      ],
      [SEX],
    );
    // female = persons − male − unknown would give 3 away: the next smallest positive is hidden.
    expect(out.get('female')).toEqual({ value: null, suppressed: true });
    expect(out.get('male')).toEqual({ value: null, suppressed: true });
    expect(out.get('persons')).toEqual({ value: 30, suppressed: false });
    expect(out.get('unknown')).toEqual({ value: 0, suppressed: false });
  });

  it('picks the smallest positive cell, not a zero, as the complement', () => {
    const out = suppressCells(
      [
        { key: 'persons', value: 40 },
        { key: 'female', value: 2 },
        { key: 'male', value: 30 },
        { key: 'unknown', value: 8 },
      ],
      [SEX],
    );
    expect(out.get('unknown')!.suppressed).toBe(true);
    expect(out.get('male')).toEqual({ value: 30, suppressed: false });
  });

  it('leaves a sum alone when two cells are already hidden', () => {
    const out = suppressCells(
      [
        { key: 'persons', value: 33 },
        { key: 'female', value: 2 },
        { key: 'male', value: 30 },
        { key: 'unknown', value: 1 },
      ],
      [SEX],
    );
    expect(out.get('male')).toEqual({ value: 30, suppressed: false });
  });

  it('follows a hidden cell into the next sum (unit → organisation → county)', () => {
    const out = suppressCells(
      [
        { key: 'county', value: 50 },
        { key: 'orgA', value: 20 },
        { key: 'orgB', value: 30 },
        { key: 'a1', value: 3 },
        { key: 'a2', value: 17 },
      ],
      [
        { total: 'county', parts: ['orgA', 'orgB'] },
        { total: 'orgA', parts: ['a1', 'a2'] },
      ],
    );
    expect(out.get('a1')!.suppressed).toBe(true);
    expect(out.get('a2')!.suppressed).toBe(true);
    expect(out.get('orgA')!.value).toBe(20);
  });

  it('protects a unit through its integrated reception, across the two principals', () => {
    // Reception R = a1 (region A) + b1 (municipality B); both also sum into their organisation.
    const relations = [
      { total: 'county', parts: ['orgA', 'orgB'] },
      { total: 'orgA', parts: ['a1', 'a2'] },
      { total: 'orgB', parts: ['b1', 'b2'] },
      { total: 'R', parts: ['a1', 'b1'] },
    ];
    const cells = (a1: number, b1: number) => [
      { key: 'county', value: a1 + b1 + 70 },
      { key: 'orgA', value: a1 + 40 },
      { key: 'orgB', value: b1 + 30 },
      { key: 'a1', value: a1 },
      { key: 'a2', value: 40 },
      { key: 'b1', value: b1 },
      { key: 'b2', value: 30 },
      { key: 'R', value: a1 + b1 },
    ];
    const out = suppressCells(cells(3, 12), relations);
    // R − b1 would give a1's 3 away: the sibling in the reception is hidden too, and b1 in
    // turn takes b2 along in its organisation. The reception's own total stays shown.
    expect(out.get('a1')!.suppressed).toBe(true);
    expect(out.get('b1')!.suppressed).toBe(true);
    expect(out.get('a2')!.suppressed).toBe(true);
    expect(out.get('b2')!.suppressed).toBe(true);
    expect(out.get('R')).toEqual({ value: 15, suppressed: false });
    // Without the reception's relation, its total and b1 would have given a1 away.
    const without = suppressCells(cells(3, 12), relations.slice(0, 3));
    expect(without.get('b1')).toEqual({ value: 12, suppressed: false });
    expect(without.get('R')).toEqual({ value: 15, suppressed: false });
    // Two small units in one reception protect each other there: nothing more is hidden in it.
    const both = suppressCells(cells(2, 3), relations);
    expect(both.get('a1')!.suppressed && both.get('b1')!.suppressed).toBe(true);
    expect(both.get('R')).toEqual({ value: 5, suppressed: false });
  });

  it('looks at crossing sums together: two hidden region units do not shield a third in the reception', () => {
    // Region = r1 + r2 + r3, municipality M = m1 + m2 + m3, reception R = r1 + r2 + m1.
    const cells = [
      { key: 'county', value: 58 },
      { key: 'region', value: 24 },
      { key: 'M', value: 34 },
      { key: 'r1', value: 2 },
      { key: 'r2', value: 2 },
      { key: 'r3', value: 20 },
      { key: 'm1', value: 3 },
      { key: 'm2', value: 1 },
      { key: 'm3', value: 30 },
      { key: 'R', value: 7 },
    ];
    const relations = [
      { total: 'county', parts: ['region', 'M'] },
      { total: 'region', parts: ['r1', 'r2', 'r3'] },
      { total: 'M', parts: ['m1', 'm2', 'm3'] },
      { total: 'R', parts: ['r1', 'r2', 'm1'] },
    ];
    // Every sum has two hidden cells, yet m1 = R − (region − r3) = 7 − 4 = 3, and then
    // m2 = M − m1 − m3.
    const small = new Set(['r1', 'r2', 'm1', 'm2']);
    expect(
      determinedCells(
        relations,
        () => true,
        (k) => small.has(k),
      ).sort(),
    ).toEqual(['m1', 'm2']);
    const out = suppressCells(cells, relations);
    expect(out.get('R')).toEqual({ value: null, suppressed: true });
    const hidden = new Set([...out].filter(([, v]) => v.suppressed).map(([k]) => k));
    expect(hidden).toEqual(new Set([...small, 'R']));
    expect(
      determinedCells(
        relations,
        () => true,
        (k) => hidden.has(k),
      ),
    ).toEqual([]);
  });

  it('finds nothing determined in a tree of sums where every sum has two hidden cells', () => {
    const hidden = new Set(['a1', 'a2', 'orgA', 'orgB']);
    const relations = [
      { total: 'county', parts: ['orgA', 'orgB'] },
      { total: 'orgA', parts: ['a1', 'a2', 'a3'] },
    ];
    expect(
      determinedCells(
        relations,
        () => true,
        (k) => hidden.has(k),
      ),
    ).toEqual([]);
    // …but a cell alone in its sum is.
    expect(
      determinedCells(
        relations,
        () => true,
        (k) => k === 'a1',
      ),
    ).toEqual(['a1']);
  });

  it('protects an unpublished small remainder, and counts a large one as hiding', () => {
    const small = suppressCells(
      [
        { key: 'org', value: 20 },
        { key: 'u1', value: 17 },
        { key: 'none', value: 3, published: false },
      ],
      [{ total: 'org', parts: ['u1', 'none'] }],
    );
    expect(small.has('none')).toBe(false);
    expect(small.get('u1')!.suppressed).toBe(true);
    const large = suppressCells(
      [
        { key: 'org', value: 20 },
        { key: 'u1', value: 3 },
        { key: 'u2', value: 9 },
        { key: 'none', value: 8, published: false },
      ],
      [{ total: 'org', parts: ['u1', 'u2', 'none'] }],
    );
    expect(large.get('u2')).toEqual({ value: 9, suppressed: false });
    // An empty remainder hides nothing: the small cell needs a published complement.
    const empty = suppressCells(
      [
        { key: 'org', value: 20 },
        { key: 'u1', value: 3 },
        { key: 'u2', value: 17 },
        { key: 'none', value: 0, published: false },
      ],
      [{ total: 'org', parts: ['u1', 'u2', 'none'] }],
    );
    expect(empty.get('u2')!.suppressed).toBe(true);
  });

  it('never suppresses a figure that cannot be computed', () => {
    const out = suppressCells([{ key: 'x', value: null }], []);
    expect(out.get('x')).toEqual({ value: null, suppressed: false });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
  it('is hidden when fewer than 5 values stand behind it', () => {
    expect(suppressMedian([1, 2, 3, 4])).toEqual({ value: null, suppressed: true });
    expect(suppressMedian([1, 2, 3, 4, 9])).toEqual({ value: 3, suppressed: false });
    expect(suppressMedian([])).toEqual({ value: null, suppressed: false });
  });
});
