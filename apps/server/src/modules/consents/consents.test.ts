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

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let anna: TestClient;
let erik: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
});
afterAll(async () => t?.close());

async function regionPerson() {
  const number = newIdentityNumber(luhnCheckDigit);
  const res = await anna.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Region',
    familyName: 'Endast',
    sex: 'female',
  });
  return { id: res.body.id as string, number };
}

const regionRelations = (person: { careRelations: { organisationId: string }[] }) =>
  person.careRelations.filter((r) => r.organisationId === ids.region);

describe('across principals', () => {
  it('a municipality cannot see a person only the region holds, by any route', async () => {
    const p = await regionPerson();
    expect((await erik.get(`/api/persons/${p.id}`)).status).toBe(404);
    expect((await erik.get(`/api/persons?q=${p.number}`)).body.items).toEqual([]);
    expect((await erik.get('/api/persons?q=Endast')).body.items).toEqual([]);
    expect((await erik.get(`/api/persons/${p.id}/consents`)).status).toBe(404);
    expect((await erik.get(`/api/persons/${p.id}/access-extract`)).status).toBe(404);
    const consent = await erik.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.exempelby],
      form: 'oral',
    });
    expect(consent.status).toBe(404);
    // Every refused attempt is in the log.
    const denied = (await logRowsFor(t.db, p.id)).filter((r) => r.outcome === 'denied');
    expect(denied.map((r) => r.action)).toEqual([
      'person.read',
      'consent.list',
      'person.access-extract',
      'consent.create',
    ]);
  });

  it('region records reach the municipality only under consent, and stop at once on revocation', async () => {
    const p = await regionPerson();
    // The municipality registers the same person: it sees the person, not the region's records.
    await erik.post('/api/persons', {
      personalIdentityNumber: p.number,
      givenName: 'X',
      familyName: 'Y',
      sex: 'female',
    });
    let view = await erik.get(`/api/persons/${p.id}`);
    expect(view.status).toBe(200);
    expect(regionRelations(view.body)).toEqual([]);

    // A region consent that names another organisation changes nothing for Exempelby.
    const toNorrby = await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.norrby],
      form: 'written',
    });
    expect(toNorrby.status).toBe(201);
    view = await erik.get(`/api/persons/${p.id}`);
    expect(regionRelations(view.body)).toEqual([]);
    expect((await erik.get(`/api/persons/${p.id}/consents`)).body.items).toEqual([]);

    // A consent to share with Exempelby kommun opens the region's records to it.
    const consent = await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.exempelby],
      form: 'written',
      validUntil: '2099-12-31',
      note: 'Skriftligt samtycke, kopia i journal.',
    });
    expect(consent.status).toBe(201);
    expect(consent.body).toMatchObject({
      status: 'valid',
      recordedByOrganisationId: ids.region,
      recipientOrganisationIds: [ids.exempelby],
    });
    view = await erik.get(`/api/persons/${p.id}`);
    expect(regionRelations(view.body)).toHaveLength(1);
    const listed = await erik.get(`/api/persons/${p.id}/consents`);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([consent.body.id]);

    // Revoked: the very next request no longer sees the region's records.
    const revoked = await anna.post(`/api/consents/${consent.body.id}/revoke`, {
      reason: 'Återkallat vid besök.',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revokeReason: 'Återkallat vid besök.',
    });
    view = await erik.get(`/api/persons/${p.id}`);
    expect(regionRelations(view.body)).toEqual([]);
    // The municipality still sees the consent that was addressed to it, now revoked.
    const after = await erik.get(`/api/persons/${p.id}/consents`);
    expect(after.body.items).toEqual([
      expect.objectContaining({ id: consent.body.id, status: 'revoked' }),
    ]);
  });

  it('an expired consent shares nothing', async () => {
    const p = await regionPerson();
    await erik.post('/api/persons', {
      personalIdentityNumber: p.number,
      givenName: 'X',
      familyName: 'Y',
      sex: 'female',
    });
    const consent = await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.exempelby],
      form: 'oral',
    });
    await t.db
      .updateTable('consent')
      .set({ valid_from: '2020-01-01', valid_until: '2021-01-01' })
      .where('id', '=', consent.body.id)
      .execute();
    const view = await erik.get(`/api/persons/${p.id}`);
    expect(regionRelations(view.body)).toEqual([]);
    const listed = await erik.get(`/api/persons/${p.id}/consents`);
    expect(listed.body.items[0].status).toBe('expired');
  });

  it('a consent of another purpose does not open records', async () => {
    const p = await regionPerson();
    await erik.post('/api/persons', {
      personalIdentityNumber: p.number,
      givenName: 'X',
      familyName: 'Y',
      sex: 'female',
    });
    await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'sip',
      recipientOrganisationIds: [ids.exempelby],
      form: 'oral',
    });
    expect(regionRelations((await erik.get(`/api/persons/${p.id}`)).body)).toEqual([]);
  });
});

describe('consent records', () => {
  it('validates every field and names it', async () => {
    const p = await regionPerson();
    const res = await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'everything',
      recipientOrganisationIds: [],
      form: 'telepathic',
      validUntil: 'tomorrow',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'form',
      'purpose',
      'recipientOrganisationIds',
      'validUntil',
    ]);
  });

  it('refuses unknown organisations and a past end date, writing nothing', async () => {
    const p = await regionPerson();
    const res = await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.exempelby, '00000000-0000-4000-8000-000000000000'],
      form: 'oral',
      validUntil: '2001-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'recipientOrganisationIds[1]', message: 'no such organisation' },
      { path: 'validUntil', message: 'must be today or later' },
    ]);
    expect((await anna.get(`/api/persons/${p.id}/consents`)).body.items).toEqual([]);
  });

  it('revokes once (409 the second time) and logs create, list and revoke', async () => {
    const p = await regionPerson();
    const consent = await anna.post(`/api/persons/${p.id}/consents`, {
      purpose: 'sip',
      recipientOrganisationIds: [ids.exempelby],
      form: 'oral',
    });
    await anna.get(`/api/persons/${p.id}/consents`);
    expect((await anna.post(`/api/consents/${consent.body.id}/revoke`)).status).toBe(200);
    expect((await anna.post(`/api/consents/${consent.body.id}/revoke`, {})).status).toBe(409);
    const actions = (await logRowsFor(t.db, p.id)).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toEqual([
      'person.register:allowed',
      'consent.create:allowed',
      'consent.list:allowed',
      'consent.revoke:allowed',
    ]);
    const created = (await logRowsFor(t.db, p.id)).find((r) => r.action === 'consent.create')!;
    expect(JSON.parse(created.detail!)).toEqual({ consentId: consent.body.id });
  });

  it('answers 404 for an unknown consent id', async () => {
    expect(
      (await anna.post('/api/consents/00000000-0000-4000-8000-000000000000/revoke', {})).status,
    ).toBe(404);
  });
});
