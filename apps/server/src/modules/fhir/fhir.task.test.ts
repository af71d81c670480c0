import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { recordConsent, registerPerson, useSipServer } from '../sip/sip.fixtures.ts';
import { expectValidR4 } from './fhir.validate.ts';

const { t, ids, users, municipalSip } = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
  vera: 'vera.vardcentral',
});

/** A person of Erik's unit whose consent names the region, with a referral to Beroendecentrum. */
async function referred() {
  const person = await registerPerson(users.erik);
  await recordConsent(users.erik, person.id, 'information-sharing', [ids.region]);
  const sent = await users.erik.post(`/api/persons/${person.id}/referrals`, {
    kind: 'co-morbidity-assessment',
    toUnitId: ids.beroendecentrum,
    question: 'Finns psykiatrisk samsjuklighet?',
    dueOn: '2999-03-01',
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  return { personId: person.id, referralId: sent.body.id as string };
}

const actions = async (personId: string) =>
  (await logRowsFor(t.db, personId)).map((r) => `${r.action}:${r.outcome}`);

describe('GET /api/fhir/Task/referral-<id>', () => {
  it('serves a referral as a valid Task: requester, owner, patient, question, due day, answer', async () => {
    const { personId, referralId } = await referred();
    const open = await users.erik.get(`/api/fhir/Task/referral-${referralId}`);
    expect(open.status).toBe(200);
    expect(open.headers['content-type']).toContain('application/fhir+json');
    expectValidR4(open.body);
    expect(open.body).toMatchObject({
      resourceType: 'Task',
      id: `referral-${referralId}`,
      status: 'requested',
      intent: 'order',
      description: 'Finns psykiatrisk samsjuklighet?',
      for: { reference: `Patient/${personId}` },
      requester: {
        reference: `Organization/${ids.exempelby}`,
        display: 'Socialtjänst Vuxen Exempelby, Exempelby kommun',
      },
      owner: {
        reference: `Organization/${ids.region}`,
        display: 'Beroendecentrum, Region Exempel',
      },
      restriction: { period: { end: '2999-03-01' } },
    });
    expect(open.body.output).toBeUndefined();

    const answered = await users.anna.post(`/api/referrals/${referralId}/answer`, {
      answer: 'Ja, depression; behandling startad.',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const done = await users.anna.get(`/api/fhir/Task/referral-${referralId}`);
    expect(done.status).toBe(200);
    expectValidR4(done.body);
    expect(done.body).toMatchObject({
      status: 'completed',
      output: [{ type: { text: 'Svar' }, valueString: 'Ja, depression; behandling startad.' }],
    });
    expect(await actions(personId)).toEqual(
      expect.arrayContaining(['referral.read:allowed', 'referral.answer:allowed']),
    );
  });

  it('an unanswered referral past its due day says the answer is not received', async () => {
    const { referralId } = await referred();
    await sql`update referral set due_on = '2020-01-10' where id = ${referralId}`.execute(t.db);
    const res = await users.erik.get(`/api/fhir/Task/referral-${referralId}`);
    expectValidR4(res.body);
    expect(res.body).toMatchObject({
      status: 'requested',
      businessStatus: { text: 'Svar ej mottaget' },
      restriction: { period: { end: '2020-01-10' } },
    });
  });

  it('a referral the caller may not see is 404 OperationOutcome, and the refusal is logged', async () => {
    const { personId, referralId } = await referred();
    const res = await users.vera.get(`/api/fhir/Task/referral-${referralId}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'not-found' }],
    });
    expectValidR4(res.body);
    expect(await actions(personId)).toContain('referral.read:denied');
    // An id no Task can have is 400 naming the id; a well-formed unknown one 404.
    const bad = await users.erik.get('/api/fhir/Task/referral-1');
    expect(bad.status).toBe(400);
    expect(bad.body.issue[0].expression).toEqual(['id']);
    expectValidR4(bad.body);
    const unknownKind = await users.erik.get(`/api/fhir/Task/worklist-nothing-${referralId}`);
    expect(unknownKind.status).toBe(404);
  });
});

describe('GET /api/fhir/Task?patient=', () => {
  it('is a Bundle of the person’s referrals and the worklist items waiting on the unit', async () => {
    const { personId, referralId } = await referred();
    // An intervention past its planned end without an outcome, with no children question asked.
    const intervention = await users.erik.post(`/api/persons/${personId}/interventions`, {
      category: 'psychosocial-support',
      method: 'housing',
      setting: 'individual',
      legalForm: 'voluntary',
      responsible: { name: 'Erik Socialsekreterare' },
      startOn: '2025-01-15',
      plannedEndOn: '2025-06-30',
    });
    expect(intervention.status, JSON.stringify(intervention.body)).toBe(201);
    const interventionId = intervention.body.id as string;

    const res = await users.erik.get(`/api/fhir/Task?patient=Patient/${personId}`);
    expect(res.status).toBe(200);
    expectValidR4(res.body);
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    const byId = new Map(res.body.entry.map((e: any) => [e.resource.id, e.resource]));
    expect([...byId.keys()].sort()).toEqual(
      [
        `referral-${referralId}`,
        `worklist-outcome-${interventionId}`,
        `worklist-children-${interventionId}`,
      ].sort(),
    );
    expect(byId.get(`worklist-outcome-${interventionId}`)).toMatchObject({
      status: 'ready',
      intent: 'plan',
      for: { reference: `Patient/${personId}` },
      owner: { display: 'Socialtjänst Vuxen Exempelby, Exempelby kommun' },
      restriction: { period: { end: '2025-06-30' } },
    });
    expect(res.body.entry[0].fullUrl).toMatch(/\/api\/fhir\/Task\/(referral|worklist)-/);

    // The worklist item is readable by its id, and logged as the worklist logs it.
    const one = await users.erik.get(`/api/fhir/Task/worklist-outcome-${interventionId}`);
    expect(one.status).toBe(200);
    expectValidR4(one.body);
    expect(one.body.code.coding[0].code).toBe('intervention-outcome-missing');
    expect(await actions(personId)).toEqual(
      expect.arrayContaining(['referral.list:allowed', 'care-worklist.read:allowed']),
    );
    // It does not wait on another unit: there it is no Task.
    expect((await users.anna.get(`/api/fhir/Task/worklist-outcome-${interventionId}`)).status).toBe(
      404,
    );

    // Searches: status, the due day, the last change; subject= as well as patient=.
    const found = async (query: string) =>
      (await users.erik.get(`/api/fhir/Task?subject=${personId}&${query}`)).body.entry.map(
        (e: any) => e.resource.id,
      );
    expect(await found('status=requested')).toEqual([`referral-${referralId}`]);
    expect((await found('status=ready')).sort()).toEqual(
      [`worklist-outcome-${interventionId}`, `worklist-children-${interventionId}`].sort(),
    );
    expect(await found('date=ge2999-01-01')).toEqual([`referral-${referralId}`]);
    expect(await found('date=2025-06-30')).toEqual([`worklist-outcome-${interventionId}`]);
    await sql`update referral set sent_at = '2026-03-02T10:00:00+01:00' where id = ${referralId}`.execute(
      t.db,
    );
    expect(await found('_lastUpdated=2026-03-02')).toEqual([`referral-${referralId}`]);
    expect(await found('_lastUpdated=gt2026-03-02')).toEqual([]);
  });

  it('a person the caller may not see is 404; a SIP’s worklist items point at its CarePlan', async () => {
    const { personId } = await referred();
    const res = await users.vera.get(`/api/fhir/Task?patient=${personId}`);
    expect(res.status).toBe(404);
    expect(res.body.resourceType).toBe('OperationOutcome');
    expect(await actions(personId)).toContain('referral.list:denied');
    expect((await users.erik.get('/api/fhir/Task')).status).toBe(400);
    expect((await users.erik.get(`/api/fhir/Task?patient=${personId}&date=soon`)).status).toBe(400);

    // A SIP nobody has worked in since 2020: the item points at its CarePlan.
    const sip = await municipalSip('active');
    await sql`update sip set last_activity_at = '2020-01-10T10:00:00+01:00'
      where id = ${sip.sipId}`.execute(t.db);
    const tasks = await users.erik.get(`/api/fhir/Task?patient=${sip.personId}`);
    expect(tasks.status).toBe(200);
    expectValidR4(tasks.body);
    const inactive = tasks.body.entry.find(
      (e: any) => e.resource.id === `worklist-plan-inactive-${sip.sipId}`,
    );
    expect(inactive.resource).toMatchObject({
      status: 'ready',
      focus: { reference: `CarePlan/${sip.sipId}` },
      for: { reference: `Patient/${sip.personId}` },
    });
    for (const e of tasks.body.entry) {
      expect(e.resource.id).toMatch(/^worklist-[a-z-]+-[0-9a-f-]{36}$/);
    }
    expect(await actions(sip.personId)).toContain('sip.worklist:allowed');
  });
});
