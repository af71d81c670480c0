import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { pdfLines } from '../../test/pdf-text.ts';
import { remindReviews } from './agreements.jobs.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let maja: TestClient; // unit manager, Region (a party)
let olle: TestClient; // analyst, Region; county steering group
let erik: TestClient; // social worker, Exempelby
let county: { id: string; parties: { id: string; name: string }[] };

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  maja = await t.signIn('maja.chef');
  olle = await t.signIn('olle.analytiker');
  erik = await t.signIn('erik.socsek');
  const list = await erik.get('/api/agreements');
  county = list.body.items.find((a: { kind: string }) => a.kind === 'county');
});
afterAll(() => t?.close());

interface Area {
  code: string;
  statements: { id: string; text: string; assessment: string | null }[];
}

describe('agreements (F12)', () => {
  it('lists the demo county agreement and a local agreement, with parties and validity', async () => {
    const res = await erik.get('/api/agreements');
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { kind: string }) => a.kind).sort()).toEqual(['county', 'local']);
    expect(county.parties.map((p) => p.id).sort()).toEqual(
      [ids.region, ids.exempelby, ids.norrby].sort(),
    );
    expect(county).toMatchObject({
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reviewDue: true,
      mayManage: false,
    });
    const lvm = (
      county as unknown as { routines: { title: string; version: number }[] }
    ).routines.find((r) => r.title === 'Checklista vid LVM');
    expect(lvm?.version).toBe(2);
  });

  it('keeps routines as versioned documents, written by a party’s manager', async () => {
    const added = await maja.post(`/api/agreements/${county.id}/routines`, {
      title: 'Rutin för utskrivning',
      body: 'Utskrivningsmeddelande skickas dagen före.',
    });
    expect(added.status).toBe(201);
    const routine = added.body.routines.find(
      (r: { title: string }) => r.title === 'Rutin för utskrivning',
    );
    const next = await maja.post(`/api/agreements/${county.id}/routines/${routine.id}/versions`, {
      body: 'Utskrivningsmeddelande skickas två dagar före.',
      note: 'Två dagar i stället för en',
    });
    expect(next.status).toBe(201);
    const after = next.body.routines.find((r: { id: string }) => r.id === routine.id);
    expect(after).toMatchObject({
      version: 2,
      body: 'Utskrivningsmeddelande skickas två dagar före.',
    });
    expect(after.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(
      (await erik.post(`/api/agreements/${county.id}/routines`, { title: 'x', body: 'y' })).status,
    ).toBe(403);
  });

  it('reminds the parties’ managers and the steering group of the review date, once', async () => {
    const now = new Date();
    await remindReviews(t.db, now);
    await remindReviews(t.db, now);
    const rows = await t.db
      .selectFrom('notification')
      .select(['staff_id'])
      .where('kind', '=', 'agreement.review-due')
      .where('body', 'like', `%samarbete för personer med missbruk%`)
      .execute();
    expect(rows.map((r) => r.staff_id).sort()).toEqual(
      [ids.user('maja.chef'), ids.user('olle.analytiker')].sort(),
    );
  });
});

describe('the annual follow-up (F14)', () => {
  it('starts with seed 001’s 5 + 3 + 6 + 2 statements, in its words, unassessed', async () => {
    const res = await maja.post(`/api/agreements/${county.id}/follow-ups`, { year: 2030 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.year).toBe(2030);
    const areas = res.body.areas as Area[];
    expect(areas.map((a) => [a.code, a.statements.length])).toEqual([
      ['coordination', 5],
      ['availability', 3],
      ['quality', 6],
      ['prevention', 2],
    ]);
    expect(areas.flatMap((a) => a.statements).every((s) => s.assessment === null)).toBe(true);
    expect(areas[0]!.statements[3]!.text).toBe(
      'Svårlosta hinder/problem hanteras och följs upp gemensamt på högre nivå i organisationerna.',
    );
    expect(areas[2]!.statements[2]!.text).toBe('Barnperspektivet beaktas i varje ärende.');
    expect(areas[3]!.statements.map((s) => s.text)).toEqual([
      'AUDIT/DUDIT görs vid nybesök inom socialtjänst och hälso- och sjukvård samt följs upp över tid.',
      'Rådgivning erbjuds vid behov.',
    ]);
    // One per agreement and year.
    expect(
      (await maja.post(`/api/agreements/${county.id}/follow-ups`, { year: 2030 })).status,
    ).toBe(409);
  });

  it('is started by a party’s unit manager or a steering-group member only', async () => {
    expect(
      (await erik.post(`/api/agreements/${county.id}/follow-ups`, { year: 2031 })).status,
    ).toBe(403);
    expect(
      (await olle.post(`/api/agreements/${county.id}/follow-ups`, { year: 2031 })).status,
    ).toBe(201);
    expect(
      (
        await maja.post('/api/agreements/00000000-0000-4000-8000-000000000000/follow-ups', {
          year: 2031,
        })
      ).status,
    ).toBe(404);
  });

  it('is assessed, shows the year’s deviations, carries an action plan and prints as PDF', async () => {
    const { body: started } = await olle.post(`/api/agreements/${county.id}/follow-ups`, {
      year: 2032,
    });
    await t.db
      .insertInto('deviation')
      .values({
        category: 'availability',
        description: 'Året 2032',
        reported_by: ids.user('erik.socsek'),
        reporter_organisation_id: ids.exempelby,
        concerns_organisation_id: ids.region,
        reported_at: new Date('2032-05-05T10:00:00Z'),
      })
      .execute();
    const statement = (started.areas as Area[])[1]!.statements[2]!;
    const assessed = await maja.request(
      'PUT',
      `/api/follow-ups/${started.id}/statements/${statement.id}`,
      {
        assessment: 'not-met',
        comment: 'Väntetiden till abstinensvård är för lång.',
      },
    );
    expect(assessed.status).toBe(200);
    expect((assessed.body.areas as Area[])[1]!.statements[2]).toMatchObject({
      assessment: 'not-met',
      comment: 'Väntetiden till abstinensvård är för lång.',
    });
    expect(assessed.body.deviations.total).toBe(1);
    expect(assessed.body.deviations.categories[0]).toMatchObject({
      category: 'availability',
      reported: 1,
    });

    const bad = await maja.request(
      'PUT',
      `/api/follow-ups/${started.id}/statements/${statement.id}`,
      {
        assessment: 'maybe',
      },
    );
    expect(bad.status).toBe(400);

    const planned = await maja.post(`/api/follow-ups/${started.id}/actions`, {
      level: 'local',
      text: 'Öppna fler platser för abstinensvård.',
      owner: 'Verksamhetschef Beroendecentrum',
      deadline: '2033-03-31',
    });
    expect(planned.status).toBe(201);
    const action = planned.body.actions[0];
    expect(action).toMatchObject({ level: 'local', status: 'open', deadline: '2033-03-31' });
    const followed = await olle.post(
      `/api/follow-ups/${started.id}/actions/${action.id}/follow-up`,
      {
        status: 'done',
        note: 'Två platser till från april.',
      },
    );
    expect(followed.status).toBe(200);
    expect(followed.body.actions[0]).toMatchObject({
      status: 'done',
      followUpNote: 'Två platser till från april.',
    });

    const pdf = await maja.request('GET', `/api/follow-ups/${started.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(String(pdf.headers['content-type'])).toContain('application/pdf');
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/follow-ups/${started.id}/report.pdf`,
      headers: { cookie: maja.cookie! },
    });
    const lines = (await pdfLines(raw.rawPayload)).join('\n');
    expect(lines).toContain('Årlig uppföljning 2032');
    expect(lines).toContain('Ej uppfyllt. Väntetiden till abstinensvård är för lång.');
    expect(lines).toContain('Öppna fler platser för abstinensvård.');
    expect(lines).toContain('Tillgänglighet: 1');
    // Care staff do not read the follow-up.
    expect((await erik.get(`/api/follow-ups/${started.id}`)).status).toBe(403);
  });
});
