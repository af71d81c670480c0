import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let maja: TestClient; // unit manager, Region; member of LokalKOLA Exempelby
let olle: TestClient; // analyst; member of SocialKOLA
let erik: TestClient; // social worker

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  olle = await t.signIn('olle.analytiker');
  erik = await t.signIn('erik.socsek');
});
afterAll(() => t?.close());

interface Body {
  id: string;
  name: string;
  kind: string;
  members: { name: string; represents: string }[];
  meetings: {
    id: string;
    status: string;
    agenda: { title: string; kind: string }[];
    decisions: string[];
  }[];
  waiting: { kind: string; refId: string }[];
}
const bodies = async (client: TestClient) =>
  (await client.get('/api/collaboration-bodies')).body.items as Body[];

describe('collaboration bodies (F15)', () => {
  it('lists the steering group, the local group and the user council with its organisations', async () => {
    const list = await bodies(erik);
    expect(list.map((b) => [b.name, b.kind])).toEqual(
      expect.arrayContaining([
        ['SocialKOLA', 'county-steering-group'],
        ['LokalKOLA Exempelby', 'local-group'],
        ['Brukarrådet', 'user-council'],
      ]),
    );
    const council = list.find((b) => b.kind === 'user-council')!;
    expect(council.members.map((m) => m.represents).sort()).toEqual([
      'relative-organisation',
      'user-organisation',
    ]);
  });

  it('puts deviations and disputes raised to a body on its next agenda, kept with the minutes', async () => {
    const local = (await bodies(maja)).find((b) => b.name === 'LokalKOLA Exempelby')!;
    const deviation = await erik.post('/api/deviations', {
      category: 'coordination',
      description: 'Kallelser till SIP kommer för sent.',
      concernsOrganisationId: ids.region,
    });
    expect(
      (await maja.post(`/api/deviations/${deviation.body.id}/raise`, { bodyId: local.id })).status,
    ).toBe(200);
    const dispute = await maja.post('/api/disputes', {
      title: 'Principfråga om kostnadsansvar',
      description: 'Vem bekostar tolk vid SIP-möten?',
      otherOrganisationId: ids.exempelby,
    });
    expect(
      (await maja.post(`/api/disputes/${dispute.body.id}/raise`, { bodyId: local.id })).status,
    ).toBe(200);
    // Erik may not raise (not the manager of a party): 403.
    expect(
      (await erik.post(`/api/deviations/${deviation.body.id}/raise`, { bodyId: local.id })).status,
    ).toBe(403);

    const planned = await maja.post(`/api/collaboration-bodies/${local.id}/meetings`, {
      heldOn: '2031-03-10',
      place: 'Stadshuset',
    });
    expect(planned.status).toBe(201);
    await maja.post(`/api/collaboration-bodies/${local.id}/meetings`, { heldOn: '2031-06-10' });
    const after = (await bodies(maja)).find((b) => b.id === local.id)!;
    const [next, later] = after.meetings.slice(-2);
    expect(next!.agenda.map((a) => a.kind).sort()).toEqual(['deviation', 'dispute']);
    expect(later!.agenda).toEqual([]);

    const held = await maja.post(
      `/api/collaboration-bodies/${local.id}/meetings/${next!.id}/minutes`,
      {
        minutes: 'Gruppen gick igenom avvikelsen och tvisten.',
        decisions: ['Regionen bekostar tolk vid SIP-möten.'],
      },
    );
    expect(held.status).toBe(200);
    const done = (held.body as Body).meetings.find((m) => m.id === next!.id)!;
    expect(done).toMatchObject({
      status: 'held',
      decisions: ['Regionen bekostar tolk vid SIP-möten.'],
    });
    expect(done.agenda.map((a) => a.kind).sort()).toEqual(['deviation', 'dispute']);
    // Dealt with: not on the following meeting's agenda, nothing waiting.
    expect((held.body as Body).waiting).toEqual([]);
    expect((held.body as Body).meetings.find((m) => m.id === later!.id)!.agenda).toEqual([]);
    expect(
      (
        await maja.post(`/api/collaboration-bodies/${local.id}/meetings/${next!.id}/agenda`, {
          title: 'x',
        })
      ).status,
    ).toBe(409);
  });

  it('is run by its members and the steering group; others are refused', async () => {
    const council = (await bodies(olle)).find((b) => b.kind === 'user-council')!;
    expect(
      (
        await erik.post(`/api/collaboration-bodies/${council.id}/meetings`, {
          heldOn: '2031-01-01',
        })
      ).status,
    ).toBe(403);
    const added = await olle.post(`/api/collaboration-bodies/${council.id}/members`, {
      name: 'Föräldraföreningen',
      represents: 'relative-organisation',
    });
    expect(added.status).toBe(201);
    expect((added.body as Body).members.map((m) => m.name)).toContain('Föräldraföreningen');
  });
});
