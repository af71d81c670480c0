import { describe, expect, it } from 'vitest';
import {
  DSM4_ABUSE,
  DSM4_DEPENDENCE,
  DSM5_GAMBLING_DISORDER,
  DSM5_SUBSTANCE_USE_DISORDER,
  ICD10_DEPENDENCE,
  SUBSTANCE_CLASSES,
  evaluateDsm4,
  evaluateDsm5SubstanceUseDisorder,
  evaluateGamblingDisorder,
  evaluateIcd10Dependence,
  type Criterion,
} from './criteria.ts';

const first = (criteria: readonly Criterion[], n: number): string[] =>
  criteria.slice(0, n).map((c) => c.id);

describe('checklist data', () => {
  it.each([
    [ICD10_DEPENDENCE.criteria, 6],
    [DSM4_DEPENDENCE.criteria, 7],
    [DSM4_ABUSE.criteria, 4],
    [DSM5_SUBSTANCE_USE_DISORDER.criteria, 11],
    [DSM5_GAMBLING_DISORDER.criteria, 9],
  ])('has unique ids and sv/en text (%#)', (criteria, n) => {
    expect(criteria).toHaveLength(n);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(n);
    for (const c of criteria) {
      expect(c.text.sv).not.toBe('');
      expect(c.text.en).not.toBe('');
      expect(c.text.sv).not.toBe(c.text.en);
    }
  });

  it.each([
    [DSM5_SUBSTANCE_USE_DISORDER.severities, 2, 11],
    [DSM5_GAMBLING_DISORDER.severities, 4, 9],
  ])('has severity rows without gaps or overlaps (%#)', (rows, from, to) => {
    for (let n = 0; n <= to; n++) {
      const hits = rows.filter((r) => n >= r.min && n <= r.max);
      expect(hits).toHaveLength(n >= from ? 1 : 0);
    }
  });

  it('lists the substance classes, gambling with its own checklist', () => {
    expect(SUBSTANCE_CLASSES.map((s) => s.id)).toEqual([
      'alcohol',
      'cannabis',
      'opioids',
      'sedatives-hypnotics',
      'stimulants',
      'hallucinogens',
      'inhalants',
      'other-nps',
      'prescribed-medicines',
      'doping-agents',
      'gambling',
    ]);
    const gambling = SUBSTANCE_CLASSES.find((s) => s.id === 'gambling');
    expect(gambling?.checklists).toEqual(['dsm5-gambling-disorder']);
    const alcohol = SUBSTANCE_CLASSES.find((s) => s.id === 'alcohol');
    expect(alcohol?.checklists).toContain('dsm5-substance-use-disorder');
  });
});

describe('ICD-10 F1x.2 dependence', () => {
  it.each([
    [0, false],
    [2, false],
    [3, true],
    [6, true],
  ])('%i criteria → dependence %s', (n, dependence) => {
    expect(evaluateIcd10Dependence(first(ICD10_DEPENDENCE.criteria, n))).toEqual({
      ok: true,
      count: n,
      threshold: 3,
      dependence,
    });
  });

  it('names unknown and repeated ids', () => {
    const r = evaluateIcd10Dependence(['craving', 'craving', 'hangover', 7]);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['met[1]', 'met[2]', 'met[3]']);
    expect(!r.ok && r.errors[1]?.message).toContain('"hangover"');
  });

  it('refuses a non-array', () => {
    const r = evaluateIcd10Dependence('craving');
    expect(!r.ok && r.errors).toEqual([{ path: 'met', message: expect.any(String) }]);
  });
});

describe('DSM-IV', () => {
  const dep = (n: number) => first(DSM4_DEPENDENCE.criteria, n);
  const abuse = (n: number) => first(DSM4_ABUSE.criteria, n);

  it.each([
    [2, false],
    [3, true],
    [7, true],
  ])('dependence with %i of 7 → %s', (n, met) => {
    const r = evaluateDsm4({ dependenceMet: dep(n), abuseMet: [], dependenceEverMet: false });
    expect(r.ok && r.dependence).toEqual({ count: n, threshold: 3, met });
    expect(r.ok && r.diagnosis).toBe(met ? 'dependence' : 'none');
  });

  it.each([
    [0, false],
    [1, true],
    [4, true],
  ])('abuse with %i of 4, dependence never met → %s', (n, met) => {
    const r = evaluateDsm4({ dependenceMet: dep(2), abuseMet: abuse(n), dependenceEverMet: false });
    expect(r.ok && r.abuse).toEqual({ count: n, threshold: 1, applicable: true, met });
    expect(r.ok && r.diagnosis).toBe(met ? 'abuse' : 'none');
  });

  it('does not give abuse when dependence was ever met for the class', () => {
    const r = evaluateDsm4({ dependenceMet: dep(0), abuseMet: abuse(4), dependenceEverMet: true });
    expect(r.ok && r.abuse).toEqual({ count: 4, threshold: 1, applicable: false, met: false });
    expect(r.ok && r.diagnosis).toBe('none');
  });

  it('does not give abuse beside current dependence', () => {
    const r = evaluateDsm4({ dependenceMet: dep(3), abuseMet: abuse(2), dependenceEverMet: false });
    expect(r.ok && r.abuse.applicable).toBe(false);
    expect(r.ok && r.diagnosis).toBe('dependence');
  });

  it('keeps the two lists apart and names bad ids in each', () => {
    const r = evaluateDsm4({
      dependenceMet: ['tolerance', 'legal-problems'],
      abuseMet: ['tolerance'],
      dependenceEverMet: 'no' as never,
    });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([
      'dependenceMet[1]',
      'abuseMet[0]',
      'dependenceEverMet',
    ]);
  });
});

describe('DSM-5 substance use disorder', () => {
  const ids = DSM5_SUBSTANCE_USE_DISORDER.criteria.map((c) => c.id);
  const plain = ids.filter((id) => id !== 'tolerance' && id !== 'withdrawal');
  const unsupervised = { solelyUnderMedicalSupervision: false };

  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'severe'],
    [9, 'severe'],
  ])('%i criteria → %s', (n, severity) => {
    const r = evaluateDsm5SubstanceUseDisorder(plain.slice(0, n), unsupervised);
    expect(r).toEqual({ ok: true, count: n, notCounted: [], severity });
  });

  it('counts all 11 as severe', () => {
    const r = evaluateDsm5SubstanceUseDisorder(ids, unsupervised);
    expect(r.ok && [r.count, r.severity]).toEqual([11, 'severe']);
  });

  it('counts tolerance and withdrawal without medical supervision', () => {
    const r = evaluateDsm5SubstanceUseDisorder(['tolerance', 'withdrawal'], unsupervised);
    expect(r).toEqual({ ok: true, count: 2, notCounted: [], severity: 'mild' });
  });

  it('does not count tolerance and withdrawal solely under medical supervision', () => {
    const r = evaluateDsm5SubstanceUseDisorder(['withdrawal', 'tolerance', 'craving'], {
      solelyUnderMedicalSupervision: true,
    });
    expect(r).toEqual({
      ok: true,
      count: 1,
      notCounted: ['tolerance', 'withdrawal'],
      severity: 'none',
    });
  });

  it('moves a case from moderate to mild under medical supervision', () => {
    const met = ['tolerance', 'withdrawal', 'craving', 'cut-down'];
    const free = evaluateDsm5SubstanceUseDisorder(met, unsupervised);
    const supervised = evaluateDsm5SubstanceUseDisorder(met, {
      solelyUnderMedicalSupervision: true,
    });
    expect(free.ok && free.severity).toBe('moderate');
    expect(supervised.ok && supervised.severity).toBe('mild');
  });

  it('names unknown ids and a missing supervision flag', () => {
    const r = evaluateDsm5SubstanceUseDisorder(['craving', 'lies'], {} as never);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([
      'met[1]',
      'solelyUnderMedicalSupervision',
    ]);
  });

  it('refuses withdrawal for hallucinogens and the checklist for gambling', () => {
    const r = evaluateDsm5SubstanceUseDisorder(['craving', 'withdrawal'], {
      ...unsupervised,
      substanceClass: 'hallucinogens',
    });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['met[1]']);
    const g = evaluateDsm5SubstanceUseDisorder(['craving'], {
      ...unsupervised,
      substanceClass: 'gambling',
    });
    expect(!g.ok && g.errors.map((e) => e.path)).toEqual(['substanceClass']);
    const ok = evaluateDsm5SubstanceUseDisorder(['withdrawal'], {
      ...unsupervised,
      substanceClass: 'opioids',
    });
    expect(ok.ok).toBe(true);
  });
});

describe('DSM-5 gambling disorder', () => {
  const ids = DSM5_GAMBLING_DISORDER.criteria.map((c) => c.id);

  it.each([
    [0, 'none'],
    [3, 'none'],
    [4, 'mild'],
    [5, 'mild'],
    [6, 'moderate'],
    [7, 'moderate'],
    [8, 'severe'],
    [9, 'severe'],
  ])('%i criteria → %s', (n, severity) => {
    expect(evaluateGamblingDisorder(ids.slice(0, n))).toEqual({
      ok: true,
      count: n,
      notCounted: [],
      severity,
    });
  });

  it('refuses substance criteria on the gambling checklist', () => {
    const r = evaluateGamblingDisorder(['chasing-losses', 'tolerance']);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['met[1]']);
  });
});
