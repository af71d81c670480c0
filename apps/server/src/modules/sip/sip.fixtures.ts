import { addDays, daysBetween, luhnCheckDigit } from '@vardflata/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  demoIds,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';
import { todayInStockholm } from '../../util/time.ts';

/** Test data and steps shared by the SIP tests (not a test file itself). */

export type Ids = Awaited<ReturnType<typeof demoIds>>;

/**
 * Stands in for a value made in `beforeAll`: the test file names it at the top, as if it were
 * already there, and every use reaches the value made for this file.
 */
function madeBeforeAll<T extends object>(what: string): { value: T; set(value: T): void } {
  let current: T | undefined;
  const target = () => {
    if (current === undefined) throw new Error(`${what} is made in beforeAll; use it in a test`);
    return current;
  };
  const value = new Proxy({} as T, {
    get(_, key) {
      const t = target();
      const v: unknown = Reflect.get(t, key, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
    set: (_, key, v) => Reflect.set(target(), key, v),
  });
  return { value, set: (v) => (current = v) };
}

export type Stage = 'proposed' | 'consented' | 'invited' | 'complete' | 'active';

/**
 * The server of one SIP test file: a fresh database with the demo county, the demo users named
 * in `usernames` signed in, closed after the last test. Call it once at the top of the file.
 */
export function useSipServer<U extends string>(usernames: Record<U, string>) {
  const t = madeBeforeAll<TestApp>('the test server');
  const ids = madeBeforeAll<Ids>('the demo ids');
  const users = Object.fromEntries(
    Object.keys(usernames).map((key) => [key, madeBeforeAll<TestClient>(key)]),
  ) as Record<U, ReturnType<typeof madeBeforeAll<TestClient>>>;
  const owner = madeBeforeAll<TestClient>('erik.socsek');
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    t.set(app);
    ids.set(await demoIds(app.db));
    const signedIn = new Map<string, TestClient>();
    for (const [key, username] of Object.entries<string>(usernames)) {
      const client = await app.signIn(username);
      signedIn.set(username, client);
      users[key as U].set(client);
    }
    owner.set(signedIn.get('erik.socsek') ?? (await app.signIn('erik.socsek')));
  });
  afterAll(async () => app?.close());

  /** Exempelby's social services own it; the region (Beroendecentrum) takes part. */
  const municipal = () => ({
    otherOrganisation: ids.value.region,
    otherUnit: ids.value.beroendecentrum,
    ownerUnit: ids.value.socExempelby,
  });
  return {
    t: t.value,
    ids: ids.value,
    users: Object.fromEntries(
      Object.entries(users).map(([key, u]) => [key, (u as { value: TestClient }).value]),
    ) as Record<U, TestClient>,
    municipal,
    /** A SIP of Erik's unit at the stage asked for, with the region taking part. */
    municipalSip: (stage: Stage) => sipAt(t.value, ids.value, owner.value, stage, municipal()),
  };
}

export const inDays = (days: number, from = new Date()) =>
  new Date(from.getTime() + days * 86_400_000);
/** The calendar date `days` after `date` (YYYY-MM-DD), whatever the clocks do that day. */
export const plusCalendarDays = addDays;
/** Whole calendar days from `from` to `to`. */
export const daysFrom = (from: string, to: string): number => daysBetween(from, to)!;
/**
 * A Stockholm calendar date `days` from today. Counted in calendar days, as the server counts:
 * adding 24-hour periods would skip or repeat a date around the changes to and from summer time.
 */
export const dateIn = (days: number) => plusCalendarDays(todayInStockholm(), days);

/** Whether `day` falls in the ISO week (Monday to Sunday) of `today`, on or after it. */
export function inWeekOf(today: string, day: string): boolean {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return day >= today && day <= plusCalendarDays(today, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * Stockholm's date of today as a matcher for a date the server took during the calls since
 * `since` (a date taken before them): either, if a midnight passed in between.
 */
export const todaySince = (since: string) => expect.toBeOneOf([since, dateIn(0)]);

export async function registerPerson(
  client: TestClient,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; number: string }> {
  const number = newIdentityNumber(luhnCheckDigit);
  const res = await client.post('/api/persons', {
    personalIdentityNumber: number,
    givenName: 'Siv',
    familyName: 'Planström',
    sex: 'female',
    ...extra,
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status}`);
  return { id: res.body.id, number };
}

export async function recordConsent(
  client: TestClient,
  personId: string,
  purpose: 'sip' | 'information-sharing' | 'relatives-participation',
  recipients: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.post(`/api/persons/${personId}/consents`, {
    purpose,
    recipientOrganisationIds: recipients,
    form: 'written',
    ...extra,
  });
  if (res.status !== 201)
    throw new Error(`consent failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A plan that meets every item the law asks for, naming units of both principals. */
export function completePlan(ids: Ids, coordinator = 'sara.samordnare') {
  return {
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
        organisationId: ids.region,
        unitId: ids.beroendecentrum,
        responsible: { staffId: ids.user('anna.lakare'), name: '' },
        goalIds: ['g1'],
        kind: 'withdrawal-inpatient',
      },
      {
        id: 'i2',
        description: 'Boendestöd',
        principal: 'municipality',
        organisationId: ids.exempelby,
        unitId: ids.socExempelby,
        responsible: { staffId: ids.user('erik.socsek'), name: '' },
        goalIds: ['g2'],
        kind: 'hvb-placement',
      },
    ],
    measuresByOthers: [{ actor: 'Försäkringskassan', description: 'Utreder sjukpenning' }],
    measuresByOthersNone: false,
    overallResponsibility: 'municipality',
    coordinator: { staffId: ids.user(coordinator), name: '' },
    nextFollowUpOn: dateIn(60),
  };
}

export function emptyPlanBody() {
  return {
    problemAndNeeds: '',
    ownWords: '',
    goals: [],
    interventions: [],
    measuresByOthers: [],
    measuresByOthersNone: false,
    overallResponsibility: null,
    coordinator: null,
    nextFollowUpOn: null,
  };
}

export const put = (client: TestClient, url: string, body: unknown) =>
  client.request('PUT', url, body);

export async function savePlan(client: TestClient, sipId: string, plan: unknown) {
  const current = await client.get(`/api/sips/${sipId}`);
  const res = await put(client, `/api/sips/${sipId}/plan`, {
    basedOnVersion: current.body.planVersion,
    plan,
  });
  if (res.status !== 200)
    throw new Error(`save plan failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function meeting(days = 7) {
  return {
    startsAt: inDays(days).toISOString(),
    place: 'Socialtjänsten, Storgatan 1',
    durationMinutes: 90,
  };
}

/**
 * A SIP owned by `owner`'s unit, for a new person, at the stage asked for. The consent names
 * `otherOrganisation` (the other principal) so its participants may take part.
 */
export async function sipAt(
  t: TestApp,
  ids: Ids,
  owner: TestClient,
  stage: Stage,
  options: { otherOrganisation: string; otherUnit: string; ownerUnit: string },
) {
  const person = await registerPerson(owner);
  let consentId: string | null = null;
  if (stage !== 'proposed') {
    consentId = await recordConsent(owner, person.id, 'sip', [options.otherOrganisation]);
  }
  const proposed = await owner.post(`/api/persons/${person.id}/sips`, {});
  if (proposed.status !== 201) throw new Error(`propose failed: ${proposed.status}`);
  const sipId: string = proposed.body.id;
  if (stage === 'invited' || stage === 'active') {
    const res = await owner.post(`/api/sips/${sipId}/invitation`, {
      meeting: meeting(),
      participants: [
        { kind: 'person' },
        { kind: 'unit', unitId: options.ownerUnit },
        { kind: 'unit', unitId: options.otherUnit },
        { kind: 'other-actor', name: 'Försäkringskassan' },
      ],
    });
    if (res.status !== 200)
      throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  if (stage === 'complete' || stage === 'active') await savePlan(owner, sipId, completePlan(ids));
  if (stage === 'active') {
    const res = await owner.post(`/api/sips/${sipId}/activate`, {});
    if (res.status !== 200)
      throw new Error(`activate failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  void t;
  return { personId: person.id, number: person.number, sipId, consentId };
}

/** GET with the client's session, keeping the body as bytes (PDFs). */
export async function getRaw(t: TestApp, client: TestClient, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

/**
 * The text of a PDF as a reader reads it, read by pdf.js (through unpdf), every page in order,
 * the lines joined by spaces so a sentence wrapped at the margin is still one sentence.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const { text } = await extractText(document, { mergePages: true });
    return text.replace(/\s*\n\s*/g, ' ');
  } finally {
    await document.destroy();
  }
}
