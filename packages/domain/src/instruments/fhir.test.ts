import { describe, expect, it } from 'vitest';
import { AUDIT } from './audit.ts';
import { DUDIT } from './dudit.ts';
import { ORDINAL_VALUE_URL, questionnaire, questionnaireResponse } from './fhir.ts';
import { scoreQuestionnaire } from './scoring.ts';

const BASE = 'https://fhir.example.se/r4';

describe('questionnaire', () => {
  const q = questionnaire(AUDIT, { baseUrl: `${BASE}/` });

  it('builds an R4 Questionnaire coded with the AUDIT panel', () => {
    expect(q).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'audit',
      url: `${BASE}/Questionnaire/audit`,
      version: AUDIT.version,
      status: 'active',
      language: 'sv',
      subjectType: ['Patient'],
      code: [{ system: 'http://loinc.org', code: '72110-0' }],
    });
    // 10 questions and the read-only total
    expect(q.item).toHaveLength(11);
  });

  it('codes the items known in LOINC, and only those', () => {
    expect(q.item.map((i) => i.code?.[0]?.code ?? null)).toEqual([
      '68518-0',
      '68519-8',
      '68520-6',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '75624-7',
    ]);
  });

  it('gives Swedish text with an English translation', () => {
    const first = q.item[0];
    expect(first?.text).toBe('Hur ofta dricker du alkohol?');
    expect(first?._text?.extension[0]?.extension).toEqual([
      { url: 'lang', valueCode: 'en' },
      { url: 'content', valueString: 'How often do you have a drink containing alcohol?' },
    ]);
  });

  it('carries the points as ordinalValue on each answerOption valueCoding', () => {
    const item9 = q.item.find((i) => i.linkId === 'audit-9');
    expect(item9?.type).toBe('choice');
    expect(item9?.required).toBe(true);
    expect(item9?.answerOption?.map((o) => o.valueCoding.extension)).toEqual([
      [{ url: ORDINAL_VALUE_URL, valueDecimal: 0 }],
      [{ url: ORDINAL_VALUE_URL, valueDecimal: 2 }],
      [{ url: ORDINAL_VALUE_URL, valueDecimal: 4 }],
    ]);
    expect(item9?.answerOption?.[1]?.valueCoding).toMatchObject({
      system: `${BASE}/CodeSystem/audit-answers`,
      code: 'audit-9.yes-not-last-year',
      display: 'Ja, men inte under det senaste året',
    });
  });

  it('gives every answer code once', () => {
    const codes = q.item.flatMap((i) => i.answerOption?.map((o) => o.valueCoding.code) ?? []);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(8 * 5 + 2 * 3);
  });

  it('builds DUDIT without LOINC codes', () => {
    const d = questionnaire(DUDIT);
    expect(d.code).toBeUndefined();
    expect(d.item).toHaveLength(12);
    expect(d.item.every((i) => i.code === undefined)).toBe(true);
    expect(d.url).toMatch(/\/Questionnaire\/dudit$/);
    expect(
      d.item[10]?.answerOption?.map((o) => o.valueCoding.extension?.[0]?.valueDecimal),
    ).toEqual([0, 2, 4]);
  });
});

describe('questionnaireResponse', () => {
  const scored = scoreQuestionnaire(AUDIT, [1, 0, 0, 0, 0, 0, 0, 0, 2, 1]);
  if (!scored.ok) throw new Error('fixture must score');
  const meta = { id: 'r1', subjectReference: 'Patient/p1', authored: '2026-11-24T10:00:00Z' };

  it('builds a completed response pointing at the versioned questionnaire', () => {
    const r = questionnaireResponse(AUDIT, scored, meta, { baseUrl: BASE });
    expect(r).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: 'r1',
      questionnaire: `${BASE}/Questionnaire/audit|${AUDIT.version}`,
      status: 'completed',
      subject: { reference: 'Patient/p1' },
      authored: '2026-11-24T10:00:00Z',
    });
    expect(r.item).toHaveLength(11);
  });

  it('answers each item with the chosen coding and its points', () => {
    const r = questionnaireResponse(AUDIT, scored, meta);
    expect(r.item[8]).toEqual({
      linkId: 'audit-9',
      text: AUDIT.items[8]?.text.sv,
      answer: [
        {
          valueCoding: expect.objectContaining({
            code: 'audit-9.yes-last-year',
            extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: 4 }],
          }),
        },
      ],
    });
    expect(r.item[10]).toEqual({
      linkId: 'audit-total',
      text: 'Totalpoäng',
      answer: [{ valueInteger: 1 + 4 + 2 }],
    });
  });

  it('refuses a result that does not fit the definition', () => {
    expect(() => questionnaireResponse(DUDIT, scored, meta)).toThrow(RangeError);
    expect(() =>
      questionnaireResponse(AUDIT, { answers: scored.answers, total: scored.total + 1 }, meta),
    ).toThrow(RangeError);
    const bad = [...scored.answers];
    bad[9] = 3;
    expect(() => questionnaireResponse(AUDIT, { answers: bad, total: 7 }, meta)).toThrow(
      RangeError,
    );
  });
});
