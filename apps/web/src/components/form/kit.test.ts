import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import en from '../../i18n/en.json';
import sv from '../../i18n/sv.json';
import { translateFieldMessage } from '../../lib/errors';
import { dateProblem, isAtOrBelow, withoutPath } from './checks';
import { mapServerErrors } from './serverErrors';

let t: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: 'sv',
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  t = instance.getFixedT('sv');
  tEn = instance.getFixedT('en');
});

const badRequest = (errors: { path: string; message: string }[]) =>
  new ApiError({ type: 'about:blank', title: 'Bad Request', status: 400, errors });

describe('the form kit: server errors onto the fields', () => {
  it('maps each errors[].path to the form path, first message per field', () => {
    const error = badRequest([
      { path: 'plan.goals[0].text', message: 'first' },
      { path: 'plan.goals[0].text', message: 'second' },
      { path: 'plan.interventions[1].organisationId', message: 'no such unit' },
    ]);
    const { errors, unmapped } = mapServerErrors(error, (m) => `said: ${m}`, {
      prefix: 'plan.',
      path: (p) => p.replace(/\.organisationId$/, '.unitId'),
    });
    expect(errors).toEqual({
      'goals[0].text': 'said: first',
      'interventions[1].unitId': 'said: no such unit',
    });
    expect(unmapped).toEqual([]);
  });

  it('keeps apart what no field answers for, and gives the form its own words', () => {
    const error = badRequest([
      { path: 'meeting.startsAt', message: 'must be in the future' },
      { path: 'body', message: 'Unexpected token' },
    ]);
    const { errors, unmapped } = mapServerErrors(error, (m) => m, {
      path: (p) => (p === 'meeting.startsAt' ? 'date' : null),
      message: (m, path) => `${path}: ${m.toUpperCase()}`,
    });
    expect(errors).toEqual({ date: 'date: MUST BE IN THE FUTURE' });
    expect(unmapped).toEqual([{ path: 'body', message: 'Unexpected token' }]);
  });

  it('maps nothing from an error that is not the server’s answer', () => {
    expect(mapServerErrors(new Error('network'), (m) => m)).toEqual({ errors: {}, unmapped: [] });
  });
});

describe('the form kit: messages say the limit', () => {
  it('a text too long for the server says how long it may be, in Swedish and in English', () => {
    const zod = 'Too big: expected string to have <=2000 characters';
    expect(translateFieldMessage(t, zod)).toBe('Texten är för lång – högst 2\u00a0000 tecken.');
    expect(translateFieldMessage(tEn, zod)).toBe(
      'The text is too long – at most 2,000 characters.',
    );
  });

  it('a list too long, a text too short and an empty required text in words', () => {
    expect(translateFieldMessage(t, 'Too big: expected array to have <=50 items')).toBe(
      'Högst 50 får väljas eller läggas till.',
    );
    expect(translateFieldMessage(t, 'Too small: expected string to have >=10 characters')).toBe(
      'Texten är för kort – minst 10 tecken.',
    );
    expect(translateFieldMessage(t, 'Too small: expected string to have >=1 characters')).toBe(
      'Fyll i fältet.',
    );
  });

  it('the character count under a text area uses the plural forms', () => {
    expect(t('form.charactersLeft', { count: 1, limit: 2000 })).toBe(
      '1 tecken kvar av högst 2\u00a0000.',
    );
    expect(tEn('form.charactersLeft', { count: 1, limit: 2000 })).toBe(
      '1 character left of at most 2,000.',
    );
    expect(tEn('form.charactersOver', { count: 3, limit: 2000 })).toBe(
      '3 characters too many – at most 2,000 characters.',
    );
  });
});

describe('the form kit: the one date field’s rule', () => {
  it('says what is wrong with a date as typed', () => {
    expect(dateProblem(t, '', { required: true })).toBe('Skriv ett datum.');
    expect(dateProblem(t, '', {})).toBeUndefined();
    expect(dateProblem(t, '2026-02-30', {})).toBe(
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
    );
    expect(dateProblem(t, '20260301', {})).toBe(
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
    );
    expect(dateProblem(t, '2026-03-01', { min: '2026-03-02' })).toBe(
      'Datumet kan inte ligga före 2026-03-02.',
    );
    expect(dateProblem(t, '2026-03-03', { max: '2026-03-02', maxMessage: 'framtiden' })).toBe(
      'framtiden',
    );
    expect(dateProblem(t, ' 2026-03-02 ', { min: '2026-03-02', max: '2026-03-02' })).toBe(
      undefined,
    );
  });
});

describe('the form kit: paths', () => {
  it('knows what lies at or below a path', () => {
    expect(isAtOrBelow('goals[1].text', 'goals[1]')).toBe(true);
    expect(isAtOrBelow('goals[1].text', 'goals')).toBe(true);
    expect(isAtOrBelow('goals[1]', 'goals[1]')).toBe(true);
    expect(isAtOrBelow('goalsExtra', 'goals')).toBe(false);
    expect(isAtOrBelow('goals[10]', 'goals[1]')).toBe(false);
  });

  it('clears a field’s errors and those below it', () => {
    expect(
      withoutPath({ place: 'a', 'others[0]': 'b', 'others[0].role': 'c', other: 'd' }, 'others[0]'),
    ).toEqual({ place: 'a', other: 'd' });
  });
});
