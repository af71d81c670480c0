import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { recordConsent, registerPerson, useSipServer } from '../sip/sip.fixtures.ts';

/** Withdrawal-bed requests to Beroendecentrum (seed 004, api.md). */
const {
  t,
  ids,
  users: { erik, anna, maja, vera },
  municipalSip,
} = useSipServer({
  erik: 'erik.socsek',
  anna: 'anna.lakare',
  maja: 'maja.chef',
  vera: 'vera.vardcentral',
});

const ask = (client: typeof erik, personId: string, medicallyMotivated = true) =>
  client.post(`/api/persons/${personId}/withdrawal-requests`, {
    medicallyMotivated,
    reason: 'Svår abstinens, kan inte avgiftas i öppenvård.',
  });

/** A person of Erik's unit whose information-sharing consent names the region. */
async function consentedPerson() {
  const p = await registerPerson(erik);
  await recordConsent(erik, p.id, 'information-sharing', [ids.region]);
  return p;
}

describe('requesting a withdrawal bed', () => {
  it('needs a valid consent naming the centre’s organisation: 422 missing consent, logged', async () => {
    const p = await registerPerson(erik);
    // A consent naming someone else is not enough.
    await recordConsent(erik, p.id, 'information-sharing', [ids.norrby]);
    const refused = await ask(erik, p.id);
    expect(refused.status).toBe(422);
    expect(refused.body.missing).toEqual(['consent']);
    const rows = await logRowsFor(t.db, p.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'withdrawal-request.create',
      outcome: 'denied',
    });

    // A sip consent naming the region is enough.
    await recordConsent(erik, p.id, 'sip', [ids.region]);
    const made = await ask(erik, p.id);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      status: 'waiting',
      requestingOrganisationId: ids.exempelby,
      medicallyMotivated: true,
      partOfCoordinatedPlan: false,
    });
    const after = await logRowsFor(t.db, p.id);
    expect(after.at(-1)).toMatchObject({
      action: 'withdrawal-request.create',
      outcome: 'allowed',
      ground: 'care-relation',
    });
  });

  it('a revoked consent no longer carries a request', async () => {
    const p = await registerPerson(erik);
    const consentId = await recordConsent(erik, p.id, 'information-sharing', [ids.region]);
    expect((await erik.post(`/api/consents/${consentId}/revoke`, {})).status).toBe(200);
    expect((await ask(erik, p.id)).status).toBe(422);
  });

  it('is 404 for a person the caller cannot see, and 400 naming a missing reason', async () => {
    const p = await registerPerson(vera);
    expect((await ask(erik, p.id)).status).toBe(404);
    const bad = await erik.post(`/api/persons/${p.id}/withdrawal-requests`, {
      medicallyMotivated: 'yes',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'medicallyMotivated',
      'reason',
    ]);
  });
});

describe('the centre’s queue', () => {
  it('is only for the bed-holding unit: other units 403', async () => {
    expect((await erik.get('/api/withdrawal-requests')).status).toBe(403);
    expect((await vera.get('/api/withdrawal-requests')).status).toBe(403);
    expect((await anna.get('/api/withdrawal-requests')).status).toBe(200);
    expect((await maja.get('/api/withdrawal-requests')).status).toBe(200);
  });

  it('puts social services + medically motivated + active SIP before an older request (seed 004)', async () => {
    const older = await consentedPerson();
    const olderReq = await ask(erik, older.id, true);
    const notMotivated = await municipalSip('active');
    const notMotivatedReq = await ask(erik, notMotivated.personId, false);
    const planned = await municipalSip('active');
    const plannedReq = await ask(erik, planned.personId, true);
    expect(plannedReq.body.partOfCoordinatedPlan).toBe(true);

    const queue = await anna.get('/api/withdrawal-requests');
    expect(queue.status).toBe(200);
    const mine = [olderReq.body.id, notMotivatedReq.body.id, plannedReq.body.id];
    const order = (queue.body.items as { id: string }[])
      .map((i) => i.id)
      .filter((id) => mine.includes(id));
    expect(order).toEqual([plannedReq.body.id, olderReq.body.id, notMotivatedReq.body.id]);
    const first = queue.body.items.find((i: { id: string }) => i.id === plannedReq.body.id);
    expect(first).toMatchObject({
      status: 'waiting',
      personId: planned.personId,
      requestingOrganisationId: ids.exempelby,
      medicallyMotivated: true,
      partOfCoordinatedPlan: true,
      prioritised: true,
    });
    // Each person shown is a logged read on the consent.
    const rows = await logRowsFor(t.db, planned.personId);
    expect(rows.at(-1)).toMatchObject({
      action: 'withdrawal-request.list',
      ground: 'consent',
      user_id: ids.user('anna.lakare'),
    });

    // Medical urgency goes first: the centre triages the older one as acute.
    expect(
      (await anna.post(`/api/withdrawal-requests/${olderReq.body.id}/triage`, { urgency: 'acute' }))
        .status,
    ).toBe(200);
    const again = await anna.get('/api/withdrawal-requests');
    expect(
      (again.body.items as { id: string }[]).map((i) => i.id).filter((id) => mine.includes(id)),
    ).toEqual([olderReq.body.id, plannedReq.body.id, notMotivatedReq.body.id]);
  });

  it('shows each waiting request on the centre’s worklist, not on the requester’s', async () => {
    const p = await consentedPerson();
    const req = await ask(erik, p.id);
    const list = await anna.get('/api/worklist');
    expect(list.status).toBe(200);
    const item = list.body.handOvers.find((i: { recordId: string }) => i.recordId === req.body.id);
    expect(item).toMatchObject({ kind: 'withdrawal-request-waiting', personId: p.id });
    expect(item.text).toContain('Socialtjänst Vuxen Exempelby');
    const rows = await logRowsFor(t.db, p.id);
    expect(rows.at(-1)).toMatchObject({ action: 'withdrawal-request.worklist' });
    const theirs = await erik.get('/api/worklist');
    expect(
      theirs.body.handOvers.filter(
        (i: { kind: string }) => i.kind === 'withdrawal-request-waiting',
      ),
    ).toEqual([]);
  });
});

describe('admission, bed board and discharge', () => {
  it('admits to a bed (opening the centre’s care relation) and discharges with an aftercare SIP', async () => {
    const p = await consentedPerson();
    const req = await ask(erik, p.id);
    const id = req.body.id as string;
    // Only the centre acts on it.
    expect((await erik.post(`/api/withdrawal-requests/${id}/admit`, {})).status).toBe(403);
    expect((await maja.post(`/api/withdrawal-requests/${id}/admit`, {})).status).toBe(403);
    // Discharge before admission is a conflict.
    expect(
      (await anna.post(`/api/withdrawal-requests/${id}/discharge`, { personTookPart: true }))
        .status,
    ).toBe(409);

    const board = await anna.get('/api/bed-board');
    expect(board.status).toBe(200);
    const before = board.body.units[0];
    expect(before).toMatchObject({ unitName: 'Beroendecentrum', beds: 8 });

    const admitted = await anna.post(`/api/withdrawal-requests/${id}/admit`, {});
    expect(admitted.status).toBe(200);
    expect(admitted.body.status).toBe('admitted');
    const boardAfter = (await anna.get('/api/bed-board')).body.units[0];
    expect(boardAfter.occupied).toBe(before.occupied + 1);
    expect(boardAfter.free).toBe(before.free - 1);
    expect(boardAfter.admitted.map((r: { id: string }) => r.id)).toContain(id);
    // The centre now sees the person on its own care relation.
    expect((await anna.get(`/api/persons/${p.id}`)).status).toBe(200);
    // Admitted, no longer in the queue.
    const queue = await anna.get('/api/withdrawal-requests');
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(id);

    const discharged = await anna.post(`/api/withdrawal-requests/${id}/discharge`, {
      personTookPart: true,
      userOrganisationRepresentative: 'RFHL Exempelby',
      note: 'Eftervård i öppenvård och boendestöd.',
    });
    expect(discharged.status).toBe(200);
    expect(discharged.body).toMatchObject({
      status: 'discharged',
      aftercare: { personTookPart: true, userOrganisationRepresentative: 'RFHL Exempelby' },
    });
    // No SIP existed: the centre proposed one for the aftercare.
    const sipId = discharged.body.aftercare.sipId as string;
    const sip = await anna.get(`/api/sips/${sipId}`);
    expect(sip.status).toBe(200);
    expect(sip.body).toMatchObject({ personId: p.id, status: 'proposed' });

    const actions = (await logRowsFor(t.db, p.id)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'withdrawal-request.create',
        'withdrawal-request.admit',
        'sip.propose',
        'withdrawal-request.discharge',
      ]),
    );
    // The requester follows the request on the person.
    const own = await erik.get(`/api/persons/${p.id}/withdrawal-requests`);
    expect(own.body.items[0]).toMatchObject({ id, status: 'discharged' });
  });

  it('links the person’s existing SIP at discharge and refuses a SIP of someone else', async () => {
    const s = await municipalSip('active');
    const req = await ask(erik, s.personId);
    const id = req.body.id as string;
    await anna.post(`/api/withdrawal-requests/${id}/admit`, {});
    const other = await municipalSip('active');
    const wrong = await anna.post(`/api/withdrawal-requests/${id}/discharge`, {
      personTookPart: true,
      sipId: other.sipId,
    });
    expect(wrong.status).toBe(400);
    const ok = await anna.post(`/api/withdrawal-requests/${id}/discharge`, {
      personTookPart: false,
      sipId: s.sipId,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.aftercare.sipId).toBe(s.sipId);
  });

  it('refuses admission when every bed is taken: 422 missing free-bed', async () => {
    const board = (await anna.get('/api/bed-board')).body.units[0];
    await t.db
      .updateTable('bed_unit')
      .set({ beds: board.occupied })
      .where('unit_id', '=', ids.beroendecentrum)
      .execute();
    try {
      const p = await consentedPerson();
      const req = await ask(erik, p.id);
      const res = await anna.post(`/api/withdrawal-requests/${req.body.id}/admit`, {});
      expect(res.status).toBe(422);
      expect(res.body.missing).toEqual(['free-bed']);
    } finally {
      await t.db
        .updateTable('bed_unit')
        .set({ beds: board.beds })
        .where('unit_id', '=', ids.beroendecentrum)
        .execute();
    }
  });
});
