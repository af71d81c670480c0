import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';

/** Referral and consultation between the principals (F6): consent, answer, worklist, log. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let vera: TestClient;
let anna: TestClient;
let nora: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  vera = await t.signIn('vera.vardcentral');
  anna = await t.signIn('anna.lakare');
  nora = await t.signIn('nora.socsek');
});
afterAll(async () => t?.close());

async function register(client: TestClient) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: newIdentityNumber(luhnCheckDigit),
    givenName: 'Remiss',
    familyName: 'Personsson',
    sex: 'female',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function consent(
  client: TestClient,
  personId: string,
  to: string[],
  purpose = 'information-sharing',
) {
  const res = await client.post(`/api/persons/${personId}/consents`, {
    purpose,
    recipientOrganisationIds: to,
    form: 'written',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const toPrimaryCare = () => ({
  kind: 'co-morbidity-assessment',
  toUnitId: ids.vardcentral,
  question: 'Bedömning av sömnbesvär och nedstämdhet vid pågående alkoholberoende.',
  dueOn: '2999-01-31',
});

type Item = { kind: string; recordId: string; personId: string; text: string };
const worklist = async (client: TestClient) =>
  (await client.get('/api/care-chain/worklist')).body.items as Item[];

describe('sending a referral', () => {
  it('needs a consent that names the receiving organisation (422 missing consent)', async () => {
    const personId = await register(erik);
    const none = await erik.post(`/api/persons/${personId}/referrals`, toPrimaryCare());
    expect(none.status).toBe(422);
    expect(none.body.missing).toEqual(['consent']);
    // A consent naming another organisation does not cover the region.
    await consent(erik, personId, [ids.norrby]);
    expect((await erik.post(`/api/persons/${personId}/referrals`, toPrimaryCare())).status).toBe(
      422,
    );
    await consent(erik, personId, [ids.region]);
    const sent = await erik.post(`/api/persons/${personId}/referrals`, toPrimaryCare());
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({
      kind: 'co-morbidity-assessment',
      from: { unitId: ids.socExempelby, organisationId: ids.exempelby },
      to: { unitId: ids.vardcentral, organisationId: ids.region },
      status: 'sent',
      overdue: false,
      answer: null,
      mayAnswer: false,
    });
    expect((await logRowsFor(t.db, personId)).at(-1)).toMatchObject({
      action: 'referral.create',
      ground: 'care-relation',
      outcome: 'allowed',
    });
  });

  it('refuses a unit of the own organisation and an answer due in the past', async () => {
    const personId = await register(erik);
    await consent(erik, personId, [ids.region]);
    const own = await erik.post(`/api/persons/${personId}/referrals`, {
      ...toPrimaryCare(),
      toUnitId: ids.socExempelby,
    });
    expect(own.status).toBe(422);
    expect(own.body.errors).toEqual([expect.objectContaining({ path: 'toUnitId' })]);
    const past = await erik.post(`/api/persons/${personId}/referrals`, {
      ...toPrimaryCare(),
      dueOn: '2020-01-01',
    });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([expect.objectContaining({ path: 'dueOn' })]);
    const bad = await erik.post(`/api/persons/${personId}/referrals`, {
      ...toPrimaryCare(),
      question: '',
      kind: 'nonsense',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'kind',
      'question',
    ]);
  });
});

describe('the way back: answer, worklists, consent', () => {
  it('shows the referral to the receiving unit under consent, and "svar ej mottaget" to the sender until answered', async () => {
    const personId = await register(erik);
    await consent(erik, personId, [ids.region]);
    const sent = (await erik.post(`/api/persons/${personId}/referrals`, toPrimaryCare())).body;

    // The receiving unit sees the referral (not the person's other records) and has it to answer.
    const incoming = await vera.get('/api/referrals?box=incoming');
    expect(incoming.status).toBe(200);
    expect(incoming.body.items).toContainEqual(
      expect.objectContaining({ id: sent.id, mayAnswer: true, question: sent.question }),
    );
    expect(await worklist(vera)).toContainEqual(
      expect.objectContaining({ kind: 'referral-incoming', recordId: sent.id, personId }),
    );
    expect((await vera.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await vera.get(`/api/persons/${personId}/interventions`)).status).toBe(404);
    // Another unit of the region, not the recipient, does not see it.
    expect((await anna.get(`/api/referrals/${sent.id}`)).status).toBe(404);

    // The sender: awaiting an answer; once the due date has passed, "svar ej mottaget".
    expect(await worklist(erik)).toContainEqual(
      expect.objectContaining({ kind: 'referral-awaiting-answer', recordId: sent.id }),
    );
    await t.db
      .updateTable('referral')
      .set({ due_on: '2020-02-01' })
      .where('id', '=', sent.id)
      .execute();
    const overdue = (await worklist(erik)).find((i) => i.recordId === sent.id);
    expect(overdue).toMatchObject({ kind: 'referral-answer-overdue' });
    expect(overdue!.text).toContain('Svar ej mottaget från Vårdcentral Centrum');

    // Only the receiving unit answers, once.
    expect(
      (await erik.post(`/api/referrals/${sent.id}/answer`, { answer: 'Egen kommentar.' })).status,
    ).toBe(403);
    const answered = await vera.post(`/api/referrals/${sent.id}/answer`, {
      answer: 'Bedömd 2026-02-03: depression, behandling insatt. Åter till socialtjänsten.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', mayAnswer: false, overdue: false });
    expect((await vera.post(`/api/referrals/${sent.id}/answer`, { answer: 'Igen.' })).status).toBe(
      422,
    );
    expect((await worklist(erik)).map((i) => i.recordId)).not.toContain(sent.id);
    expect((await worklist(vera)).map((i) => i.recordId)).not.toContain(sent.id);
    const back = await erik.get(`/api/referrals/${sent.id}`);
    expect(back.body.answer).toContain('depression');

    const rows = await logRowsFor(t.db, personId);
    const veras = rows.filter((r) => r.user_id === ids.user('vera.vardcentral'));
    expect(veras.map((r) => [r.action, r.ground, r.outcome])).toEqual(
      expect.arrayContaining([
        ['referral.list', 'consent', 'allowed'],
        ['care-worklist.read', 'consent', 'allowed'],
        ['referral.answer', 'consent', 'allowed'],
        ['referral.answer', 'consent', 'denied'],
      ]),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'referral.answer',
        outcome: 'denied',
        user_id: ids.user('erik.socsek'),
      }),
    );
  });

  it('hides an unanswered incoming referral as soon as the consent is revoked', async () => {
    const personId = await register(erik);
    const consentId = await consent(erik, personId, [ids.region]);
    const sent = (await erik.post(`/api/persons/${personId}/referrals`, toPrimaryCare())).body;
    expect((await vera.get(`/api/referrals/${sent.id}`)).status).toBe(200);
    expect((await erik.post(`/api/consents/${consentId}/revoke`, {})).status).toBe(200);
    expect((await vera.get(`/api/referrals/${sent.id}`)).status).toBe(404);
    expect((await worklist(vera)).map((i) => i.recordId)).not.toContain(sent.id);
    // The sender still has it, still unanswered.
    expect((await erik.get(`/api/referrals/${sent.id}`)).body.status).toBe('sent');
  });

  it('sends a LARO assessment to the county resource (LABO) under the SIP consent', async () => {
    const personId = await register(nora);
    await consent(nora, personId, [ids.region], 'sip');
    const sent = await nora.post(`/api/persons/${personId}/referrals`, {
      kind: 'laro-assessment',
      toUnitId: ids.beroendecentrum,
      question: 'Utredning inför läkemedelsassisterad behandling vid opioidberoende.',
      dueOn: '2999-03-01',
    });
    expect(sent.status).toBe(201);
    const incoming = (await anna.get('/api/referrals?box=incoming&status=sent')).body.items as {
      id: string;
      kind: string;
    }[];
    expect(incoming).toContainEqual(
      expect.objectContaining({ id: sent.body.id, kind: 'laro-assessment' }),
    );
    const outgoing = (await nora.get('/api/referrals?box=outgoing')).body.items as { id: string }[];
    expect(outgoing.map((r) => r.id)).toContain(sent.body.id);
  });
});

describe('the demo county’s referrals', () => {
  it('has referrals answered, awaiting an answer and overdue, in both directions', async () => {
    const incoming = (await vera.get('/api/referrals?box=incoming')).body.items as {
      status: string;
      overdue: boolean;
    }[];
    expect(incoming.some((r) => r.status === 'answered')).toBe(true);
    expect(incoming.some((r) => r.overdue)).toBe(true);
    const laro = (await anna.get('/api/referrals?box=incoming')).body.items as { kind: string }[];
    expect(laro.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['laro-assessment', 'laro-medication-start']),
    );
    const sara = await t.signIn('sara.samordnare');
    expect((await worklist(sara)).map((i) => i.kind)).toContain('referral-answer-overdue');
  });
});
