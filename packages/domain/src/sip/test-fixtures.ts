// Shared test data (not exported from index.ts). Invented people and units.
import type { Sip, SipPlan, SipStatus } from './types.ts';

export const TODAY = '2026-03-10';

export function completePlan(): SipPlan {
  return {
    problemAndNeeds: 'Alkoholberoende, bostadslös sedan hösten, behöver stöd med ekonomi.',
    ownWords: 'Jag vill ha en egen lägenhet och träffa mina barn.',
    goals: [
      { id: 'g1', text: 'Avgiftad och stabil i LARO', horizon: 'short' },
      { id: 'g2', text: 'Eget boende', horizon: 'long' },
    ],
    interventions: [
      {
        id: 'i1',
        description: 'Abstinensbehandling i slutenvård',
        principal: 'region',
        organisationId: 'org-region',
        unitId: 'unit-beroendecentrum',
        responsible: { staffId: 'anna', name: 'Anna Läkare' },
        goalIds: ['g1'],
        kind: 'withdrawal-inpatient',
      },
      {
        id: 'i2',
        description: 'Boendestöd',
        principal: 'municipality',
        organisationId: 'org-exempelby',
        unitId: 'unit-soc-vuxen',
        responsible: { staffId: 'erik', name: 'Erik Socsek' },
        goalIds: ['g2'],
        tags: ['housing'],
      },
    ],
    measuresByOthers: [{ actor: 'Försäkringskassan', description: 'Utreder sjukpenning' }],
    measuresByOthersNone: false,
    overallResponsibility: 'municipality',
    coordinator: { staffId: 'sara', name: 'Sara Samordnare' },
    nextFollowUpOn: '2026-06-01',
  };
}

export function sipIn(status: SipStatus, overrides: Partial<Sip> = {}): Sip {
  return {
    id: 'sip-1',
    personId: 'person-1',
    status,
    frozen: false,
    proposal: {
      on: '2026-02-01',
      source: {
        kind: 'staff',
        principal: 'municipality',
        organisationId: 'org-exempelby',
        unitId: 'unit-soc-vuxen',
        staffId: 'erik',
      },
      recordedBy: { staffId: 'erik', name: 'Erik Socsek' },
    },
    firstMeetingOn: null,
    activatedOn: null,
    planVersion: 3,
    plan: completePlan(),
    participants: [],
    ending: null,
    ...overrides,
  };
}
