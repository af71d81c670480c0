import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { recordConsent, registerPerson, useSipServer } from '../sip/sip.fixtures.ts';
import { expectValidR4 } from './fhir.validate.ts';

const { t, ids, users, municipalSip } = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
  maja: 'maja.chef',
  admin: 'admin',
});

const auditAnswers = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const duditAnswers = Array.from({ length: 11 }, () => 0);

describe('GET /api/fhir/metadata', () => {
  it('is a valid R4 CapabilityStatement, 4.0.1, listing the resources served, without sign-in', async () => {
    const res = await t.client().get('/api/fhir/metadata');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expect(res.body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    expectValidR4(res.body);
    const served = res.body.rest[0].resource.map((r: { type: string }) => r.type);
    expect(served).toEqual(
      expect.arrayContaining(['Patient', 'CarePlan', 'CareTeam', 'Consent', 'Observation']),
    );
    // Every interaction listed is a route the server has.
    const routes = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    for (const r of res.body.rest[0].resource as {
      type: string;
      interaction: { code: string }[];
    }[]) {
      for (const i of r.interaction) {
        const route =
          i.code === 'read'
            ? `GET /api/fhir/${r.type}/${r.type === 'Questionnaire' ? ':name' : ':id'}`
            : `GET /api/fhir/${r.type}`;
        expect(routes, route).toContain(route);
      }
    }
  });
});

describe('GET /api/fhir/Patient/:id', () => {
  it('serves a visible person as a valid Patient and logs the read like the REST API', async () => {
    const person = await registerPerson(users.erik, { givenName: 'Åsa', familyName: 'Ekström' });
    const res = await users.erik.get(`/api/fhir/Patient/${person.id}`);
    expect(res.status).toBe(200);
    expectValidR4(res.body);
    expect(res.body).toMatchObject({
      resourceType: 'Patient',
      id: person.id,
      identifier: [{ system: 'urn:oid:1.2.752.129.2.1.3.1', value: person.number }],
      name: [{ family: 'Ekström', given: ['Åsa'] }],
      gender: 'female',
    });
    const rows = await logRowsFor(t.db, person.id);
    expect(rows.filter((r) => r.action === 'person.read' && r.outcome === 'allowed')).toHaveLength(
      1,
    );
  });

  it('answers 404 OperationOutcome when not visible, and logs the refusal', async () => {
    const person = await registerPerson(users.erik);
    const res = await users.anna.get(`/api/fhir/Patient/${person.id}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expect(res.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'not-found' }],
    });
    expectValidR4(res.body);
    const rows = await logRowsFor(t.db, person.id);
    expect(rows).toContainEqual(
      expect.objectContaining({ action: 'person.read', outcome: 'denied' }),
    );
  });

  it('leaves out a protected identity’s name and marks it restricted', async () => {
    const person = await registerPerson(users.erik, { protectedIdentity: true });
    const res = await users.erik.get(`/api/fhir/Patient/${person.id}`);
    expect(res.status).toBe(200);
    expectValidR4(res.body);
    expect(res.body.name).toBeUndefined();
    expect(res.body.meta.security[0].code).toBe('R');
  });

  it('answers 401, 403 and 400 as OperationOutcomes', async () => {
    const person = await registerPerson(users.erik);
    const anonymous = await t.client().get(`/api/fhir/Patient/${person.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.resourceType).toBe('OperationOutcome');
    const admin = await users.admin.get(`/api/fhir/Patient/${person.id}`);
    expect(admin.status).toBe(403);
    expect(admin.body.issue[0].code).toBe('forbidden');
    const bad = await users.erik.get('/api/fhir/Patient/not-an-id');
    expect(bad.status).toBe(400);
    expectValidR4(bad.body);
    const unknown = await users.erik.get('/api/fhir/Unknown/1');
    expect(unknown.status).toBe(404);
    expect(unknown.body.resourceType).toBe('OperationOutcome');
  });
});

describe('GET /api/fhir/CarePlan?subject=', () => {
  it('is a searchset Bundle of the person’s visible SIPs as valid CarePlans', async () => {
    const sip = await municipalSip('active');
    const res = await users.erik.get(`/api/fhir/CarePlan?subject=Patient/${sip.personId}`);
    expect(res.status).toBe(200);
    expectValidR4(res.body);
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    expect(res.body.entry[0].resource).toMatchObject({
      resourceType: 'CarePlan',
      id: sip.sipId,
      status: 'active',
      intent: 'plan',
      subject: { reference: `Patient/${sip.personId}` },
    });
    expect(res.body.entry[0].fullUrl).toMatch(new RegExp(`/api/fhir/CarePlan/${sip.sipId}$`));
    // status search, and patient= as well as subject=
    const drafts = await users.erik.get(`/api/fhir/CarePlan?patient=${sip.personId}&status=draft`);
    expect(drafts.body.total).toBe(0);
    const rows = await logRowsFor(t.db, sip.personId);
    expect(rows).toContainEqual(
      expect.objectContaining({ action: 'sip.list', outcome: 'allowed' }),
    );
  });

  it('answers 404 for a person the caller may not see, and 400 without a subject', async () => {
    const person = await registerPerson(users.erik);
    const res = await users.anna.get(`/api/fhir/CarePlan?subject=Patient/${person.id}`);
    expect(res.status).toBe(404);
    expect(res.body.resourceType).toBe('OperationOutcome');
    const rows = await logRowsFor(t.db, person.id);
    expect(rows).toContainEqual(expect.objectContaining({ outcome: 'denied' }));
    const none = await users.erik.get('/api/fhir/CarePlan');
    expect(none.status).toBe(400);
    expect(none.body.issue[0].expression).toEqual(['subject']);
  });
});

describe('GET /api/fhir/CarePlan/:id and CareTeam/:id', () => {
  it('serves the SIP with its interventions, and its participants as the care team', async () => {
    const sip = await municipalSip('active');
    const plan = await users.erik.get(`/api/fhir/CarePlan/${sip.sipId}`);
    expect(plan.status).toBe(200);
    expectValidR4(plan.body);
    expect(plan.body.activity.map((a: any) => a.detail.description)).toEqual([
      'Abstinensbehandling i slutenvård',
      'Boendestöd',
    ]);
    const team = await users.erik.get(`/api/fhir/CareTeam/${sip.sipId}`);
    expect(team.status).toBe(200);
    expectValidR4(team.body);
    expect(team.body.participant.length).toBeGreaterThanOrEqual(3);
    // A SIP the region takes no part in (no consent names it) is not there for Anna.
    const unseen = await municipalSip('proposed');
    const res = await users.anna.get(`/api/fhir/CarePlan/${unseen.sipId}`);
    expect(res.status).toBe(404);
    expect(res.body.resourceType).toBe('OperationOutcome');
    expect((await users.anna.get(`/api/fhir/CareTeam/${unseen.sipId}`)).status).toBe(404);
  });
});

describe('GET /api/fhir/Consent and Observation', () => {
  it('serves consents and AUDIT/DUDIT totals (LOINC-coded) as valid resources, with searches', async () => {
    const person = await registerPerson(users.anna, { sex: 'male' });
    await recordConsent(users.anna, person.id, 'information-sharing', [ids.exempelby]);
    const consents = await users.anna.get(`/api/fhir/Consent?patient=Patient/${person.id}`);
    expect(consents.status).toBe(200);
    expectValidR4(consents.body);
    expect(consents.body.entry[0].resource).toMatchObject({
      resourceType: 'Consent',
      status: 'active',
      patient: { reference: `Patient/${person.id}` },
      provision: { actor: [{ reference: { reference: `Organization/${ids.exempelby}` } }] },
    });
    expect(
      (await users.anna.get(`/api/fhir/Consent?patient=${person.id}&status=inactive`)).body.total,
    ).toBe(0);

    for (const [instrument, answers] of [
      ['AUDIT', auditAnswers],
      ['DUDIT', duditAnswers],
    ] as const) {
      const s = await users.anna.post(`/api/persons/${person.id}/screenings`, {
        instrument,
        answers,
        performedAt: '2026-11-02',
      });
      expect(s.status).toBe(201);
    }
    const obs = await users.anna.get(`/api/fhir/Observation?subject=Patient/${person.id}`);
    expect(obs.status).toBe(200);
    expectValidR4(obs.body);
    expect(obs.body.total).toBe(2);
    const audit = await users.anna.get(
      `/api/fhir/Observation?subject=Patient/${person.id}&code=http://loinc.org|75624-7`,
    );
    expect(audit.body.entry.map((e: any) => e.resource.valueInteger)).toEqual([3]);
    expect(audit.body.entry[0].resource.code.coding[0]).toMatchObject({
      system: 'http://loinc.org',
      code: '75624-7',
    });
    const later = await users.anna.get(
      `/api/fhir/Observation?subject=${person.id}&date=gt2026-11-02`,
    );
    expect(later.body.total).toBe(0);
    const since = await users.anna.get(
      `/api/fhir/Observation?subject=${person.id}&date=ge2026-11-02`,
    );
    expect(since.body.total).toBe(2);

    // The QuestionnaireResponse the Observation is derived from, and the Questionnaires, are valid R4 too.
    const qr = await users.anna.get(
      `/api/fhir/${audit.body.entry[0].resource.derivedFrom[0].reference}`,
    );
    expect(qr.status).toBe(200);
    expectValidR4(qr.body);
    for (const name of ['audit', 'dudit']) {
      expectValidR4((await t.client().get(`/api/fhir/Questionnaire/${name}`)).body);
    }

    expect((await users.erik.get(`/api/fhir/Observation?subject=${person.id}`)).status).toBe(404);
    const actions = (await logRowsFor(t.db, person.id)).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining(['consent.list:allowed', 'screening.list:allowed']),
    );
  });
});
