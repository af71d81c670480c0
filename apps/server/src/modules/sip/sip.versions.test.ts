import { describe, expect, it } from 'vitest';
import { completePlan, dateIn, put, savePlan, sipAt, useSipServer } from './sip.fixtures.ts';

const {
  t,
  ids,
  users: { erik, anna },
} = useSipServer({ erik: 'erik.socsek', anna: 'anna.lakare' });

/** A draft SIP of Exempelby's social services with the region taking part, on version 2. */
async function sharedDraft() {
  const s = await sipAt(t, ids, erik, 'invited', {
    otherOrganisation: ids.region,
    otherUnit: ids.beroendecentrum,
    ownerUnit: ids.socExempelby,
  });
  await savePlan(erik, s.sipId, completePlan(ids));
  return s;
}

describe('two people editing the same version', () => {
  it('answers the second with 409 and a merge that keeps both edits; nothing is lost', async () => {
    const s = await sharedDraft();
    const base = (await anna.get(`/api/sips/${s.sipId}`)).body;
    expect(base.planVersion).toBe(2);

    // Erik rewrites the problem; Anna, from the same version, adds a goal and an intervention.
    const mine = structuredClone(base.plan);
    const erikEdit = {
      ...structuredClone(base.plan),
      problemAndNeeds: 'Alkohol, bostad och skulder.',
    };
    mine.goals.push({ id: 'g3', text: 'Stabil LARO-behandling', horizon: 'short' });
    mine.interventions.push({
      id: 'i3',
      description: 'LARO-bedömning',
      principal: 'region',
      organisationId: ids.region,
      unitId: ids.beroendecentrum,
      goalIds: ['g3'],
      responsible: null,
    });

    const first = await put(erik, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: 2,
      plan: erikEdit,
    });
    expect(first.status).toBe(200);
    const second = await put(anna, `/api/sips/${s.sipId}/plan`, { basedOnVersion: 2, plan: mine });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.body).toMatchObject({
      status: 409,
      reason: 'stale-version',
      basedOnVersion: 2,
      currentVersion: 3,
      current: {
        version: 3,
        savedBy: { name: 'Erik Socialsekreterare' },
        plan: { problemAndNeeds: 'Alkohol, bostad och skulder.' },
      },
      merge: { conflicts: [] },
    });
    expect(second.body.theirChanges).toEqual([
      expect.objectContaining({
        path: 'problemAndNeeds',
        kind: 'changed',
        label: { sv: 'Problem och behov', en: 'Problem and needs' },
      }),
    ]);
    // Nothing of Anna's was saved.
    expect((await erik.get(`/api/sips/${s.sipId}`)).body.plan.goals).toHaveLength(2);

    // The merge holds both edits; saved on the current version it goes through.
    const merged = second.body.merge.merged;
    expect(merged.problemAndNeeds).toBe('Alkohol, bostad och skulder.');
    expect(merged.goals.map((g: any) => g.id)).toEqual(['g1', 'g2', 'g3']);
    const saved = await put(anna, `/api/sips/${s.sipId}/plan`, { basedOnVersion: 3, plan: merged });
    expect(saved.status).toBe(200);
    expect(saved.body.planVersion).toBe(4);
    expect(saved.body.plan.problemAndNeeds).toBe('Alkohol, bostad och skulder.');
    expect(saved.body.plan.interventions.map((i: any) => i.id)).toEqual(['i1', 'i2', 'i3']);
  });

  it('reports a real conflict, keeping the saved value in the merge and the loser’s in the conflict', async () => {
    const s = await sharedDraft();
    const base = (await erik.get(`/api/sips/${s.sipId}`)).body.plan;
    await put(erik, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: 2,
      plan: { ...base, ownWords: 'Jag vill bo nära mina barn.' },
    });
    const res = await put(anna, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: 2,
      plan: { ...base, ownWords: 'Jag vill bli fri från alkohol.', nextFollowUpOn: dateIn(45) },
    });
    expect(res.status).toBe(409);
    expect(res.body.merge.conflicts).toEqual([
      {
        path: 'ownWords',
        label: {
          sv: 'Den enskildes egna ord och önskemål',
          en: "The person's own words and wishes",
        },
        base: base.ownWords,
        mine: 'Jag vill bli fri från alkohol.',
        theirs: 'Jag vill bo nära mina barn.',
      },
    ]);
    expect(res.body.merge.merged).toMatchObject({
      ownWords: 'Jag vill bo nära mina barn.',
      nextFollowUpOn: dateIn(45),
    });
  });

  it('lets exactly one of several simultaneous saves of one version through', async () => {
    const s = await sharedDraft();
    const base = (await erik.get(`/api/sips/${s.sipId}`)).body.plan;
    const writers = [erik, anna, erik, anna, erik];
    const results = await Promise.all(
      writers.map((w, i) =>
        put(w, `/api/sips/${s.sipId}/plan`, {
          basedOnVersion: 2,
          plan: { ...base, ownWords: `Version av skrivare ${i}` },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const now = (await erik.get(`/api/sips/${s.sipId}`)).body;
    expect(now.planVersion).toBe(3);
    expect(now.plan.ownWords).toBe(winner.body.plan.ownWords);
    for (const loser of results.filter((r) => r.status === 409)) {
      expect(loser.body.currentVersion).toBe(3);
      expect(loser.body.merge.conflicts[0].mine).toMatch(/^Version av skrivare \d$/);
    }
    expect((await erik.get(`/api/sips/${s.sipId}/versions`)).body.items).toHaveLength(3);
  });

  it('refuses a version that does not exist yet', async () => {
    const s = await sharedDraft();
    const res = await put(erik, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: 9,
      plan: completePlan(ids),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'basedOnVersion', message: 'no version 9; the latest is 2' },
    ]);
  });
});

describe('history of versions', () => {
  it('shows every version with its author and a readable difference', async () => {
    const s = await sharedDraft();
    const plan = (await erik.get(`/api/sips/${s.sipId}`)).body.plan;
    const edited = structuredClone(plan);
    edited.goals[1].text = 'Eget boende med stöd';
    edited.interventions[1].unitId = null;
    edited.interventions[1].organisationId = ids.exempelby;
    edited.measuresByOthers = [];
    edited.measuresByOthersNone = true;
    expect(
      (await put(anna, `/api/sips/${s.sipId}/plan`, { basedOnVersion: 2, plan: edited })).status,
    ).toBe(200);

    const versions = await erik.get(`/api/sips/${s.sipId}/versions`);
    expect(versions.status).toBe(200);
    expect(
      versions.body.items.map((v: any) => [
        v.version,
        v.savedBy.name,
        v.changeKind,
        v.organisationName,
      ]),
    ).toEqual([
      [3, 'Anna Läkare', 'edited', 'Region Exempel'],
      [2, 'Erik Socialsekreterare', 'edited', 'Exempelby kommun'],
      [1, 'Erik Socialsekreterare', 'proposed', 'Exempelby kommun'],
    ]);
    expect(versions.body.items[0]).toMatchObject({
      basedOn: 2,
      changeCount: 4,
      changed: [
        'Mål – text',
        'Insats – verksamhet',
        'Åtgärd av annan än region och kommun',
        'Inga åtgärder av andra',
      ],
    });

    const diff = await erik.get(`/api/sips/${s.sipId}/versions/3/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body.from).toMatchObject({ version: 2 });
    expect(diff.body.to).toMatchObject({ version: 3, savedBy: { name: 'Anna Läkare' } });
    expect(diff.body.changes.map((c: any) => c.text)).toEqual([
      'Mål – text: ändrades från "Eget boende" till "Eget boende med stöd".',
      'Insats – verksamhet: ändrades från "Socialtjänst Vuxen Exempelby" till "(tomt)".',
      'Åtgärd av annan än region och kommun: togs bort "Försäkringskassan: Utreder sjukpenning".',
      'Inga åtgärder av andra: ändrades från "nej" till "ja".',
    ]);
    expect(diff.body.changes[0]).toMatchObject({
      path: 'goals[id=g2].text',
      kind: 'changed',
      before: 'Eget boende',
      after: 'Eget boende med stöd',
    });

    // Any two versions; the first against nothing.
    const whole = await erik.get(`/api/sips/${s.sipId}/versions/3/diff?against=1`);
    expect(whole.body.changes.length).toBeGreaterThan(4);
    const first = await erik.get(`/api/sips/${s.sipId}/versions/1/diff`);
    expect(first.body).toMatchObject({ from: null, changes: [] });
    const v2 = await erik.get(`/api/sips/${s.sipId}/versions/2`);
    expect(v2.body).toMatchObject({
      version: 2,
      plan: { goals: [{ text: 'Avgiftad och stabil' }, { text: 'Eget boende' }] },
    });
    expect((await erik.get(`/api/sips/${s.sipId}/versions/9`)).status).toBe(404);
    expect((await erik.get(`/api/sips/${s.sipId}/versions/9/diff`)).status).toBe(404);
  });

  it('marks a date set at a follow-up as its own version', async () => {
    const s = await sipAt(t, ids, erik, 'active', {
      otherOrganisation: ids.region,
      otherUnit: ids.beroendecentrum,
      ownerUnit: ids.socExempelby,
    });
    const v = (await erik.get(`/api/sips/${s.sipId}`)).body.planVersion;
    await erik.post(`/api/sips/${s.sipId}/follow-ups`, {
      heldOn: dateIn(0),
      planVersion: v,
      goals: [
        { goalId: 'g1', status: 'achieved' },
        { goalId: 'g2', status: 'achieved' },
      ],
      interventions: [
        { interventionId: 'i1', status: 'finished' },
        { interventionId: 'i2', status: 'finished' },
      ],
      decision: 'continue',
      nextFollowUpOn: dateIn(120),
    });
    const diff = await erik.get(`/api/sips/${s.sipId}/versions/${v + 1}/diff`);
    expect(diff.body.to.changeKind).toBe('follow-up');
    expect(diff.body.changes.map((c: any) => c.path)).toEqual(['nextFollowUpOn']);
  });
});
