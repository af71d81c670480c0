import { describe, expect, it } from 'vitest';
import { logRowsFor } from '../../test/harness.ts';
import { personHasActiveSipCovering } from './use-cases/person-has-active-sip-covering.ts';
import {
  completePlan,
  dateIn,
  getRaw,
  put,
  recordConsent,
  savePlan,
  pdfText,
  useSipServer,
} from './sip.fixtures.ts';

const {
  t,
  ids,
  users: { erik, anna },
  municipalSip,
} = useSipServer({ erik: 'erik.socsek', anna: 'anna.lakare' });

describe('the plan as PDF', () => {
  it('is a PDF in Swedish with every item the law asks for, for owner and participant alike', async () => {
    const s = await municipalSip('active');
    for (const client of [erik, anna]) {
      const res = await getRaw(t, client, `/api/sips/${s.sipId}/plan.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(res.bytes);
      for (const expected of [
        'Samordnad individuell plan (SIP)',
        'Siv Planström',
        s.number,
        'Alkoholberoende och bostadslöshet',
        'Jag vill ha en egen lägenhet och träffa mina barn varje vecka.',
        'Avgiftad och stabil',
        'Abstinensbehandling i slutenvård',
        'Beroendecentrum, Region Exempel',
        'Anna Läkare',
        'Försäkringskassan: Utreder sjukpenning',
        'Övergripande ansvar',
        'Kommunen (socialtjänst)',
        'Sara Samordnare',
        'Nästa uppföljning',
      ]) {
        expect(text, expected).toContain(expected);
      }
    }
    const rows = await logRowsFor(t.db, s.personId);
    expect(rows.filter((r) => r.action === 'sip.plan-pdf').map((r) => r.ground)).toEqual([
      'care-relation',
      'sip',
    ]);
  });

  it('gives the person their own view in plain language, as PDF and as data for a page', async () => {
    const s = await municipalSip('active');
    const view = await erik.get(`/api/sips/${s.sipId}/own-view`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      sipId: s.sipId,
      title: 'Din plan – samordnad individuell plan (SIP)',
      intro: 'Hej Siv! Här står det ni har kommit överens om i din plan.',
    });
    const headings = view.body.sections.map((x: any) => x.heading);
    expect(headings).toEqual([
      'Det här har du sagt',
      'Det här behöver du hjälp med',
      'Det här vill vi nå snart',
      'Det här vill vi nå på längre sikt',
      'Vem gör vad',
      'Andra som hjälper dig',
      'Vem du kan fråga',
      'Nästa gång vi ses',
      'Om din plan',
    ]);
    expect(view.body.sections[4].items).toEqual([
      'Abstinensbehandling i slutenvård – Beroendecentrum, Region Exempel. Du kan fråga Anna Läkare.',
      'Boendestöd – Socialtjänst Vuxen Exempelby, Exempelby kommun. Du kan fråga Erik Socialsekreterare.',
    ]);
    const pdf = await getRaw(t, erik, `/api/sips/${s.sipId}/plan.pdf?audience=person`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toContain('min-plan.pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Hej Siv!');
    expect(text).toContain('Jag vill ha en egen lägenhet');
    expect(text).toContain('Sara Samordnare håller ihop din plan');
    expect((await logRowsFor(t.db, s.personId)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['sip.own-view', 'sip.own-view-pdf']),
    );
  });

  it('writes the invitation letter for the scheduled meeting, in plain Swedish', async () => {
    const s = await municipalSip('consented');
    expect((await getRaw(t, erik, `/api/sips/${s.sipId}/invitation-letter.pdf`)).status).toBe(409);
    await recordConsent(erik, s.personId, 'relatives-participation', [ids.exempelby]);
    await savePlan(erik, s.sipId, completePlan(ids));
    const invited = await erik.post(`/api/sips/${s.sipId}/invitation`, {
      meeting: {
        startsAt: '2099-05-12T08:00:00.000Z',
        place: 'Storgatan 1, Exempelby',
        durationMinutes: 60,
      },
      participants: [
        { kind: 'person' },
        { kind: 'unit', unitId: ids.beroendecentrum },
        { kind: 'relative', name: 'Eva Planström', role: 'syster' },
      ],
      message: 'Ta gärna med dina frågor.',
    });
    expect(invited.status).toBe(200);
    const res = await getRaw(t, erik, `/api/sips/${s.sipId}/invitation-letter.pdf`);
    expect(res.status).toBe(200);
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(res.bytes);
    for (const expected of [
      'Kallelse till möte om din plan (SIP)',
      'Hej Siv Planström!',
      'tisdag 12 maj 2099 kl. 10:00',
      'Storgatan 1, Exempelby',
      '60 minuter',
      'Ta gärna med dina frågor.',
      'Beroendecentrum',
      'Eva Planström (syster)',
      'Du får ta med en närstående om du vill.',
      'Kontakta Sara Samordnare, Socialtjänst Vuxen Exempelby, Exempelby kommun.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The person objects to relatives: the letter no longer offers to bring one.
    await erik.post(`/api/sips/${s.sipId}/relatives-objection`, { objects: true });
    const after = await pdfText(
      (await getRaw(t, erik, `/api/sips/${s.sipId}/invitation-letter.pdf`)).bytes,
    );
    expect(after).not.toContain('närstående');
    expect(after).not.toContain('Eva Planström');
  });

  it('hides a protected identity from those not authorised to see it', async () => {
    const s = await municipalSip('active');
    await t.db
      .updateTable('person')
      .set({ protected_identity: true })
      .where('id', '=', s.personId)
      .execute();
    const detail = await anna.get(`/api/sips/${s.sipId}`);
    expect(detail.body.person).toMatchObject({
      givenName: null,
      familyName: null,
      protectedIdentity: true,
    });
    expect(detail.body.participants.find((p: any) => p.kind === 'person').name).toBe(
      'Den enskilde',
    );
    const text = await pdfText((await getRaw(t, anna, `/api/sips/${s.sipId}/plan.pdf`)).bytes);
    expect(text).toContain('Skyddad identitet');
    expect(text).not.toContain('Planström');
  });
});

describe('the SIP gate for other modules', () => {
  it('answers whether the person has an active SIP covering an intervention', async () => {
    const s = await municipalSip('complete');
    const gate = (covers: string) =>
      erik.get(`/api/persons/${s.personId}/sip-gate?covers=${covers}`);
    expect((await gate('hvb-placement')).body).toEqual({
      covers: 'hvb-placement',
      covered: false,
      sipId: null,
    });
    expect((await erik.post(`/api/sips/${s.sipId}/activate`)).status).toBe(200);
    expect((await gate('hvb-placement')).body).toEqual({
      covers: 'hvb-placement',
      covered: true,
      sipId: s.sipId,
    });
    expect((await gate('withdrawal-inpatient')).body.covered).toBe(true);
    expect((await gate('medication-dependence-handover')).body.covered).toBe(false);

    // An intervention that ended no longer covers; a frozen SIP covers nothing.
    const plan = (await erik.get(`/api/sips/${s.sipId}`)).body;
    const ended = structuredClone(plan.plan);
    ended.interventions[1].startOn = dateIn(-30);
    ended.interventions[1].endOn = dateIn(-1);
    expect(
      (
        await put(erik, `/api/sips/${s.sipId}/plan`, {
          basedOnVersion: plan.planVersion,
          plan: ended,
        })
      ).status,
    ).toBe(200);
    expect((await gate('hvb-placement')).body.covered).toBe(false);
    await erik.post(`/api/consents/${s.consentId}/revoke`, {});
    expect((await gate('withdrawal-inpatient')).body.covered).toBe(false);

    // The server function other modules call, inside their own transaction.
    const caller = {
      staffId: ids.user('erik.socsek'),
      unitId: ids.socExempelby,
      organisationId: ids.exempelby,
    } as any;
    expect(
      await personHasActiveSipCovering(t.db, caller, s.personId, 'withdrawal-inpatient'),
    ).toEqual({ covered: false, sipId: null });
    expect((await anna.get(`/api/persons/${s.personId}/sip-gate?covers=x`)).status).toBe(404);
    expect(
      (await logRowsFor(t.db, s.personId))
        .filter((r) => r.action === 'sip.gate')
        .map((r) => r.outcome),
    ).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'denied']);
  });
});
