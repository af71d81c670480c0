import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let maja: TestClient;
let nora: TestClient; // social worker, Norrby
let olle: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  nora = await t.signIn('nora.socsek');
  olle = await t.signIn('olle.analytiker');
});
afterAll(() => t?.close());

interface Training {
  id: string;
  code: string;
  completed: boolean;
  sessions: { id: string; registered: number; attended: number; mine: string }[];
}

describe('competence (F16)', () => {
  it('lists the method trainings; staff register themselves; managers record attendance', async () => {
    const list = (await nora.get('/api/trainings')).body.items as Training[];
    expect(list.map((x) => x.code).sort()).toEqual(['AP', 'ASI', 'FAMILY', 'HAP', 'MET', 'MI']);
    const met = list.find((x) => x.code === 'MET')!;
    expect(
      (await nora.post(`/api/trainings/${met.id}/sessions`, { heldOn: '2031-05-05' })).status,
    ).toBe(403);
    const planned = await maja.post(`/api/trainings/${met.id}/sessions`, {
      heldOn: '2031-05-05',
      place: 'Rum 1',
    });
    expect(planned.status).toBe(201);
    const session = (planned.body.items as Training[]).find((x) => x.code === 'MET')!.sessions[0]!;
    const registered = await nora.post(`/api/training-sessions/${session.id}/registrations`);
    expect(registered.status).toBe(201);
    expect(
      (registered.body.items as Training[]).find((x) => x.code === 'MET')!.sessions[0],
    ).toMatchObject({
      registered: 1,
      mine: 'registered',
    });
    const attended = await maja.post(`/api/training-sessions/${session.id}/attendance`, {
      staffIds: [ids.user('nora.socsek')],
    });
    expect(attended.status).toBe(200);
    const after = ((await nora.get('/api/trainings')).body.items as Training[]).find(
      (x) => x.code === 'MET',
    )!;
    expect(after.completed).toBe(true);
  });

  it('shows coverage per unit in the annual follow-up under Kvalitet', async () => {
    const agreements = await olle.get('/api/agreements');
    const county = agreements.body.items.find((a: { kind: string }) => a.kind === 'county');
    const started = await olle.post(`/api/agreements/${county.id}/follow-ups`, { year: 2035 });
    expect(started.status).toBe(201);
    const mi = (
      started.body.competence as {
        unitName: string;
        training: string;
        staff: number;
        trained: number;
      }[]
    ).filter((c) => c.training === 'MI – motiverande samtal');
    // The demo's MI course: Anna (Beroendecentrum), Erik and Sara (Socialtjänst Vuxen Exempelby).
    expect(mi.find((c) => c.unitName === 'Socialtjänst Vuxen Exempelby')).toMatchObject({
      staff: 2,
      trained: 2,
    });
    expect(mi.find((c) => c.unitName === 'Beroendecentrum')).toMatchObject({
      staff: 2,
      trained: 1,
    });
  });
});
