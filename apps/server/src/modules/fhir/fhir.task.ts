import { REFERRAL_LABELS } from '@vardflata/domain';
import type { Referral } from '@vardflata/contracts';
import type { NamedRecord } from '../../audit/refused-person.repository.ts';
import type { FhirResource } from './fhir.presenter.ts';

/**
 * Referrals, consultations, worklist items and the care chains' hand-overs as FHIR R4 Tasks
 * (decision 0019-g).
 *
 * Ids (stable, and within FHIR's 64 characters): `referral-<uuid>` for a referral or
 * consultation; `worklist-<code>-<uuid>` for a worklist item or hand-over, where the code names
 * the kind (WORKLIST_CODES) and the uuid the record it is about (the intervention, the SIP, the
 * meeting, the consent; the withdrawal request, placement, hand-over, LOB intake, disclosure,
 * contact).
 * A worklist item is read live, so its Task exists while it waits.
 */
const LOCAL = 'https://vardflata.se/fhir/CodeSystem';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Worklist kind → the code in its Task id, the kind in Swedish words, and which record the
 * id's uuid names (null: a meeting, which names no person by itself) — so a refused Task read
 * can be logged against its person (audit/refusals.ts).
 */
export const WORKLIST_CODES = {
  'intervention-outcome-missing': {
    code: 'outcome',
    sv: 'Registrera insatsens utfall',
    record: 'intervention',
  },
  'children-question-open': {
    code: 'children',
    sv: 'Fråga om barn som anhöriga',
    record: 'intervention',
  },
  'coercive-care-deadline': {
    code: 'lvm-lvu',
    sv: 'Tidsfrist i LVM- eller LVU-ärende',
    record: 'coercive-care',
  },
  'sip-children-question-open': {
    code: 'sip-children',
    sv: 'Fråga om barn som anhöriga i SIP',
    record: 'sip',
  },
  'follow-up-due': { code: 'follow-up-due', sv: 'Uppföljning av SIP', record: 'sip' },
  'follow-up-overdue': {
    code: 'follow-up-overdue',
    sv: 'Försenad uppföljning av SIP',
    record: 'sip',
  },
  'invitation-to-answer': {
    code: 'invitation',
    sv: 'Svara på kallelse till SIP-möte',
    record: null,
  },
  'invitation-unanswered': {
    code: 'unanswered',
    sv: 'Obesvarade kallelser till SIP-möte',
    record: null,
  },
  'meeting-this-week': { code: 'meeting', sv: 'SIP-möte denna vecka', record: null },
  'consent-expiring': { code: 'consent', sv: 'Samtycke till SIP upphör', record: 'consent' },
  'plan-frozen': { code: 'plan-frozen', sv: 'Fryst SIP: nytt samtycke behövs', record: 'sip' },
  'plan-inactive': { code: 'plan-inactive', sv: 'Ingen aktivitet i SIP', record: 'sip' },
  'first-meeting-waiting': {
    code: 'first-meeting',
    sv: 'Första SIP-mötet väntar',
    record: 'sip',
  },
  // care: the care chains' hand-overs (GET /api/worklist's handOvers): their day is the day
  // the wait began (authoredOn), not a deadline.
  'withdrawal-request-waiting': {
    code: 'withdrawal',
    sv: 'Begäran om abstinensplats väntar',
    record: 'withdrawal-request',
    handOver: true,
  },
  'medication-change-to-confirm': {
    code: 'medication-change',
    sv: 'Bekräfta läkemedelsändring under placering',
    record: 'placement',
    handOver: true,
  },
  'handover-to-accept': {
    code: 'handover',
    sv: 'Ta emot behandlingsansvar',
    record: 'care-handover',
    handOver: true,
  },
  'lob-intake-open': {
    code: 'lob-intake',
    sv: 'Tillnyktring enligt LOB pågår',
    record: 'lob-intake',
    handOver: true,
  },
  'lob-handover-to-receive': {
    code: 'lob-handover',
    sv: 'Ta emot överlämning efter LOB',
    record: 'lob-intake',
    handOver: true,
  },
  'disclosure-to-acknowledge': {
    code: 'disclosure',
    sv: 'Ta emot utlämnade uppgifter',
    record: 'disclosure',
    handOver: true,
  },
  // contacts: the wait began on the contact's day, which has passed with no outcome (0020-c).
  'contact-outcome-missing': {
    code: 'contact-outcome',
    sv: 'Registrera besökets eller kontaktens utfall',
    record: 'contact',
    handOver: true,
  },
} as const satisfies Record<
  string,
  { code: string; sv: string; record: NamedRecord | null; handOver?: true }
>;
export type WorklistTaskKind = keyof typeof WORKLIST_CODES;

export const TASK_ID = new RegExp(`^(referral|worklist-[a-z-]+)-(${UUID})$`);

export type TaskRef =
  | { kind: 'referral'; id: string }
  | { kind: 'worklist'; worklistKind: WorklistTaskKind; id: string };

/** The Task id → what it names; null for an id no Task of ours can have. */
export function parseTaskId(taskId: string): TaskRef | null {
  const m = TASK_ID.exec(taskId);
  if (!m) return null;
  const [, prefix, id] = m as unknown as [string, string, string];
  if (prefix === 'referral') return { kind: 'referral', id };
  const code = prefix.slice('worklist-'.length);
  const kind = (Object.keys(WORKLIST_CODES) as WorklistTaskKind[]).find(
    (k) => WORKLIST_CODES[k].code === code,
  );
  return kind ? { kind: 'worklist', worklistKind: kind, id } : null;
}

/** The record a Task id names, with its id; null for an id that names no record of a person. */
export function recordOfTaskId(taskId: string): [NamedRecord, string] | null {
  const ref = parseTaskId(taskId);
  if (!ref) return null;
  if (ref.kind === 'referral') return ['referral', ref.id];
  const record = WORKLIST_CODES[ref.worklistKind].record;
  return record ? [record, ref.id] : null;
}

export const worklistTaskId = (kind: WorklistTaskKind, recordId: string) =>
  `worklist-${WORKLIST_CODES[kind].code}-${recordId}`;

const instant = (iso: string) => new Date(iso).toISOString();
const organisation = (o: {
  organisationId: string;
  organisationName: string;
  unitName: string;
}) => ({
  reference: `Organization/${o.organisationId}`,
  display: `${o.unitName}, ${o.organisationName}`,
});

/**
 * A referral or consultation: the sending unit asks (requester), the receiving unit owns the
 * task; sent → requested, answered → completed; unanswered past the due day says so.
 */
export function referralTask(r: Referral): FhirResource {
  const label = REFERRAL_LABELS.kind[r.kind].sv;
  const lastModified = instant(r.answeredAt ?? r.sentAt);
  return {
    resourceType: 'Task',
    id: `referral-${r.id}`,
    meta: { lastUpdated: lastModified },
    status: r.status === 'answered' ? 'completed' : 'requested',
    ...(r.overdue ? { businessStatus: { text: 'Svar ej mottaget' } } : {}),
    intent: 'order',
    code: {
      coding: [{ system: `${LOCAL}/referral-kind`, code: r.kind, display: label }],
      text: label,
    },
    description: r.question,
    for: { reference: `Patient/${r.personId}` },
    authoredOn: instant(r.sentAt),
    lastModified,
    requester: organisation(r.from),
    owner: organisation(r.to),
    restriction: { period: { end: r.dueOn } },
    ...(r.answer !== null && r.answeredAt
      ? {
          executionPeriod: { start: instant(r.sentAt), end: instant(r.answeredAt) },
          output: [{ type: { text: 'Svar' }, valueString: r.answer }],
        }
      : {}),
  };
}

export interface WorklistTaskItem {
  kind: WorklistTaskKind;
  recordId: string;
  personId: string;
  sipId: string | null;
  dueOn: string | null;
  text: string;
}

/**
 * A worklist item or hand-over: it waits on the caller's unit (owner), ready to be done. A
 * worklist item's day is when it is due (restriction.period.end); a hand-over's is the day the
 * wait began (authoredOn).
 */
export function worklistTask(
  item: WorklistTaskItem,
  owner: { organisationId: string; organisationName: string; unitName: string },
): FhirResource {
  const codes = WORKLIST_CODES[item.kind];
  const { sv } = codes;
  const handOver = 'handOver' in codes;
  return {
    resourceType: 'Task',
    id: worklistTaskId(item.kind, item.recordId),
    status: 'ready',
    intent: 'plan',
    code: {
      coding: [{ system: `${LOCAL}/worklist-kind`, code: item.kind, display: sv }],
      text: sv,
    },
    description: item.text,
    ...(item.sipId ? { focus: { reference: `CarePlan/${item.sipId}` } } : {}),
    for: { reference: `Patient/${item.personId}` },
    ...(handOver && item.dueOn ? { authoredOn: item.dueOn } : {}),
    owner: organisation(owner),
    ...(!handOver && item.dueOn ? { restriction: { period: { end: item.dueOn } } } : {}),
  };
}
