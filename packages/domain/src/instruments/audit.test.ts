import { describe, expect, it } from 'vitest';
import {
  AUDIT,
  AUDIT_C,
  AUDIT_RISKY_USE_CUT_OFF,
  AUDIT_ZONES,
  auditCScore,
  auditZone,
  interpretAudit,
} from './audit.ts';
import { scoreQuestionnaire } from './scoring.ts';

/** Answers giving `total` on items 1–8 (index = points there), items 9–10 'No'. */
function auditAnswersFor(total: number): number[] {
  let left = total;
  return AUDIT.items.map((item) => {
    if (item.options.length !== 5) return 0;
    const index = Math.min(4, left);
    left -= index;
    return index;
  });
}

describe('AUDIT definition', () => {
  it('has 10 items with stable ids, Swedish and English text', () => {
    expect(AUDIT.items.map((i) => i.id)).toEqual([
      'audit-1',
      'audit-2',
      'audit-3',
      'audit-4',
      'audit-5',
      'audit-6',
      'audit-7',
      'audit-8',
      'audit-9',
      'audit-10',
    ]);
    expect(AUDIT.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const item of AUDIT.items) {
      expect(item.text.sv).not.toBe('');
      expect(item.text.en).not.toBe('');
      expect(item.text.sv).not.toBe(item.text.en);
    }
    expect(AUDIT.items[0]?.text.sv).toBe('Hur ofta dricker du alkohol?');
  });

  it('scores items 1–8 as 0–4 and items 9–10 as 0, 2, 4', () => {
    for (const item of AUDIT.items.slice(0, 8)) {
      expect(item.options.map((o) => o.points)).toEqual([0, 1, 2, 3, 4]);
    }
    for (const item of AUDIT.items.slice(8)) {
      expect(item.options.map((o) => o.points)).toEqual([0, 2, 4]);
      expect(item.options.map((o) => o.label.sv)).toEqual([
        'Nej',
        'Ja, men inte under det senaste året',
        'Ja, under det senaste året',
      ]);
    }
  });

  it('totals 0 to 40', () => {
    const max = AUDIT.items.reduce((s, i) => s + Math.max(...i.options.map((o) => o.points)), 0);
    expect(max).toBe(40);
    expect(AUDIT.maxTotal).toBe(40);
  });

  it('carries the LOINC codes of the panel, total and AUDIT-C', () => {
    expect(AUDIT.code?.code).toBe('72110-0');
    expect(AUDIT.totalCode?.code).toBe('75624-7');
    expect(AUDIT_C.code.code).toBe('72109-2');
    expect(AUDIT_C.totalCode.code).toBe('75626-2');
    expect(AUDIT.items.slice(0, 3).map((i) => i.code?.code)).toEqual([
      '68518-0',
      '68519-8',
      '68520-6',
    ]);
    for (const item of AUDIT.items)
      expect(item.code?.system ?? 'http://loinc.org').toBe('http://loinc.org');
  });
});

describe('AUDIT items 9–10 scoring', () => {
  it.each([
    [0, 0],
    [1, 2],
    [2, 4],
  ])('option %i on items 9 and 10 gives %i points each', (index, points) => {
    const answers = [0, 0, 0, 0, 0, 0, 0, 0, index, index];
    const r = scoreQuestionnaire(AUDIT, answers);
    expect(r).toMatchObject({ ok: true, total: points * 2 });
    if (r.ok) expect(r.points.slice(8)).toEqual([points, points]);
  });
});

describe('AUDIT-C', () => {
  it('sums items 1–3 only', () => {
    const r = scoreQuestionnaire(AUDIT, [4, 3, 2, 4, 4, 4, 4, 4, 2, 2]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.total).toBe(9 + 20 + 8);
      expect(auditCScore(r.points)).toBe(9);
    }
  });
});

describe('WHO zones', () => {
  it.each([
    [0, 'I'],
    [7, 'I'],
    [8, 'II'],
    [15, 'II'],
    [16, 'III'],
    [19, 'III'],
    [20, 'IV'],
    [40, 'IV'],
  ])('total %i is zone %s', (total, zone) => {
    expect(auditZone(total)).toBe(zone);
    expect(interpretAudit(total, 0, 'male').zone).toBe(zone);
  });

  it('tiles 0–40 without gaps or overlaps', () => {
    for (let total = 0; total <= 40; total++) {
      expect(AUDIT_ZONES.filter((z) => total >= z.min && total <= z.max)).toHaveLength(1);
    }
  });

  it.each([-1, 41, 7.5, Number.NaN])('refuses total %s', (total) => {
    expect(() => auditZone(total)).toThrow(RangeError);
  });
});

describe('Swedish risky-use cut-off', () => {
  it('is 6 for women and 8 for men', () => {
    expect(AUDIT_RISKY_USE_CUT_OFF).toEqual({ female: 6, male: 8 });
  });

  it.each([
    [5, false, false],
    [6, true, false],
    [7, true, false],
    [8, true, true],
  ])('total %i: women %s, men %s', (total, female, male) => {
    expect(interpretAudit(total, 0, 'female').riskyUse).toBe(female);
    expect(interpretAudit(total, 0, 'male').riskyUse).toBe(male);
    const unknown = interpretAudit(total, 0, 'unknown');
    expect(unknown.riskyUse).toBeNull();
    expect(unknown.riskyUseBySex).toEqual({ female, male });
  });

  it('works from scored answers end to end', () => {
    const r = scoreQuestionnaire(AUDIT, auditAnswersFor(7));
    expect(r.ok && r.total).toBe(7);
    if (r.ok) {
      expect(interpretAudit(r.total, auditCScore(r.points), 'female')).toEqual({
        zone: 'I',
        riskyUse: true,
        auditC: 7,
        riskyUseBySex: { female: true, male: false },
      });
    }
  });
});

describe('interpretAudit input checks', () => {
  it('refuses an AUDIT-C above 12 or above the total', () => {
    expect(() => interpretAudit(20, 13, 'male')).toThrow(RangeError);
    expect(() => interpretAudit(3, 4, 'male')).toThrow(RangeError);
  });
});
