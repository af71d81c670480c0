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
    // A session whose day has come (a fixed past day), so attendance may be recorded.
    const planned = await maja.post(`/api/trainings/${met.id}/sessions`, {
      heldOn: '2025-05-05',
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

  it('refuses attendance before the session’s day; lists who registered for those who record it', async () => {
    const list = (await nora.get('/api/trainings')).body.items as Training[];
    const hap = list.find((x) => x.code === 'HAP')!;
    const planned = await maja.post(`/api/trainings/${hap.id}/sessions`, {
      heldOn: '2099-09-09',
    });
    const session = (planned.body.items as Training[]).find((x) => x.code === 'HAP')!.sessions[0]!;
    await nora.post(`/api/training-sessions/${session.id}/registrations`);
    const refused = await maja.post(`/api/training-sessions/${session.id}/attendance`, {
      staffIds: [ids.user('nora.socsek')],
    });
    expect(refused.status).toBe(409);
    const registrations = await maja.get(`/api/training-sessions/${session.id}/registrations`);
    expect(registrations.status).toBe(200);
    expect(registrations.body).toMatchObject({ heldOn: '2099-09-09', held: false });
    expect(registrations.body.items).toEqual([
      {
        staffId: ids.user('nora.socsek'),
        name: expect.any(String),
        unitName: 'Socialtjänst Vuxen Norrby',
        attended: false,
      },
    ]);
    expect((await nora.get(`/api/training-sessions/${session.id}/registrations`)).status).toBe(403);
    expect(
      (await maja.get('/api/training-sessions/00000000-0000-4000-8000-000000000000/registrations'))
        .status,
    ).toBe(404);
  });

  it('shows coverage per unit now, to managers and analysts, and it follows attendance', async () => {
    type Row = { unitName: string; training: string; staff: number; trained: number };
    const miAt = async (unit: string) =>
      ((await olle.get('/api/trainings/coverage')).body.items as Row[]).find(
        (c) => c.unitName === unit && c.training === 'MI – motiverande samtal',
      );
    expect(await miAt('Socialtjänst Vuxen Norrby')).toMatchObject({ staff: 1, trained: 0 });
    const mi = ((await nora.get('/api/trainings')).body.items as Training[]).find(
      (x) => x.code === 'MI',
    )!;
    const past = mi.sessions.find((s) => s.attended > 0)!;
    expect(
      (
        await maja.post(`/api/training-sessions/${past.id}/attendance`, {
          staffIds: [ids.user('nora.socsek')],
        })
      ).status,
    ).toBe(200);
    expect(await miAt('Socialtjänst Vuxen Norrby')).toMatchObject({ staff: 1, trained: 1 });
    const norrbyOnly = await maja.get(`/api/trainings/coverage?organisationId=${ids.norrby}`);
    expect(norrbyOnly.status).toBe(200);
    expect(new Set((norrbyOnly.body.items as Row[]).map((c) => c.unitName))).toEqual(
      new Set(['Socialtjänst Vuxen Norrby']),
    );
    expect((await nora.get('/api/trainings/coverage')).status).toBe(403);
    expect((await olle.get('/api/trainings/coverage?organisationId=x')).status).toBe(400);
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
