import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import {
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

let t: TestApp;
let anna: TestClient;
let erik: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
});
afterAll(async () => t?.close());

/** A person registered by the given client; the number decides the age. */
async function person(
  client: TestClient,
  sex: 'female' | 'male' | 'unknown',
  number = newIdentityNumber(luhnCheckDigit),
) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Skattad',
    familyName: 'Person',
    sex,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** AUDIT answers (option indexes) that give the wanted total with items 1–8 only. */
function auditAnswers(total: number): number[] {
  const answers = Array(10).fill(0);
  let left = total;
  for (let i = 0; i < 8 && left > 0; i++) {
    answers[i] = Math.min(4, left);
    left -= answers[i];
  }
  return answers;
}

const ASI_AREAS = [
  'physicalHealth',
  'workAndSupport',
  'alcohol',
  'narcotics',
  'legal',
  'familyAndSocial',
  'mentalHealth',
];
const asiAreas = (rating: number | 'X') =>
  Object.fromEntries(
    ASI_AREAS.map((a) => [
      a,
      {
        interviewerRating: rating,
        clientRating: typeof rating === 'number' ? Math.min(rating, 4) : rating,
      },
    ]),
  );

describe('ASI', () => {
  it('records Grund and Uppföljning and compares them per area', async () => {
    const id = await person(erik, 'male');
    const grund = await erik.post(`/api/persons/${id}/asi`, {
      form: 'grund',
      interviewedOn: '2026-01-15',
      areas: asiAreas(6),
      notes: 'Intervju på mottagningen.',
    });
    expect(grund.status).toBe(201);
    expect(grund.body.data.interviewer).toBe('Erik Socialsekreterare');
    const areas = { ...asiAreas(3), legal: { interviewerRating: 'N', clientRating: 'N' } };
    const follow = await erik.post(`/api/persons/${id}/asi`, {
      form: 'uppfoljning',
      interviewedOn: '2026-07-15',
      grundId: grund.body.id,
      areas,
    });
    expect(follow.status).toBe(201);
    const cmp = await erik.get(`/api/persons/${id}/asi-comparisons`);
    expect(cmp.body.items).toHaveLength(1);
    const alcohol = cmp.body.items[0].areas.find((a: { area: string }) => a.area === 'alcohol');
    expect(alcohol.interviewerRating).toEqual({
      from: 6,
      to: 3,
      change: -3,
      direction: 'improved',
    });
    const legal = cmp.body.items[0].areas.find((a: { area: string }) => a.area === 'legal');
    expect(legal.interviewerRating.direction).toBe('not-comparable');
  });

  it('names a bad rating and requires the Grund for an Uppföljning', async () => {
    const id = await person(erik, 'male');
    const bad = await erik.post(`/api/persons/${id}/asi`, {
      form: 'grund',
      interviewedOn: '2026-01-15',
      areas: { ...asiAreas(2), alcohol: { interviewerRating: 10, clientRating: 2 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'areas.alcohol.interviewerRating',
    ]);
    const orphan = await erik.post(`/api/persons/${id}/asi`, {
      form: 'uppfoljning',
      interviewedOn: '2026-01-15',
      areas: asiAreas(2),
    });
    expect(orphan.body.errors.map((e: { path: string }) => e.path)).toEqual(['grundId']);
  });
});

describe('criteria checklists', () => {
  it('computes ICD-10 dependence and DSM-5 severity with the medical-supervision rule', async () => {
    const id = await person(anna, 'female');
    const icd = await anna.post(`/api/persons/${id}/criteria`, {
      checklist: 'icd10-dependence',
      substanceClass: 'opioids',
      assessedOn: '2026-05-01',
      met: ['craving', 'impaired-control', 'withdrawal'],
    });
    if (icd.status !== 201) {
      // The criterion ids come from the domain tables; show them if they differ.
      throw new Error(JSON.stringify(icd.body));
    }
    expect(icd.body.result).toMatchObject({ count: 3, dependence: true });
    const dsm5 = await anna.post(`/api/persons/${id}/criteria`, {
      checklist: 'dsm5-substance-use-disorder',
      substanceClass: 'opioids',
      assessedOn: '2026-05-01',
      met: ['tolerance', 'withdrawal', 'craving'],
      solelyUnderMedicalSupervision: true,
    });
    expect(dsm5.status).toBe(201);
    expect(dsm5.body.result).toMatchObject({ count: 1, severity: 'none' });
  });

  it('names an unknown criterion and a checklist that does not fit the class', async () => {
    const id = await person(anna, 'female');
    const unknown = await anna.post(`/api/persons/${id}/criteria`, {
      checklist: 'icd10-dependence',
      substanceClass: 'alcohol',
      assessedOn: '2026-05-01',
      met: ['flying'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('met[0]');
    const wrong = await anna.post(`/api/persons/${id}/criteria`, {
      checklist: 'dsm5-gambling-disorder',
      substanceClass: 'alcohol',
      assessedOn: '2026-05-01',
      met: [],
    });
    expect(wrong.body.errors[0].path).toBe('checklist');
  });
});

describe('drug tests, violence and lifestyle questions', () => {
  it('flags positive results and shows them on the timeline', async () => {
    const id = await person(erik, 'male');
    const test = await erik.post(`/api/persons/${id}/drug-tests`, {
      sampleType: 'urine',
      sampledOn: '2026-04-02',
      laboratory: 'Klinisk kemi, Region Exempel',
      results: [
        { substance: 'Amfetamin', result: 'positive', value: 1200, unit: 'ng/ml', cutOff: 500 },
        { substance: 'Cannabis (THC)', result: 'negative' },
      ],
    });
    expect(test.status).toBe(201);
    expect(test.body.result).toEqual({ positive: true, positiveSubstances: ['Amfetamin'] });
    expect(test.body.data).toMatchObject({
      orderedBy: 'Erik Socialsekreterare',
      orderingPrincipal: 'municipality',
    });
    const timeline = await erik.get(`/api/persons/${id}/timeline`);
    expect(timeline.body.items).toEqual([
      expect.objectContaining({ kind: 'drug-test', flagged: true, on: '2026-04-02' }),
    ]);
  });

  it('requires the action taken when violence is disclosed', async () => {
    const id = await person(erik, 'female');
    const missing = await erik.post(`/api/persons/${id}/violence-questions`, {
      askedOn: '2026-04-02',
      exposed: 'no',
      children: 'exposed',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('actionTaken');
    const ok = await erik.post(`/api/persons/${id}/violence-questions`, {
      askedOn: '2026-04-02',
      exposed: 'no',
      children: 'exposed',
      actionTaken: 'Orosanmälan till socialtjänsten, barn och familj.',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.result).toEqual({ concern: true, childConcern: true });
  });

  it('records lifestyle questions with the advice given', async () => {
    const id = await person(anna, 'male');
    const area = (use: string, adviceGiven: boolean) => ({ use, adviceGiven });
    const res = await anna.post(`/api/persons/${id}/lifestyle-questions`, {
      askedOn: '2026-04-02',
      alcohol: area('yes', true),
      drugs: area('no', false),
      tobacco: area('yes', false),
      gambling: area('declined', false),
    });
    expect(res.status).toBe(201);
    expect(res.body.result).toEqual({
      areasWithUse: ['alcohol', 'tobacco'],
      adviceGivenFor: ['alcohol'],
      adviceMissing: ['tobacco'],
    });
    const listed = await anna.get(`/api/persons/${id}/assessments?kind=lifestyle`);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([res.body.id]);
  });
});

describe('FHIR', () => {
  it('serves the AUDIT Questionnaire publicly with LOINC codes', async () => {
    const res = await t.client().get('/api/fhir/Questionnaire/audit');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expect(res.body.resourceType).toBe('Questionnaire');
    expect(res.body.item.filter((i: { type: string }) => i.type === 'choice')).toHaveLength(10);
    expect(JSON.stringify(res.body.code)).toContain('72110-0');
  });

  it('serves a screening as a QuestionnaireResponse under the access rule', async () => {
    const id = await person(anna, 'male');
    const s = await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(9),
    });
    const res = await anna.get(`/api/fhir/QuestionnaireResponse/${s.body.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: s.body.id,
      subject: { reference: `Patient/${id}` },
    });
    expect((await erik.get(`/api/fhir/QuestionnaireResponse/${s.body.id}`)).status).toBe(404);
    const actions = (await logRowsFor(t.db, id)).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toContain('screening.fhir-read:allowed');
    expect(actions).toContain('screening.fhir-read:denied');
  });
});

describe('details found in use', () => {
  it('names the body’s own date field when it lies in the future', async () => {
    const id = await person(erik, 'male');
    const res = await erik.post(`/api/persons/${id}/drug-tests`, {
      sampleType: 'breath',
      sampledOn: '2999-01-01',
      results: [{ substance: 'Alkohol', result: 'negative' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'sampledOn', message: 'cannot be in the future' }]);
  });

  it('flags an AUDIT of a person of unknown sex at the women’s cut-off on the timeline', async () => {
    const id = await person(anna, 'unknown');
    await anna.post(`/api/persons/${id}/screenings`, {
      instrument: 'AUDIT',
      answers: auditAnswers(6),
    });
    const timeline = await anna.get(`/api/persons/${id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({ kind: 'AUDIT', flagged: true });
  });

  it('takes a dependence known from outside the system into account for DSM-IV abuse', async () => {
    const id = await person(anna, 'female');
    const res = await anna.post(`/api/persons/${id}/criteria`, {
      checklist: 'dsm4',
      substanceClass: 'alcohol',
      assessedOn: '2026-05-01',
      dependenceMet: [],
      abuseMet: ['role-failure'],
      dependenceEverMet: true,
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    expect(res.body.result).toMatchObject({
      abuse: { applicable: false, met: false },
      diagnosis: 'none',
    });
  });
});
