import type { Me } from '@vardflata/contracts';
import { BEFORE_ACTIVE_STATUSES, isOpenStatus, type SipPlan } from '@vardflata/domain';
import { TIME_ZONE } from '../../lib/format';
import type { MissingCode, SipDetail, SipHistoryItem, SipParticipant } from './types';

export const sipPath = (id: string) => `/sips/${encodeURIComponent(id)}`;
export const personPath = (personId: string) => `/persons/${encodeURIComponent(personId)}`;
/** The person overview, scrolled to the consents section (see useConsentsAnchor). */
export const consentsPath = (personId: string) => `${personPath(personId)}#consents`;

/** A new id for a goal or an intervention, unique within the plan and kept across versions. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The editor's field that answers each missing code: its element id. */
export const MISSING_FIELD: Record<Exclude<MissingCode, 'consent'>, string> = {
  'problem-and-goals': 'plan-problem',
  'interventions-by-principal': 'plan-interventions',
  'measures-by-others': 'plan-measures',
  'overall-responsibility': 'plan-overall',
  coordinator: 'plan-coordinator',
  'follow-up-date': 'plan-next-follow-up',
};

/**
 * Moves focus to an element of the page and brings it into view. A group (fieldset) gives
 * focus to its first control, a heading or section takes focus itself.
 */
export function focusElement(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches('input, select, textarea, button, a[href]')
    ? element
    : (element.querySelector<HTMLElement>('input, select, textarea, button') ?? element);
  if (target === element && !element.hasAttribute('tabindex'))
    element.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

// ---------------------------------------------------------------- time

function zoneOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant) / 60_000);
}

/** A date and a time in Swedish time (what the user types) as an ISO instant, or null. */
export function stockholmToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const local = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(local)) return null;
  // Two rounds settle the offset also right after a change to or from summer time.
  let instant = local - zoneOffsetMinutes(local) * 60_000;
  instant = local - zoneOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

const meetingFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: TIME_ZONE,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "tisdag 1 december 2026 10:00" in Swedish time. */
export function formatMeetingTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : meetingFormat(lang).format(date);
}

// ---------------------------------------------------------------- people

export interface KnownStaff {
  staffId: string;
  name: string;
  place: string | null;
}

/**
 * Staff members this SIP already knows (the signed-in user, staff participants, the
 * coordinator, those responsible for interventions, those who saved or recorded something).
 * The staff picker offers them before anything is typed; the staff directory finds the rest.
 */
export function knownStaff(
  me: Me,
  sip: SipDetail,
  history: readonly SipHistoryItem[] | undefined,
  plan: SipPlan,
): KnownStaff[] {
  const map = new Map<string, KnownStaff>();
  const add = (
    staffId: string | null | undefined,
    name: string | null | undefined,
    place?: string | null,
  ) => {
    if (!staffId || !name) return;
    const existing = map.get(staffId);
    if (!existing) map.set(staffId, { staffId, name, place: place ?? null });
    else if (!existing.place && place) existing.place = place;
  };
  const join = (...parts: (string | null | undefined)[]) =>
    parts.filter(Boolean).join(', ') || null;
  add(me.id, me.name, join(me.unit?.name, me.organisation?.name));
  for (const p of sip.participants) {
    if (p.kind === 'staff') add(p.staffId, p.name, join(p.unitName, p.organisationName));
  }
  add(plan.coordinator?.staffId, plan.coordinator?.name);
  add(sip.plan.coordinator?.staffId, sip.plan.coordinator?.name);
  for (const iv of [...plan.interventions, ...sip.plan.interventions]) {
    add(iv.responsible?.staffId, iv.responsible?.name);
  }
  add(sip.planSavedBy.staffId, sip.planSavedBy.name);
  add(sip.proposal.recordedBy.staffId, sip.proposal.recordedBy.name);
  for (const f of sip.followUps) add(f.recordedBy.staffId, f.recordedBy.name);
  for (const h of history ?? [])
    add(h.by?.staffId, h.by?.name, join(h.unitName, h.organisationName));
  return [...map.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The participant rows the signed-in user answers for: themselves, or their unit. */
export function isMine(me: Me, p: SipParticipant): boolean {
  return (
    (p.kind === 'staff' && p.staffId === me.id) ||
    (p.kind === 'unit' && !!me.unit && p.unitId === me.unit.id)
  );
}

/** The SIP's own organisation records answers for others and removes participants. */
export const isOwnOrganisation = (me: Me, sip: SipDetail) =>
  !!me.organisation && me.organisation.id === sip.organisation.id;

export const isOpen = (sip: Pick<SipDetail, 'status'>) => isOpenStatus(sip.status);

/** May the caller change the plan now (a draft before activation, a revision after)? */
export function mayEditPlan(sip: SipDetail): boolean {
  if (!sip.mayEdit || sip.frozen) return false;
  if (sip.status === 'active') return sip.allowedEvents.includes('revise');
  return BEFORE_ACTIVE_STATUSES.includes(sip.status);
}

/** The scheduled (not yet held) meeting, if any. */
export const scheduledMeeting = (sip: SipDetail) =>
  sip.meetings.filter((m) => m.status === 'scheduled').at(-1) ?? null;

// ---------------------------------------------------------------- merge

const ENTITY_PATH = /^(goals|interventions)\[id=([^\]]+)\](?:\.(\w+))?$/;

/**
 * Puts a chosen value into the plan at a merge path: `problemAndNeeds`, `goals[id=g1]` (the
 * whole goal; null removes it), `interventions[id=i1].unitId`. Dangling goal links are dropped
 * so the plan stays valid.
 */
export function setAtPath(plan: SipPlan, path: string, value: unknown): SipPlan {
  const next: SipPlan = structuredClone(plan);
  const entity = ENTITY_PATH.exec(path);
  if (entity) {
    const [, list, id, field] = entity as unknown as [
      string,
      'goals' | 'interventions',
      string,
      string | undefined,
    ];
    const items = next[list] as { id: string }[];
    const index = items.findIndex((item) => item.id === id);
    if (field) {
      if (index >= 0) (items[index] as unknown as Record<string, unknown>)[field] = value;
    } else if (value === null || value === undefined) {
      if (index >= 0) items.splice(index, 1);
    } else if (index >= 0) items[index] = value as never;
    else items.push(value as never);
  } else if (path in next) {
    (next as unknown as Record<string, unknown>)[path] = value;
  }
  const goalIds = new Set(next.goals.map((g) => g.id));
  next.interventions = next.interventions.map((iv) => ({
    ...iv,
    goalIds: iv.goalIds.filter((id) => goalIds.has(id)),
  }));
  return next;
}
