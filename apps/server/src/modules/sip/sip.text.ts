import type { PlanChange, SipPlan } from '@vardflata/domain';
import type { SipDetail } from '@vardflata/contracts';

/** Swedish text of the SIP: readable differences, history lines and the person's own view. */

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const longDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** "tisdag 12 maj 2026 kl. 10:00" in Swedish time. */
export function formatMeetingTime(at: Date | string): string {
  const parts = dateTime.formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')} kl. ${get('hour')}:${get('minute')}`;
}

/** A date (YYYY-MM-DD) as "12 maj 2026". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '–';
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

export const PRINCIPAL_SV: Record<string, string> = {
  region: 'Regionen (hälso- och sjukvård)',
  municipality: 'Kommunen (socialtjänst)',
  other: 'Annan aktör',
};

export const OUTCOME_SV: Record<string, string> = {
  'goals-achieved': 'målen är nådda',
  'goals-partly-achieved': 'målen är delvis nådda',
  'goals-not-achieved': 'målen är inte nådda',
  'no-longer-needed': 'planen behövs inte längre',
  'consent-revoked': 'samtycket har återkallats',
  moved: 'personen har flyttat',
  deceased: 'personen har avlidit',
  other: 'annat skäl',
};

const GOAL_STATUS_SV: Record<string, string> = {
  achieved: 'uppnått',
  partly: 'delvis uppnått',
  'not-achieved': 'inte uppnått',
};
const INTERVENTION_STATUS_SV: Record<string, string> = {
  started: 'påbörjad',
  ongoing: 'pågår',
  finished: 'avslutad',
  'not-started': 'inte påbörjad',
};

/** A value of the plan as short readable text; ids of units and organisations become names. */
function valueText(value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '(tomt)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') {
    const text = names.get(value) ?? PRINCIPAL_SV[value] ?? value;
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(v, names)).join(', ') || '(tomt)';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of ['actor', 'text', 'description', 'name']) {
      if (typeof o[key] === 'string') {
        const extra =
          key === 'actor' && typeof o.description === 'string' ? `: ${o.description}` : '';
        return valueText(`${o[key] as string}${extra}`, names);
      }
    }
  }
  return JSON.stringify(value);
}

/** One change of diffPlans as a Swedish sentence. */
export function changeText(change: PlanChange, names: Map<string, string>): string {
  const label = change.label.sv;
  switch (change.kind) {
    case 'added':
      return `${label}: lades till "${valueText(change.after, names)}".`;
    case 'removed':
      return `${label}: togs bort "${valueText(change.before, names)}".`;
    case 'changed':
      return `${label}: ändrades från "${valueText(change.before, names)}" till "${valueText(change.after, names)}".`;
  }
}

/** One history event as a Swedish sentence. */
export function eventText(type: string, detail: Record<string, unknown> | null): string {
  const d = detail ?? {};
  switch (type) {
    case 'proposed':
      return 'SIP föreslogs.';
    case 'plan-saved':
      return `Planen sparades som version ${String(d.version)} (${String(d.changes)} ändringar).`;
    case 'invited':
      return `Kallelse skickades till möte ${d.startsAt ? formatMeetingTime(String(d.startsAt)) : ''}.`.replace(
        ' .',
        '.',
      );
    case 'participant-added':
      return `${String(d.name ?? 'En deltagare')} lades till som deltagare.`;
    case 'participant-responded':
      return `${String(d.name ?? 'En deltagare')} ${d.response === 'accepted' ? 'tackade ja' : 'tackade nej'} till mötet.`;
    case 'participant-removed':
      return `${String(d.name ?? 'En deltagare')} togs bort som deltagare.`;
    case 'relatives-objection':
      return d.objects
        ? 'Den enskilde vill inte att närstående deltar; närstående togs bort.'
        : 'Den enskilde har inget emot att närstående deltar.';
    case 'meeting-held':
      return `Första SIP-mötet hölls ${formatDate(String(d.heldOn))}.`;
    case 'activated':
      return `Planen fastställdes och blev aktiv ${formatDate(String(d.on))}.`;
    case 'follow-up':
      return `Uppföljning hölls ${formatDate(String(d.heldOn))}.`;
    case 'closed':
      return `SIP avslutades: ${OUTCOME_SV[String(d.outcome)] ?? String(d.outcome)}.`;
    case 'refused':
      return 'Den enskilde avböjde SIP.';
    case 'withdrawn':
      return 'Förslaget om SIP togs tillbaka.';
    case 'consent-given':
      return 'Samtycke till SIP registrerades.';
    case 'consent-revoked':
      return 'Samtycket till SIP återkallades; planen är fryst.';
    default:
      return type;
  }
}

export interface OwnView {
  title: string;
  intro: string;
  sections: { heading: string; paragraphs: string[]; items: string[] }[];
}

/**
 * The person's own view of the plan (F3): short sentences, "du", no codes or abbreviations
 * beyond SIP itself; professionals' terms are explained.
 */
export function ownView(detail: SipDetail, names: Map<string, string>): OwnView {
  const plan: SipPlan = detail.plan;
  const name = detail.person.givenName;
  const sections: OwnView['sections'] = [];
  const section = (heading: string, paragraphs: string[], items: string[] = []) => {
    if (paragraphs.length > 0 || items.length > 0) sections.push({ heading, paragraphs, items });
  };

  section(
    'Det här har du sagt',
    plan.ownWords.trim()
      ? [plan.ownWords.trim()]
      : ['Dina egna ord skrivs in här när ni har pratat om dem.'],
  );
  section(
    'Det här behöver du hjälp med',
    plan.problemAndNeeds.trim() ? [plan.problemAndNeeds.trim()] : [],
  );
  const goals = (horizon: 'short' | 'long') =>
    plan.goals.filter((g) => g.horizon === horizon && g.text.trim()).map((g) => g.text.trim());
  section('Det här vill vi nå snart', [], goals('short'));
  section('Det här vill vi nå på längre sikt', [], goals('long'));
  section(
    'Vem gör vad',
    [],
    plan.interventions.map((i) => {
      const who =
        i.principal === 'other'
          ? (i.otherActor ?? 'annan aktör')
          : [
              i.unitId ? names.get(i.unitId) : null,
              i.organisationId ? names.get(i.organisationId) : null,
            ]
              .filter(Boolean)
              .join(', ') || PRINCIPAL_SV[i.principal]!;
      const contact = i.responsible?.name ? ` Du kan fråga ${i.responsible.name}.` : '';
      return `${i.description.trim()} – ${who}.${contact}`;
    }),
  );
  section(
    'Andra som hjälper dig',
    plan.measuresByOthersNone && plan.measuresByOthers.length === 0
      ? ['Inga andra än kommunen och regionen har uppgifter i din plan just nu.']
      : [],
    plan.measuresByOthers.map((m) => `${m.actor}: ${m.description}`),
  );
  const paragraphs: string[] = [];
  if (plan.coordinator) {
    paragraphs.push(
      `${plan.coordinator.name} håller ihop din plan. Hör av dig om du undrar något.`,
    );
  }
  if (plan.overallResponsibility) {
    paragraphs.push(
      plan.overallResponsibility === 'region'
        ? 'Regionen (vården) har huvudansvaret för att planen följs.'
        : 'Kommunen (socialtjänsten) har huvudansvaret för att planen följs.',
    );
  }
  section('Vem du kan fråga', paragraphs);
  // Only a meeting that was held is one: before it, nobody meets "again".
  const met = detail.firstMeetingOn !== null;
  const booked = detail.meetings.filter((m) => m.status === 'scheduled' && m.startsAt).at(-1);
  section('Nästa gång vi ses', [
    ...(booked
      ? [
          `${met ? 'Nästa möte' : 'Ert första möte'} är ${formatMeetingTime(booked.startsAt!)}` +
            `${booked.place ? `, ${booked.place}` : booked.videoLink ? ', via video' : ''}.`,
        ]
      : []),
    plan.nextFollowUpOn
      ? `Vi träffas${met ? ' igen' : ''} för att se hur det går, senast ${formatDate(plan.nextFollowUpOn)}.`
      : `Vi bestämmer en dag när vi ses${met ? ' igen' : ''}.`,
  ]);
  section('Om din plan', [
    'En SIP är en plan som kommunen och regionen gör tillsammans med dig, så att du får rätt hjälp och inte behöver berätta samma sak flera gånger.',
    'Du bestämmer själv om du vill ha en SIP. Du kan ändra dig när du vill.',
  ]);
  return {
    title: 'Din plan – samordnad individuell plan (SIP)',
    intro: name
      ? `Hej ${name}! Här står det ni har kommit överens om i din plan.`
      : 'Här står det ni har kommit överens om i din plan.',
    sections,
  };
}

export const goalStatusText = (status: string) => GOAL_STATUS_SV[status] ?? status;
export const interventionStatusText = (status: string) => INTERVENTION_STATUS_SV[status] ?? status;
