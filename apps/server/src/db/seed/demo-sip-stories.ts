import type { SipPlan } from '@vardflata/domain';
import type { PlanContext, SipStory } from './demo-sips.ts';

/**
 * The demo county's SIPs, one per state, each told as what happened and when (days from the
 * seed day; negative is before). Persons are the demo persons by index (demo-persons.ts), whose
 * care relations and information-sharing consents fit the story.
 */

const BC = 'Beroendecentrum';
const VC = 'Vårdcentral Centrum';
const EX = 'Socialtjänst Vuxen Exempelby';
const NO = 'Socialtjänst Vuxen Norrby';
const EX_OFFICE = 'Socialtjänsten Exempelby, Storgatan 4, rum 2';
const BC_OFFICE = 'Beroendecentrum, Sjukhusvägen 10, samtalsrum 3';

const person = { key: 'person', kind: 'person' as const, name: null };
const unit = (name: string, key = name) => ({ key, kind: 'unit' as const, name, unit: name });

/** Alcohol dependence and no home of one's own: the plan of api.md's person. */
function alcoholAndHousing(c: PlanContext): SipPlan {
  return {
    problemAndNeeds:
      'Alkoholberoende sedan flera år och inget eget boende. Behöver abstinensbehandling, ' +
      'återfallsprevention, stöd till eget boende och sysselsättning.',
    ownWords:
      'Jag vill sluta dricka och ha en egen lägenhet. Jag vill att socialtjänsten och vården ' +
      'pratar med varandra så att jag slipper berätta allt två gånger.',
    goals: [
      {
        id: 'g1',
        text: 'Genomföra abstinensbehandling och vara nykter i tre månader',
        horizon: 'short',
      },
      { id: 'g2', text: 'Ha en fast kontakt på Beroendecentrum', horizon: 'short' },
      { id: 'g3', text: 'Bo i egen lägenhet med eget kontrakt', horizon: 'long' },
      { id: 'g4', text: 'Ha en sysselsättning minst tre dagar i veckan', horizon: 'long' },
    ],
    interventions: [
      {
        id: 'i1',
        description: 'Abstinensbehandling i öppenvård och läkemedel mot återfall',
        principal: 'region',
        ...c.unit(BC),
        responsible: c.staff('anna.lakare'),
        goalIds: ['g1', 'g2'],
        kind: 'withdrawal-outpatient',
      },
      {
        id: 'i2',
        description: 'Boendestöd två gånger i veckan och stöd att söka lägenhet',
        principal: 'municipality',
        ...c.unit(EX),
        responsible: c.staff('erik.socsek'),
        goalIds: ['g3'],
        kind: 'housing-support',
      },
      {
        id: 'i3',
        description: 'Återfallsprevention (ÅP) i grupp, tio träffar',
        principal: 'municipality',
        ...c.unit(EX),
        responsible: c.staff('erik.socsek'),
        goalIds: ['g1'],
        kind: 'group-treatment',
      },
    ],
    measuresByOthers: [
      { actor: 'Arbetsförmedlingen', description: 'Kartläggning och stöd till sysselsättning.' },
    ],
    measuresByOthersNone: false,
    overallResponsibility: 'municipality',
    coordinator: c.staff('sara.samordnare'),
    nextFollowUpOn: null,
  };
}

/** Opioid dependence treated with LARO, and debts: owned by the region. */
function laroDraft(c: PlanContext): SipPlan {
  return {
    problemAndNeeds:
      'Opioidberoende, nyligen påbörjad läkemedelsassisterad behandling (LARO). Skulder och ' +
      'risk att förlora bostaden.',
    ownWords: 'Jag vill klara behandlingen och behålla min lägenhet.',
    goals: [
      { id: 'g1', text: 'Stabil LARO-behandling utan sidomissbruk', horizon: 'short' },
      { id: 'g2', text: 'Behålla bostaden', horizon: 'long' },
    ],
    interventions: [
      {
        id: 'i1',
        description: 'LARO med daglig utdelning på mottagningen',
        principal: 'region',
        ...c.unit(BC),
        responsible: c.staff('anna.lakare'),
        goalIds: ['g1'],
        kind: 'laro',
      },
    ],
    measuresByOthers: [],
    measuresByOthersNone: false,
    overallResponsibility: 'region',
    coordinator: c.staff('anna.lakare'),
    nextFollowUpOn: null,
  };
}

const allDone = (goals: string[], interventions: string[]) => ({
  goals: goals.map((goalId) => ({ goalId, status: 'achieved' as const })),
  interventions: interventions.map((interventionId) => ({
    interventionId,
    status: 'finished' as const,
  })),
});

export const SIP_STORIES: SipStory[] = [
  // Active, owned by Exempelby with Beroendecentrum taking part, under `sip` and
  // `information-sharing` consents naming Region Exempel (person 1's story): api.md's person.
  {
    person: 1,
    owner: EX,
    proposed: {
      by: 'erik.socsek',
      days: -75,
      source: 'staff',
      note: 'Behov av samordning med Beroendecentrum.',
    },
    consent: { by: 'erik.socsek', days: -74, to: ['Region Exempel'] },
    participants: [
      person,
      unit(EX),
      unit(BC),
      { key: 'af', kind: 'other-actor', name: 'Arbetsförmedlingen', role: 'handläggare' },
    ],
    invitation: {
      by: 'erik.socsek',
      days: -70,
      meetingDays: -63,
      clock: '10:00',
      place: EX_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'erik.socsek', days: -69 },
        { key: EX, response: 'accepted', by: 'sara.samordnare', days: -69 },
        { key: BC, response: 'accepted', by: 'anna.lakare', days: -68 },
        { key: 'af', response: 'accepted', by: 'erik.socsek', days: -67 },
      ],
    },
    meetingHeld: {
      by: 'sara.samordnare',
      days: -63,
      clock: '11:30',
      notes: 'Alla deltog. Planen skrevs tillsammans.',
    },
    plan: {
      by: 'sara.samordnare',
      days: -63,
      clock: '14:00',
      plan: (c) => ({ ...alcoholAndHousing(c), nextFollowUpOn: c.day(-21) }),
    },
    activated: { by: 'sara.samordnare', days: -63, clock: '14:10' },
    followUps: [
      {
        by: 'sara.samordnare',
        days: -21,
        clock: '15:00',
        goals: [
          {
            goalId: 'g1',
            status: 'partly',
            note: 'Ett kort återfall efter sex veckor, nu nykter igen.',
          },
          { goalId: 'g2', status: 'achieved' },
          {
            goalId: 'g3',
            status: 'not-achieved',
            note: 'Står i bostadskö; ansökan om träningslägenhet inlämnad.',
          },
          { goalId: 'g4', status: 'partly', note: 'Praktik två dagar i veckan.' },
        ],
        interventions: [
          { interventionId: 'i1', status: 'ongoing' },
          { interventionId: 'i2', status: 'ongoing' },
          { interventionId: 'i3', status: 'finished' },
        ],
        decision: 'continue',
        next: 21,
        note: 'Planen fortsätter. Nästa uppföljning om tre veckor.',
      },
    ],
  },
  // Active for half a year: followed up twice, revised once, and the next follow-up is overdue.
  {
    person: 13,
    owner: EX,
    proposed: {
      by: 'sara.samordnare',
      days: -200,
      source: 'person',
      note: 'Personen bad själv om en SIP.',
    },
    consent: { by: 'sara.samordnare', days: -199, to: ['Region Exempel'] },
    participants: [person, unit(EX), unit(BC)],
    invitation: {
      by: 'sara.samordnare',
      days: -196,
      meetingDays: -185,
      clock: '13:00',
      place: EX_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'sara.samordnare', days: -195 },
        { key: EX, response: 'accepted', by: 'erik.socsek', days: -195 },
        { key: BC, response: 'accepted', by: 'anna.lakare', days: -193 },
      ],
    },
    meetingHeld: {
      by: 'sara.samordnare',
      days: -185,
      clock: '14:30',
      notes: 'Planen skrevs vid mötet.',
    },
    plan: {
      by: 'sara.samordnare',
      days: -185,
      clock: '15:00',
      plan: (c) => ({ ...alcoholAndHousing(c), nextFollowUpOn: c.day(-120) }),
    },
    activated: { by: 'sara.samordnare', days: -185, clock: '15:10' },
    followUps: [
      {
        by: 'sara.samordnare',
        days: -120,
        goals: [
          { goalId: 'g1', status: 'achieved' },
          { goalId: 'g2', status: 'achieved' },
          { goalId: 'g3', status: 'partly', note: 'Träningslägenhet sedan en månad.' },
          { goalId: 'g4', status: 'not-achieved', note: 'Ingen praktikplats ännu.' },
        ],
        interventions: [
          { interventionId: 'i1', status: 'finished' },
          { interventionId: 'i2', status: 'ongoing' },
          { interventionId: 'i3', status: 'finished' },
        ],
        decision: 'revise',
        next: -60,
        note: 'Sysselsättning behöver en egen insats; planen revideras.',
        revise: (plan) => ({
          ...plan,
          interventions: [
            ...plan.interventions,
            {
              id: 'i4',
              description: 'Arbetsträning i kommunens daglig sysselsättning, tre dagar i veckan',
              principal: 'municipality',
              organisationId: plan.interventions[1]!.organisationId,
              unitId: plan.interventions[1]!.unitId,
              responsible: plan.interventions[1]!.responsible ?? null,
              goalIds: ['g4'],
              kind: 'occupation',
            },
          ],
        }),
      },
      {
        by: 'sara.samordnare',
        days: -60,
        goals: [
          { goalId: 'g1', status: 'achieved' },
          { goalId: 'g2', status: 'achieved' },
          { goalId: 'g3', status: 'partly', note: 'Väntar på förstahandskontrakt.' },
          { goalId: 'g4', status: 'partly', note: 'Arbetsträning två dagar i veckan.' },
        ],
        interventions: [
          { interventionId: 'i1', status: 'finished' },
          { interventionId: 'i2', status: 'ongoing' },
          { interventionId: 'i3', status: 'finished' },
          { interventionId: 'i4', status: 'started' },
        ],
        decision: 'continue',
        next: -5,
        note: 'Planen fortsätter.',
      },
    ],
  },
  // Proposed by the person 18 days ago, no consent yet: the wait for a first meeting shows.
  {
    person: 2,
    owner: EX,
    proposed: {
      by: 'erik.socsek',
      days: -18,
      source: 'person',
      note: 'Personen vill att kontakterna med vården samordnas.',
    },
  },
  // Invited: the planning meeting is in four days; Beroendecentrum has not answered yet.
  {
    person: 14,
    owner: EX,
    proposed: { by: 'erik.socsek', days: -10, source: 'staff' },
    consent: { by: 'erik.socsek', days: -9, to: ['Region Exempel'] },
    participants: [person, unit(EX), unit(BC)],
    invitation: {
      by: 'erik.socsek',
      days: -8,
      meetingDays: 4,
      clock: '10:00',
      place: EX_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'erik.socsek', days: -7 },
        { key: EX, response: 'accepted', by: 'sara.samordnare', days: -7 },
      ],
    },
  },
  // Meeting held at Beroendecentrum (the region owns it); the plan is a draft, not complete.
  {
    person: 5,
    owner: BC,
    proposed: { by: 'anna.lakare', days: -40, source: 'staff' },
    consent: { by: 'anna.lakare', days: -39, to: ['Exempelby kommun'] },
    participants: [person, unit(BC), unit(EX)],
    invitation: {
      by: 'anna.lakare',
      days: -38,
      meetingDays: -30,
      clock: '09:00',
      place: BC_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'anna.lakare', days: -37 },
        { key: BC, response: 'accepted', by: 'maja.chef', days: -37 },
        { key: EX, response: 'accepted', by: 'erik.socsek', days: -36 },
      ],
    },
    meetingHeld: {
      by: 'anna.lakare',
      days: -30,
      clock: '10:15',
      notes: 'Behoven kartlagda; planen skrivs klart till nästa vecka.',
    },
    plan: { by: 'anna.lakare', days: -29, plan: laroDraft },
  },
  // Active, then frozen: the person revoked the `sip` consent ten days ago.
  {
    person: 4,
    owner: EX,
    proposed: { by: 'erik.socsek', days: -150, source: 'staff' },
    consent: {
      by: 'erik.socsek',
      days: -149,
      to: ['Region Exempel'],
      revoked: {
        by: 'erik.socsek',
        days: -10,
        reason: 'Personen återkallade samtycket muntligt vid besök.',
      },
    },
    participants: [person, unit(EX), unit(VC)],
    invitation: {
      by: 'erik.socsek',
      days: -147,
      meetingDays: -140,
      clock: '13:00',
      place: EX_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'erik.socsek', days: -146 },
        { key: EX, response: 'accepted', by: 'erik.socsek', days: -146 },
        { key: VC, response: 'accepted', by: 'vera.vardcentral', days: -145 },
      ],
    },
    meetingHeld: {
      by: 'erik.socsek',
      days: -140,
      clock: '14:00',
      notes: 'Planen skrevs vid mötet.',
    },
    plan: {
      by: 'erik.socsek',
      days: -140,
      clock: '15:00',
      plan: (c) => ({
        ...alcoholAndHousing(c),
        interventions: alcoholAndHousing(c).interventions.map((i) =>
          i.id === 'i1'
            ? {
                ...i,
                description: 'Läkemedel mot återfall och samtal på vårdcentralen',
                ...c.unit(VC),
                responsible: c.staff('vera.vardcentral'),
              }
            : i,
        ),
        coordinator: c.staff('erik.socsek'),
        nextFollowUpOn: c.day(10),
      }),
    },
    activated: { by: 'erik.socsek', days: -140, clock: '15:10' },
  },
  // Closed after half a year: every goal reached at the second follow-up.
  {
    person: 16,
    owner: EX,
    proposed: { by: 'erik.socsek', days: -280, source: 'staff' },
    consent: { by: 'erik.socsek', days: -279, to: ['Region Exempel'], validUntilDays: -60 },
    participants: [person, unit(EX), unit(VC)],
    invitation: {
      by: 'erik.socsek',
      days: -277,
      meetingDays: -270,
      clock: '10:00',
      place: EX_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'erik.socsek', days: -276 },
        { key: EX, response: 'accepted', by: 'erik.socsek', days: -276 },
        { key: VC, response: 'accepted', by: 'vera.vardcentral', days: -275 },
      ],
    },
    meetingHeld: {
      by: 'erik.socsek',
      days: -270,
      clock: '11:00',
      notes: 'Planen skrevs vid mötet.',
    },
    plan: {
      by: 'erik.socsek',
      days: -270,
      clock: '13:00',
      plan: (c) => ({
        ...alcoholAndHousing(c),
        coordinator: c.staff('erik.socsek'),
        nextFollowUpOn: c.day(-180),
      }),
    },
    activated: { by: 'erik.socsek', days: -270, clock: '13:10' },
    followUps: [
      {
        by: 'erik.socsek',
        days: -180,
        goals: [
          { goalId: 'g1', status: 'achieved' },
          { goalId: 'g2', status: 'achieved' },
          { goalId: 'g3', status: 'partly', note: 'Träningslägenhet.' },
          { goalId: 'g4', status: 'partly', note: 'Praktik.' },
        ],
        interventions: [
          { interventionId: 'i1', status: 'ongoing' },
          { interventionId: 'i2', status: 'ongoing' },
          { interventionId: 'i3', status: 'finished' },
        ],
        decision: 'continue',
        next: -90,
        note: 'Planen fortsätter.',
      },
      {
        by: 'erik.socsek',
        days: -90,
        ...allDone(['g1', 'g2', 'g3', 'g4'], ['i1', 'i2', 'i3']),
        decision: 'close',
        next: null,
        note: 'Alla mål är nådda. Personen har eget kontrakt och arbete.',
      },
    ],
  },
  // Refused: the person declined before any consent was given.
  {
    person: 8,
    owner: BC,
    proposed: { by: 'anna.lakare', days: -25, source: 'staff' },
    ending: {
      by: 'anna.lakare',
      days: -20,
      kind: 'refused',
      reason:
        'Personen vill inte ha en samordnad plan nu och vill vänta tills behandlingen är klar.',
    },
  },
  // Withdrawn by Norrby: the need is met without a SIP.
  {
    person: 9,
    owner: NO,
    proposed: { by: 'nora.socsek', days: -50, source: 'staff' },
    ending: {
      by: 'nora.socsek',
      days: -45,
      kind: 'withdrawn',
      reason: 'Behovet tillgodoses inom Beroendecentrums öppenvård; samordningen sker utan SIP.',
    },
  },
  // Active with an HVB placement; the follow-up meeting is booked for the day after tomorrow.
  {
    person: 7,
    owner: EX,
    proposed: { by: 'erik.socsek', days: -100, source: 'staff', note: 'Inför placering på HVB.' },
    consent: { by: 'erik.socsek', days: -99, to: ['Region Exempel', 'HVB Solgården'] },
    participants: [
      person,
      unit(EX),
      unit(BC),
      {
        key: 'hvb',
        kind: 'private-provider',
        name: 'Solgården behandlingshem, HVB Solgården',
        unit: 'Solgården behandlingshem',
      },
    ],
    invitation: {
      by: 'erik.socsek',
      days: -97,
      meetingDays: -90,
      clock: '13:00',
      place: EX_OFFICE,
      answers: [
        { key: 'person', response: 'accepted', by: 'erik.socsek', days: -96 },
        { key: EX, response: 'accepted', by: 'erik.socsek', days: -96 },
        { key: BC, response: 'accepted', by: 'anna.lakare', days: -95 },
        { key: 'hvb', response: 'accepted', by: 'erik.socsek', days: -95 },
      ],
    },
    meetingHeld: {
      by: 'erik.socsek',
      days: -90,
      clock: '14:30',
      notes: 'Placering på Solgården beslutad.',
    },
    plan: {
      by: 'erik.socsek',
      days: -90,
      clock: '15:00',
      plan: (c) => ({
        ...alcoholAndHousing(c),
        interventions: [
          ...alcoholAndHousing(c).interventions.filter((i) => i.id === 'i1'),
          {
            id: 'i2',
            description: 'Placering på HVB Solgården, sex månader',
            principal: 'municipality',
            ...c.unit(EX),
            responsible: c.staff('erik.socsek'),
            goalIds: ['g1', 'g3'],
            kind: 'hvb-placement',
            startOn: c.day(-85),
            endOn: c.day(95),
          },
        ],
        coordinator: c.staff('erik.socsek'),
        nextFollowUpOn: c.day(2),
      }),
    },
    activated: { by: 'erik.socsek', days: -90, clock: '15:10' },
    nextMeeting: {
      by: 'erik.socsek',
      days: -12,
      meetingDays: 2,
      clock: '13:00',
      place: 'Solgården behandlingshem, Skogsvägen 1',
      answers: [
        { key: 'person', response: 'accepted', by: 'erik.socsek', days: -11 },
        { key: 'hvb', response: 'accepted', by: 'erik.socsek', days: -11 },
        { key: BC, response: 'declined', by: 'anna.lakare', days: -10 },
      ],
    },
  },
];
