import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { recordConsent, registerPerson, useSipServer } from '../sip/sip.fixtures.ts';
import { expectValidR4 } from './fhir.validate.ts';

/**
 * The care chains' hand-overs as FHIR R4 Tasks (decision 0019-g): read by id and found by the
 * person's Task search, only on the unit they wait on, logged as GET /api/worklist logs them —
 * and only those served.
 */
const { t, ids, users } = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
  olle: 'olle.analytiker',
});

const actions = async (personId: string) =>
  (await logRowsFor(t.db, personId)).map((r) => `${r.action}:${r.outcome}`);

/** A LOB intake at Beroendecentrum (Anna's unit), brought in on 2026-03-07 (Swedish time). */
async function lobIntake() {
  const person = await registerPerson(users.anna);
  const res = await users.anna.post(`/api/persons/${person.id}/lob-intakes`, {
    broughtInAt: '2026-03-07T01:40:00Z',
    broughtBy: 'police',
    note: 'Omhändertagen av polisen enligt LOB.',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { personId: person.id, intakeId: res.body.id as string };
}

describe('GET /api/fhir/Task/worklist-<hand-over>-<id>', () => {
  it('serves a waiting withdrawal-bed request as a valid Task at the bed unit, logged', async () => {
    const person = await registerPerson(users.erik);
    await recordConsent(users.erik, person.id, 'information-sharing', [ids.region]);
    const asked = await users.erik.post(`/api/persons/${person.id}/withdrawal-requests`, {
      medicallyMotivated: true,
      reason: 'Svår abstinens, kan inte avgiftas i öppenvård.',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const id = `worklist-withdrawal-${asked.body.id}`;

    const res = await users.anna.get(`/api/fhir/Task/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expectValidR4(res.body);
    expect(res.body).toMatchObject({
      resourceType: 'Task',
      id,
      status: 'ready',
      intent: 'plan',
      code: { coding: [{ code: 'withdrawal-request-waiting' }] },
      for: { reference: `Patient/${person.id}` },
      owner: {
        reference: `Organization/${ids.region}`,
        display: 'Beroendecentrum, Region Exempel',
      },
    });
    expect(res.body.description).toContain('Socialtjänst Vuxen Exempelby');
    // Its day is when the wait began, not a deadline.
    expect(res.body.authoredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.restriction).toBeUndefined();
    expect(await actions(person.id)).toContain('withdrawal-request.worklist:allowed');

    // The requesting unit is not where it waits: 404, and the refusal names the person.
    const elsewhere = await users.erik.get(`/api/fhir/Task/${id}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toMatchObject({ resourceType: 'OperationOutcome' });
    expectValidR4(elsewhere.body);
    expect(await actions(person.id)).toContain('request.refused:denied');
    // A role that reads no worklist is refused as GET /api/worklist refuses it.
    expect((await users.olle.get(`/api/fhir/Task/${id}`)).status).toBe(403);
  });

  it('a LOB intake is a Task at the sobering unit, then, handed over, at the receiving unit', async () => {
    const { personId, intakeId } = await lobIntake();
    const open = await users.anna.get(`/api/fhir/Task/worklist-lob-intake-${intakeId}`);
    expect(open.status).toBe(200);
    expectValidR4(open.body);
    expect(open.body).toMatchObject({
      code: { coding: [{ code: 'lob-intake-open' }], text: 'Tillnyktring enligt LOB pågår' },
      authoredOn: '2026-03-07',
      for: { reference: `Patient/${personId}` },
    });
    expect(await actions(personId)).toContain('lob-intake.worklist:allowed');

    await recordConsent(users.anna, personId, 'information-sharing', [ids.exempelby]);
    const handed = await users.anna.post(`/api/lob-intakes/${intakeId}/hand-over`, {
      to: 'social-services',
      toUnitId: ids.socExempelby,
      handedOverAt: '2026-03-07T06:00:00Z',
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    // No longer sobering at Beroendecentrum: that Task is gone; the receiving unit's is there.
    expect((await users.anna.get(`/api/fhir/Task/worklist-lob-intake-${intakeId}`)).status).toBe(
      404,
    );
    const toReceive = await users.erik.get(`/api/fhir/Task/worklist-lob-handover-${intakeId}`);
    expect(toReceive.status).toBe(200);
    expectValidR4(toReceive.body);
    expect(toReceive.body).toMatchObject({
      code: { coding: [{ code: 'lob-handover-to-receive' }] },
      owner: { display: 'Socialtjänst Vuxen Exempelby, Exempelby kommun' },
      authoredOn: '2026-03-07',
    });
  });

  it('a booked contact whose day has passed is a Task at the unit that booked it, until its outcome is in', async () => {
    const person = await registerPerson(users.erik);
    const booked = await users.erik.post(`/api/persons/${person.id}/contacts`, {
      date: '2026-03-10',
      kind: 'home-visit',
      status: 'booked',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const id = `worklist-contact-outcome-${booked.body.id}`;

    const res = await users.erik.get(`/api/fhir/Task/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectValidR4(res.body);
    expect(res.body).toMatchObject({
      id,
      status: 'ready',
      code: {
        coding: [{ code: 'contact-outcome-missing' }],
        text: 'Registrera besökets eller kontaktens utfall',
      },
      for: { reference: `Patient/${person.id}` },
      owner: {
        reference: `Organization/${ids.exempelby}`,
        display: 'Socialtjänst Vuxen Exempelby, Exempelby kommun',
      },
      // Its day is the contact's, when the wait for the outcome began.
      authoredOn: '2026-03-10',
    });
    expect(res.body.description).toContain('(hembesök)');
    expect(res.body.restriction).toBeUndefined();
    expect(await actions(person.id)).toContain('contact.worklist:allowed');
    const search = await users.erik.get(`/api/fhir/Task?patient=Patient/${person.id}`);
    expect(search.body.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(id);

    // Another unit, which does not see the person: 404, and the refusal names the person.
    expect((await users.anna.get(`/api/fhir/Task/${id}`)).status).toBe(404);
    expect(await actions(person.id)).toContain('request.refused:denied');
    // The outcome recorded, the Task is gone.
    const held = await users.erik.request('PATCH', `/api/contacts/${booked.body.id}`, {
      status: 'held',
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect((await users.erik.get(`/api/fhir/Task/${id}`)).status).toBe(404);
  });
});

describe('GET /api/fhir/Task?patient= with hand-overs', () => {
  it('finds the person’s hand-over, logs only the persons served, and no date= matches it', async () => {
    const mine = await lobIntake();
    const other = await lobIntake();
    const before = (await actions(other.personId)).length;

    const res = await users.anna.get(`/api/fhir/Task?patient=Patient/${mine.personId}`);
    expect(res.status).toBe(200);
    expectValidR4(res.body);
    const served = res.body.entry.map((e: { resource: { id: string } }) => e.resource.id);
    expect(served).toContain(`worklist-lob-intake-${mine.intakeId}`);
    expect(served).not.toContain(`worklist-lob-intake-${other.intakeId}`);
    expect(await actions(mine.personId)).toContain('lob-intake.worklist:allowed');
    // The other person on the same unit's list was not served, so not logged.
    expect((await actions(other.personId)).length).toBe(before);

    const found = async (query: string) =>
      (await users.anna.get(`/api/fhir/Task?patient=${mine.personId}&${query}`)).body.entry.map(
        (e: { resource: { id: string } }) => e.resource.id,
      );
    expect(await found('status=ready')).toContain(`worklist-lob-intake-${mine.intakeId}`);
    // date= is the due day; a hand-over has none.
    expect(await found('date=ge2000-01-01')).not.toContain(`worklist-lob-intake-${mine.intakeId}`);
  });
});
