import { describe, expect, it } from 'vitest';
import {
  ACCESS_ACTION_CODES,
  ACCESS_ACTIONS,
  accessActionExtract,
  accessActionLabel,
  isAccessAction,
} from './actions.ts';

describe('the access-log action catalogue', () => {
  it('gives every code a Swedish and an English label that is not the code', () => {
    for (const code of ACCESS_ACTION_CODES) {
      const { label } = ACCESS_ACTIONS[code];
      for (const text of [label.sv, label.en]) {
        expect(text.trim(), code).not.toBe('');
        expect(text, code).not.toContain(code);
        // A label reads as a sentence fragment, never as a code (dots, dashes between words).
        expect(text, code).not.toMatch(/^[a-z-]+\.[a-z.-]+$/);
      }
    }
  });

  it('tells the reviewer the actions apart: no two codes share a label', () => {
    for (const language of ['sv', 'en'] as const) {
      const labels = ACCESS_ACTION_CODES.map((c) => ACCESS_ACTIONS[c].label[language]);
      expect(new Set(labels).size, language).toBe(labels.length);
    }
  });

  it('gives every action about a person a phrase that follows the unit’s name', () => {
    const withPerson = ACCESS_ACTION_CODES.filter((c) => ACCESS_ACTIONS[c].extract !== null);
    expect(withPerson.length).toBeGreaterThan(30);
    for (const code of withPerson) {
      const extract = ACCESS_ACTIONS[code].extract!;
      // "Beroendecentrum läste dina screeningar": a verb in lower case, addressed to the person.
      expect(extract.sv, code).toMatch(/^[a-zåäö]/);
      expect(extract.en, code).toMatch(/^[a-z]/);
      expect(extract.sv, code).toMatch(/\b(dig|din|dina|ditt|du)\b/);
      expect(extract.en, code).toMatch(/\b(you|your)\b/);
    }
  });

  it('only administration, the record of a completed log review and a research extract (logged without a person) have no extract phrase', () => {
    const without = ACCESS_ACTION_CODES.filter((c) => ACCESS_ACTIONS[c].extract === null);
    expect(
      without.filter((c) => !/^(organisation|unit|staff|integrated-reception)\./.test(c)),
    ).toEqual([
      'access-log.review',
      // followup: one row per extract, about no one person (pseudonymised, F11)
      'research.extract',
      // platform: a retention run and its report concern the register, not one person
      'retention.report',
      'retention.run',
      // audits: user-led audits hold no person (0019-c)
      ...ACCESS_ACTION_CODES.filter((c) => c.startsWith('user-led-audit.')),
      // gov: joint financing's keys, periods and costs are administration (decision 0019-e)
      'joint-financing.operation-create',
      'joint-financing.key-create',
      'joint-financing.population-set',
      'joint-financing.period-create',
      'joint-financing.cost-set',
      'joint-financing.period-settle',
    ]);
  });

  it('answers words, never the code, for a code it does not know', () => {
    expect(isAccessAction('person.read')).toBe(true);
    expect(isAccessAction('no.such-code')).toBe(false);
    expect(isAccessAction('toString')).toBe(false);
    expect(accessActionLabel('screening.list', 'sv')).toBe('Läste screeningar');
    expect(accessActionLabel('screening.list', 'en')).toBe('Read the screenings');
    expect(accessActionLabel('no.such-code', 'sv')).toBe('Annan åtkomst');
    expect(accessActionExtract('screening.list', 'sv')).toBe('läste dina screeningar');
    expect(accessActionExtract('staff.create', 'sv')).toBe('tog del av dina uppgifter');
    expect(accessActionExtract('no.such-code', 'en')).toBe('accessed your records');
  });
});
