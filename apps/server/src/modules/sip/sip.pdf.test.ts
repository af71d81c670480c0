import { describe, expect, it } from 'vitest';
import type { SipDetail } from '@vardflata/contracts';
import { renderPlanPdf } from './sip.pdf.ts';
import { pdfText } from './sip.fixtures.ts';

/**
 * The PDFs are read by pdf.js in the tests. The hand-made reader before it lost a page whose
 * compressed stream happened to end in a carriage return (one page in about 256, depending on
 * the page's text: the random identity number and today's date), which made
 * "the plan as PDF" fail now and then. This plan, with its fixed dates and number, is one such.
 */

const plan: SipDetail['plan'] = {
  problemAndNeeds: 'Alkoholberoende och bostadslöshet; behöver stöd med ekonomi och boende.',
  ownWords: 'Jag vill ha en egen lägenhet och träffa mina barn varje vecka.',
  goals: [
    { id: 'g1', text: 'Avgiftad och stabil', horizon: 'short' },
    { id: 'g2', text: 'Eget boende', horizon: 'long' },
  ],
  interventions: [
    {
      id: 'i1',
      description: 'Abstinensbehandling i slutenvård',
      principal: 'region',
      organisationId: 'o1',
      unitId: 'u1',
      responsible: { name: 'Anna Läkare' },
      goalIds: ['g1'],
    },
  ],
  measuresByOthers: [{ actor: 'Försäkringskassan', description: 'Utreder sjukpenning' }],
  measuresByOthersNone: false,
  overallResponsibility: 'municipality',
  coordinator: { staffId: '00000000-0000-4000-8000-000000000001', name: 'Sara Samordnare' },
  nextFollowUpOn: '2026-03-13',
};

function fixedDetail(personalIdentityNumber: string): SipDetail {
  return {
    person: { givenName: 'Siv', familyName: 'Planström', personalIdentityNumber },
    status: 'active',
    frozen: false,
    planVersion: 2,
    planSavedAt: '2026-02-01T10:00:00.000Z',
    planSavedBy: { name: 'Erik Socialsekreterare' },
    unit: { name: 'Socialtjänst Vuxen Exempelby' },
    organisation: { name: 'Exempelby kommun' },
    proposal: { on: '2026-02-01' },
    firstMeetingOn: '2026-02-01',
    activatedOn: '2026-02-01',
    timing: { proposalToFirstMeeting: { met: true, days: 0, waitingDays: null } },
    plan,
    participants: [],
    meetings: [],
    followUps: [],
    ending: null,
  } as unknown as SipDetail;
}

/** A number whose plan, with these dates, compresses to a stream ending in 0x0D. */
const NUMBER = '196302141137';

const names = new Map([
  ['o1', 'Region Exempel'],
  ['u1', 'Beroendecentrum'],
]);

describe('reading the plan as PDF', () => {
  it('reads every page whole, also one whose compressed stream ends in a carriage return', async () => {
    const pdf = await renderPlanPdf(fixedDetail(NUMBER), names, {
      by: 'Erik Socialsekreterare',
      on: '2026-02-01',
    });
    const text = await pdfText(pdf);
    expect(text).toContain('Samordnad individuell plan (SIP)');
    expect(text).toContain(`Personnummer: ${NUMBER}`);
    expect(text).toContain('omfattas av sekretess.');
  });
});
