import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import {
  completePlan,
  dateIn,
  meeting,
  put,
  recordConsent,
  sipAt,
  useSipServer,
} from './sip.fixtures.ts';

// nils: a second region account at another unit, to check a unit participant covers only its own.
const {
  t,
  ids,
  users: { erik, anna, nils },
  municipalSip,
} = useSipServer({ erik: 'erik.socsek', anna: 'anna.lakare', nils: 'vera.vardcentral' });

describe('revoking the SIP consent', () => {
  it('stops the other principal’s access on the very next request and freezes the plan', async () => {
    const s = await municipalSip('active');
    const urls = [
      `/api/sips/${s.sipId}`,
      `/api/sips/${s.sipId}/versions`,
      `/api/sips/${s.sipId}/versions/2/diff`,
      `/api/sips/${s.sipId}/history`,
      `/api/sips/${s.sipId}/own-view`,
      `/api/sips/${s.sipId}/plan.pdf`,
    ];
    for (const url of urls) expect((await anna.get(url)).status, url).toBe(200);
    expect((await nils.get(`/api/sips/${s.sipId}`)).status).toBe(404); // another unit, not invited

    const revoked = await erik.post(`/api/consents/${s.consentId}/revoke`, {
      reason: 'Vill inte längre.',
    });
    expect(revoked.status).toBe(200);

    // The next request of the region's participant: 404, like a SIP that does not exist.
    for (const url of urls) {
      const res = await anna.get(url);
      expect(res.status, url).toBe(404);
      expect(res.body).toMatchObject({ detail: 'No such resource.' });
    }
    const v = 2;
    expect(
      (await put(anna, `/api/sips/${s.sipId}/plan`, { basedOnVersion: v, plan: completePlan(ids) }))
        .status,
    ).toBe(404);
    expect((await anna.get('/api/sips?scope=mine')).body.items.map((x: any) => x.id)).not.toContain(
      s.sipId,
    );

    // The owner still sees it, frozen: only closing is possible.
    const owner = await erik.get(`/api/sips/${s.sipId}`);
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({
      status: 'active',
      frozen: true,
      allowedEvents: ['close'],
      consent: { sip: false, sipValidUntil: null },
      timing: { followUp: { state: 'not-applicable' } },
    });
    expect(owner.body.consent.frozenSince).toBe(revoked.body.revokedAt);
    expect(
      owner.body.participants.find((p: any) => p.unitId === ids.beroendecentrum).mayTakePart,
    ).toBe(false);

    const plan = await put(erik, `/api/sips/${s.sipId}/plan`, {
      basedOnVersion: v,
      plan: { ...completePlan(ids), ownWords: 'Ny' },
    });
    expect(plan.status).toBe(409);
    expect(plan.body.reason).toBe('frozen');
    const followUp = await erik.post(`/api/sips/${s.sipId}/follow-ups`, {
      heldOn: dateIn(0),
      planVersion: v,
      goals: [],
      interventions: [],
      decision: 'continue',
      nextFollowUpOn: dateIn(9),
    });
    expect(followUp.status).toBe(409);
    expect(
      (await erik.post(`/api/sips/${s.sipId}/invitation`, { meeting: meeting(), participants: [] }))
        .body.reason,
    ).toBe('frozen');
    expect((await erik.get(`/api/sips/${s.sipId}/history`)).body.items.at(-1)).toMatchObject({
      type: 'consent-revoked',
    });

    // The region's notifications keep the reminder but no longer say who it is about.
    const notes = (await anna.get('/api/notifications')).body.items.filter(
      (n: any) => n.sipId === s.sipId,
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n: any) => n.person === null)).toBe(true);

    // A new consent: the plan resumes exactly where it stood, shared again.
    await recordConsent(erik, s.personId, 'sip', [ids.region]);
    const resumed = await erik.get(`/api/sips/${s.sipId}`);
    expect(resumed.body).toMatchObject({
      status: 'active',
      frozen: false,
      consent: { sip: true, frozenSince: null },
    });
    expect((await anna.get(`/api/sips/${s.sipId}`)).status).toBe(200);

    const rows = await logRowsFor(t.db, s.personId);
    const annas = rows
      .filter((r) => r.user_id === ids.user('anna.lakare'))
      .map((r) => `${r.action}:${r.ground}:${r.outcome}`);
    expect(annas.slice(0, 6)).toEqual([
      'sip.read:sip:allowed',
      'sip.versions:sip:allowed',
      'sip.diff:sip:allowed',
      'sip.history:sip:allowed',
      'sip.own-view:sip:allowed',
      'sip.plan-pdf:sip:allowed',
    ]);
    expect(annas.slice(6, 13)).toEqual([
      'sip.read:none:denied',
      'sip.versions:none:denied',
      'sip.diff:none:denied',
      'sip.history:none:denied',
      'sip.own-view:none:denied',
      'sip.plan-pdf:none:denied',
      'sip.plan.update:none:denied',
    ]);
  });

  it('freezes an invited SIP (ending is still possible), and an expired consent freezes too', async () => {
    const s = await municipalSip('invited');
    await erik.post(`/api/consents/${s.consentId}/revoke`, {});
    const frozen = await erik.get(`/api/sips/${s.sipId}`);
    expect(frozen.body).toMatchObject({
      status: 'invited',
      frozen: true,
      allowedEvents: ['refuse', 'withdraw'],
    });
    const unit = frozen.body.participants.find(
      (p: any) => p.kind === 'unit' && p.unitId === ids.socExempelby,
    );
    expect(
      (
        await erik.post(`/api/sips/${s.sipId}/participants/${unit.id}/response`, {
          response: 'accepted',
        })
      ).body.reason,
    ).toBe('frozen');
    expect((await erik.post(`/api/sips/${s.sipId}/meetings`, {})).body.reason).toBe('frozen');
    const withdrawn = await erik.post(`/api/sips/${s.sipId}/withdraw`, {
      reason: 'Samtycket återkallat.',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.frozen).toBe(false); // an ended SIP is not frozen, just ended

    const expiring = await municipalSip('active');
    expect((await anna.get(`/api/sips/${expiring.sipId}`)).status).toBe(200);
    // Taken once: a midnight between the update and the check must not change the expectation.
    const yesterday = dateIn(-1);
    await t.db
      .updateTable('consent')
      .set({ valid_from: '2020-01-01', valid_until: yesterday })
      .where('id', '=', expiring.consentId)
      .execute();
    expect((await anna.get(`/api/sips/${expiring.sipId}`)).status).toBe(404);
    const owner = await erik.get(`/api/sips/${expiring.sipId}`);
    expect(owner.body.frozen).toBe(true);
    expect(owner.body.consent.frozenSince).toBe(`${yesterday}T23:59:59.999Z`);
  });

  it('is the same for a SIP owned by the region: the municipality loses it at once', async () => {
    const s = await sipAt(t, ids, anna, 'active', {
      otherOrganisation: ids.exempelby,
      otherUnit: ids.socExempelby,
      ownerUnit: ids.beroendecentrum,
    });
    const sara = await t.signIn('sara.samordnare');
    expect((await sara.get(`/api/sips/${s.sipId}`)).status).toBe(200);
    expect((await erik.get(`/api/sips/${s.sipId}`)).body.ground).toBe('sip');
    await anna.post(`/api/consents/${s.consentId}/revoke`, {});
    expect((await sara.get(`/api/sips/${s.sipId}`)).status).toBe(404);
    expect((await erik.get(`/api/sips/${s.sipId}`)).status).toBe(404);
    expect((await anna.get(`/api/sips/${s.sipId}`)).body.frozen).toBe(true);
  });
});

describe('relatives', () => {
  it('take part only under the relatives’ consent and while the person does not object', async () => {
    const s = await municipalSip('consented');
    const invitation = (name: string) => ({
      meeting: meeting(),
      participants: [{ kind: 'person' }, { kind: 'relative', name, role: 'Syster' }],
    });
    const noConsent = await erik.post(
      `/api/sips/${s.sipId}/invitation`,
      invitation('Eva Planström'),
    );
    expect(noConsent.status).toBe(422);
    expect(noConsent.body).toMatchObject({
      reason: 'participants-refused',
      errors: [
        {
          path: 'participants[1]',
          message: 'relatives take part only under a valid relatives-participation consent',
        },
      ],
    });
    expect((await erik.get(`/api/sips/${s.sipId}`)).body).toMatchObject({
      status: 'proposed',
      participants: [],
    });

    const relativesConsent = await recordConsent(erik, s.personId, 'relatives-participation', [
      ids.exempelby,
    ]);
    const invited = await erik.post(`/api/sips/${s.sipId}/invitation`, invitation('Eva Planström'));
    expect(invited.status).toBe(200);
    expect(invited.body.consent).toMatchObject({
      relativesParticipation: true,
      personObjectsToRelatives: false,
      relativesMayTakePart: true,
    });
    expect(invited.body.participants.find((p: any) => p.kind === 'relative')).toMatchObject({
      name: 'Eva Planström',
      role: 'Syster',
      mayTakePart: true,
    });

    // The person objects: relatives are taken off at once and cannot be invited again.
    const objects = await erik.post(`/api/sips/${s.sipId}/relatives-objection`, { objects: true });
    expect(objects.status).toBe(200);
    expect(objects.body.participants.map((p: any) => p.kind)).toEqual(['person']);
    expect(objects.body.consent.relativesMayTakePart).toBe(false);
    const again = await erik.post(`/api/sips/${s.sipId}/invitation`, invitation('Eva Planström'));
    expect(again.body.errors).toEqual([
      { path: 'participants[1]', message: 'the person does not want relatives to take part' },
    ]);

    // Withdrawn objection, then the relatives' consent revoked: shown as no longer taking part.
    await erik.post(`/api/sips/${s.sipId}/relatives-objection`, { objects: false });
    expect(
      (await erik.post(`/api/sips/${s.sipId}/invitation`, invitation('Eva Planström'))).status,
    ).toBe(200);
    await erik.post(`/api/consents/${relativesConsent}/revoke`, {});
    const after = await erik.get(`/api/sips/${s.sipId}`);
    expect(after.body.consent.relativesMayTakePart).toBe(false);
    expect(after.body.participants.find((p: any) => p.kind === 'relative').mayTakePart).toBe(false);
    const history = (await erik.get(`/api/sips/${s.sipId}/history`)).body.items.map(
      (i: any) => i.type,
    );
    expect(history.filter((x: string) => x === 'relatives-objection')).toHaveLength(2);
  });
});
