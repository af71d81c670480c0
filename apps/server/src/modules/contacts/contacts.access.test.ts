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

/**
 * Who sees and changes a contact (decision 0020-c): the unit's principal keeps it; the other
 * principal sees it only under an information-sharing consent (as interventions); emergency
 * access opens health care's contacts for reading, never for recording; only the unit that had
 * the contact corrects it.
 */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let erik: TestClient;
let anna: TestClient;
let vera: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  erik = await t.signIn('erik.socsek');
  anna = await t.signIn('anna.lakare');
  vera = await t.signIn('vera.vardcentral');
});
afterAll(async () => t?.close());

async function register(client: TestClient, number = newIdentityNumber(luhnCheckDigit)) {
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Kontakt',
    familyName: 'Personsson',
    sex: 'male',
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, number };
}

const HELD = { date: '2026-01-15', kind: 'visit', status: 'held' };

describe('who sees a contact', () => {
  it('crosses the line between the principals only under an information-sharing consent', async () => {
    const p = await register(erik);
    const own = (await erik.post(`/api/persons/${p.id}/contacts`, HELD)).body;
    // The region has no care relation: the person's contacts are 404.
    expect((await anna.get(`/api/persons/${p.id}/contacts`)).status).toBe(404);
    expect((await anna.request('PATCH', `/api/contacts/${own.id}`, { note: 'x' })).status).toBe(
      404,
    );
    // With a care relation of its own, the region sees the person, not social services' contact.
    await register(anna, p.number);
    expect((await anna.get(`/api/persons/${p.id}/contacts`)).body.items).toEqual([]);
    // Its own contact it sees and may change; social services do not see it.
    const region = (await anna.post(`/api/persons/${p.id}/contacts`, HELD)).body;
    expect(region).toMatchObject({ organisationId: ids.region, unitId: ids.beroendecentrum });
    expect((await erik.get(`/api/persons/${p.id}/contacts`)).body.items).toEqual([
      expect.objectContaining({ id: own.id }),
    ]);
    // Under consent the region sees social services' contact, and may not change it.
    const consent = await erik.post(`/api/persons/${p.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [ids.region],
      form: 'written',
    });
    expect(consent.status).toBe(201);
    const seen = await anna.get(`/api/persons/${p.id}/contacts`);
    expect(seen.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: own.id, mayEdit: false, unitName: own.unitName }),
        expect.objectContaining({ id: region.id, mayEdit: true }),
      ]),
    );
    const change = await anna.request('PATCH', `/api/contacts/${own.id}`, { status: 'no-show' });
    expect(change.status).toBe(403);
    // Revoked: gone on the very next request.
    expect((await erik.post(`/api/consents/${consent.body.id}/revoke`, {})).status).toBe(200);
    expect(
      (await anna.get(`/api/persons/${p.id}/contacts`)).body.items.map((c: { id: string }) => c.id),
    ).toEqual([region.id]);

    const annas = (await logRowsFor(t.db, p.id)).filter(
      (r) => r.user_id === ids.user('anna.lakare') && r.action.startsWith('contact.'),
    );
    expect(annas.map((r) => [r.action, r.ground, r.outcome])).toEqual([
      ['contact.list', 'none', 'denied'],
      ['contact.update', 'none', 'denied'],
      ['contact.list', 'care-relation', 'allowed'],
      ['contact.create', 'care-relation', 'allowed'],
      ['contact.list', 'own-organisation', 'allowed'],
      ['contact.list', 'consent', 'allowed'],
      ['contact.update', 'consent', 'denied'],
      ['contact.list', 'own-organisation', 'allowed'],
    ]);
  });

  it('lets another unit of the same principal see a contact, but only the unit that had it change it', async () => {
    const p = await register(anna);
    await register(vera, p.number);
    const annas = (await anna.post(`/api/persons/${p.id}/contacts`, HELD)).body;
    const seen = await vera.get(`/api/persons/${p.id}/contacts`);
    expect(seen.body.items).toEqual([
      expect.objectContaining({ id: annas.id, unitName: 'Beroendecentrum', mayEdit: false }),
    ]);
    const refused = await vera.request('PATCH', `/api/contacts/${annas.id}`, {
      status: 'cancelled',
    });
    expect(refused.status).toBe(403);
    const rows = (await logRowsFor(t.db, p.id)).filter(
      (r) => r.user_id === ids.user('vera.vardcentral') && r.action === 'contact.cancel',
    );
    expect(rows.map((r) => [r.ground, r.outcome])).toEqual([['own-organisation', 'denied']]);
  });

  it('opens health care’s contacts to emergency access for reading, never for recording', async () => {
    const p = await register(vera);
    const veras = (await vera.post(`/api/persons/${p.id}/contacts`, HELD)).body;
    // Anna (Beroendecentrum) has no care relation: she opens emergency access.
    const opened = await anna.post('/api/emergency-access', {
      personalIdentityNumber: p.number,
      reason: 'Inkommer medvetslös till akuten, behöver veta senaste kontakten.',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const seen = await anna.get(`/api/persons/${p.id}/contacts`);
    expect(seen.status).toBe(200);
    expect(seen.body.items).toEqual([expect.objectContaining({ id: veras.id, mayEdit: false })]);
    const record = await anna.post(`/api/persons/${p.id}/contacts`, HELD);
    expect(record.status).toBe(403);
    const rows = (await logRowsFor(t.db, p.id)).filter(
      (r) => r.user_id === ids.user('anna.lakare') && r.action.startsWith('contact.'),
    );
    // Vera's contact is the region's own: seen as the own organisation's record.
    expect(rows.map((r) => [r.action, r.ground, r.outcome])).toEqual([
      ['contact.list', 'own-organisation', 'allowed'],
      ['contact.create', 'emergency', 'denied'],
    ]);
  });
});
