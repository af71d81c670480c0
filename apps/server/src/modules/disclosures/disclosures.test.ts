import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { registerPerson, useSipServer } from '../sip/sip.fixtures.ts';

/** Disclosures on a legal ground (F2, seed 001, api.md). */
const {
  t,
  ids,
  users: { erik, anna, vera, nora },
} = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
  vera: 'vera.vardcentral',
  nora: 'nora.socsek',
});

describe('a report of concern for a child (orosanmälan)', () => {
  it('needs no consent, is logged with ground legal-ground, and the recipient sees only the content', async () => {
    const p = await registerPerson(anna);
    const res = await anna.post(`/api/persons/${p.id}/disclosures`, {
      ground: 'child-at-risk-report',
      recipientOrganisationId: ids.exempelby,
      content: 'Patienten har två barn, 4 och 7 år, i hemmet; pågående återfall.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ground: 'child-at-risk-report',
      recipientOrganisationId: ids.exempelby,
      personId: p.id,
    });
    expect(res.body.legalReference).toBe(
      'SoL (2025:400), anmälningsskyldighet om barn som far illa',
    );
    const rows = await logRowsFor(t.db, p.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'disclosure.create',
      ground: 'legal-ground',
      outcome: 'allowed',
      user_id: ids.user('anna.lakare'),
    });

    // The recipient sees the disclosure, and is logged reading it on the legal ground.
    const received = await erik.get('/api/disclosures');
    const item = received.body.items.find((d: { id: string }) => d.id === res.body.id);
    expect(item).toMatchObject({
      content: 'Patienten har två barn, 4 och 7 år, i hemmet; pågående återfall.',
      person: { personalIdentityNumber: p.number },
      disclosedUnitName: 'Beroendecentrum',
    });
    const read = (await logRowsFor(t.db, p.id)).filter((r) => r.action === 'disclosure.read');
    expect(read.at(-1)).toMatchObject({
      ground: 'legal-ground',
      user_id: ids.user('erik.socsek'),
    });
    // …and nothing else of the person: no care relation, no other records.
    expect((await erik.get(`/api/persons/${p.id}`)).status).toBe(404);
    expect((await erik.get(`/api/persons/${p.id}/screenings`)).status).toBe(404);
    // Another municipality sees nothing of it.
    const others = await nora.get('/api/disclosures');
    expect(others.body.items.map((d: { id: string }) => d.id)).not.toContain(res.body.id);
  });

  it('waits on the recipient’s worklist until acknowledged', async () => {
    const p = await registerPerson(anna);
    const res = await anna.post(`/api/persons/${p.id}/disclosures`, {
      ground: 'child-at-risk-report',
      recipientOrganisationId: ids.exempelby,
      content: 'Oro för barn i hemmet.',
    });
    const list = await erik.get('/api/worklist');
    expect(
      list.body.handOvers.some(
        (i: { kind: string; recordId: string }) =>
          i.kind === 'disclosure-to-acknowledge' && i.recordId === res.body.id,
      ),
    ).toBe(true);
    expect((await nora.post(`/api/disclosures/${res.body.id}/acknowledge`, {})).status).toBe(404);
    const ack = await erik.post(`/api/disclosures/${res.body.id}/acknowledge`, {});
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).not.toBeNull();
    expect((await erik.post(`/api/disclosures/${res.body.id}/acknowledge`, {})).status).toBe(409);
    const after = await erik.get('/api/worklist');
    expect(after.body.handOvers.some((i: { recordId: string }) => i.recordId === res.body.id)).toBe(
      false,
    );
  });

  it('goes to social services only, never to the own organisation; bad input is 400', async () => {
    const p = await registerPerson(anna);
    const to = async (recipientOrganisationId: string, ground = 'child-at-risk-report') =>
      anna.post(`/api/persons/${p.id}/disclosures`, {
        ground,
        recipientOrganisationId,
        content: 'X',
      });
    expect((await to(ids.solgarden)).status).toBe(400);
    expect((await to(ids.region, 'unborn-child-protection')).status).toBe(400);
    const bad = await anna.post(`/api/persons/${p.id}/disclosures`, {
      ground: 'gossip',
      recipientOrganisationId: 'x',
      content: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'content',
      'ground',
      'recipientOrganisationId',
    ]);
    // Not visible to the caller: 404, logged as denied.
    const q = await registerPerson(vera);
    const hidden = await erik.post(`/api/persons/${q.id}/disclosures`, {
      ground: 'unborn-child-protection',
      recipientOrganisationId: ids.region,
      content: 'X',
    });
    expect(hidden.status).toBe(404);
  });
});

describe('information to protect an unborn child', () => {
  it('social services may tell the region (OSL 26 kap. 9 §) without consent', async () => {
    const p = await registerPerson(erik, { sex: 'female' });
    const res = await erik.post(`/api/persons/${p.id}/disclosures`, {
      ground: 'unborn-child-protection',
      recipientOrganisationId: ids.region,
      content: 'Gravid i vecka 20, aktivt opioidbruk; behöver specialistmödravård.',
    });
    expect(res.status).toBe(201);
    expect(res.body.legalReference).toContain('26 kap. 9 §');
    expect((await logRowsFor(t.db, p.id)).at(-1)).toMatchObject({
      action: 'disclosure.create',
      ground: 'legal-ground',
    });
    // The sender lists what it disclosed about the person.
    const sent = await erik.get(`/api/persons/${p.id}/disclosures`);
    expect(sent.body.items.map((d: { id: string }) => d.id)).toEqual([res.body.id]);
    // The region receives the content (every region unit's staff, e.g. the health centre).
    const received = await vera.get('/api/disclosures');
    expect(received.body.items.map((d: { id: string }) => d.id)).toContain(res.body.id);
    expect((await vera.get(`/api/persons/${p.id}`)).status).toBe(404);
  });
});
