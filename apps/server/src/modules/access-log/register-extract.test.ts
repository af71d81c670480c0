import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterExtract } from '@vardflata/contracts';
import { ACCESS_ACTION_CODES, luhnCheckDigit } from '@vardflata/domain';
import {
  demoIds,
  logRowsFor,
  newIdentityNumber,
  startTestApp,
  type TestApp,
  type TestClient,
} from '../../test/harness.ts';
import { pdfLines, pdfTitle } from '../../test/pdf-text.ts';
import { entryLine } from './register-extract.pdf.ts';

/** The register extract (registerutdrag) handed to the person: words, grouped, printable. */
let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let anna: TestClient;
let erik: TestClient;
let maja: TestClient;
let personId: string;
let number: string;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function raw(client: TestClient, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

/** How many times a place did a thing, over every day of the extract. */
const timesDone = (extract: RegisterExtract, place: string, sv: string) =>
  extract.days
    .flatMap((d) => d.entries)
    .filter((e) => e.place === place && e.text.sv === sv)
    .reduce((sum, e) => sum + e.count, 0);

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.db);
  anna = await t.signIn('anna.lakare');
  erik = await t.signIn('erik.socsek');
  maja = await t.signIn('maja.chef');
  number = newIdentityNumber(luhnCheckDigit);
  const body = {
    personalIdentityNumber: number,
    givenName: 'Utdrag',
    familyName: 'Persson',
    sex: 'female',
  };
  personId = (await anna.post('/api/persons', body)).body.id;
  await erik.post('/api/persons', body);
  for (let i = 0; i < 3; i++) await anna.get(`/api/persons/${personId}`);
  await anna.get(`/api/persons/${personId}/screenings`);
  await anna.get(`/api/persons/${personId}/screenings`);
  await anna.get(`/api/persons/${personId}/consents`);
  // The municipality's accesses are the municipality's to report.
  await erik.get(`/api/persons/${personId}`);
});
afterAll(async () => t?.close());

describe('GET /api/persons/:id/access-extract', () => {
  it('groups the organisation’s accesses per day, unit and kind of access, in words', async () => {
    const res = await maja.get(`/api/persons/${personId}/access-extract`);
    expect(res.status).toBe(200);
    const extract = res.body as RegisterExtract;
    expect(extract.person).toEqual({ personalIdentityNumber: number, name: 'Utdrag Persson' });
    expect(extract.organisationName).toBe('Region Exempel');
    expect(timesDone(extract, 'Beroendecentrum', 'registrerade dig som aktuell hos enheten')).toBe(
      1,
    );
    expect(timesDone(extract, 'Beroendecentrum', 'läste dina personuppgifter')).toBe(3);
    expect(timesDone(extract, 'Beroendecentrum', 'läste dina screeningar')).toBe(2);
    expect(timesDone(extract, 'Beroendecentrum', 'läste dina samtycken')).toBe(1);
    const reads = extract.days
      .flatMap((d) => d.entries)
      .find((e) => e.text.sv === 'läste dina personuppgifter')!;
    expect(reads.text.en).toBe('read your personal details');
    expect(reads.firstAt <= reads.lastAt).toBe(true);
    // Days newest first; one line per place and kind within a day.
    const dates = extract.days.map((d) => d.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const day of extract.days) {
      const keys = day.entries.map((e) => `${e.place}|${e.text.sv}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    // Only the region's units: the municipality reports its own accesses.
    const places = new Set(extract.days.flatMap((d) => d.entries.map((e) => e.place)));
    expect(places).toEqual(new Set(['Beroendecentrum']));
  });

  it('holds no codes and no ids', async () => {
    const text = JSON.stringify((await maja.get(`/api/persons/${personId}/access-extract`)).body);
    expect(text).not.toMatch(UUID);
    for (const code of ACCESS_ACTION_CODES) expect(text).not.toContain(`"${code}"`);
    expect(text).not.toMatch(/care-relation|own-organisation|allowed/);
  });

  it('logs its own production, and the next extract says so', async () => {
    await anna.get(`/api/persons/${personId}/access-extract`);
    const rows = await logRowsFor(t.db, personId);
    expect(rows.at(-1)).toMatchObject({
      action: 'person.access-extract',
      user_id: ids.user('anna.lakare'),
      outcome: 'allowed',
    });
    const next = (await anna.get(`/api/persons/${personId}/access-extract`))
      .body as RegisterExtract;
    expect(
      timesDone(next, 'Beroendecentrum', 'tog fram ett registerutdrag åt dig'),
    ).toBeGreaterThanOrEqual(2);
  });

  it('covers a chosen period, and refuses a period that ends before it starts', async () => {
    const none = await anna.get(`/api/persons/${personId}/access-extract?from=2099-01-01`);
    expect(none.body).toMatchObject({ from: '2099-01-01', to: null, days: [] });
    const bad = await anna.get(
      `/api/persons/${personId}/access-extract?from=2026-02-01&to=2026-01-01&lang=fi`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['lang', 'to']);
  });

  it('is 404 for a person the caller may not see, and the attempt is logged', async () => {
    const other = newIdentityNumber(luhnCheckDigit);
    const hidden = (
      await erik.post('/api/persons', {
        personalIdentityNumber: other,
        givenName: 'A',
        familyName: 'B',
        sex: 'male',
      })
    ).body.id;
    expect((await anna.get(`/api/persons/${hidden}/access-extract`)).status).toBe(404);
    expect((await anna.get(`/api/persons/${hidden}/access-extract.pdf`)).status).toBe(404);
    const denied = (await logRowsFor(t.db, hidden)).filter((r) => r.outcome === 'denied');
    expect(denied.map((r) => r.action)).toEqual(['person.access-extract', 'person.access-extract']);
  });
});

describe('GET /api/persons/:id/access-extract.pdf', () => {
  it('prints what the screen shows: the person, the organisation, a line per unit and kind of access', async () => {
    // The same extract as JSON, read just before the PDF (whose production adds one row).
    const json = (await anna.get(`/api/persons/${personId}/access-extract`))
      .body as RegisterExtract;
    const pdf = await raw(anna, `/api/persons/${personId}/access-extract.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('registerutdrag.pdf');
    const lines = await pdfLines(pdf.bytes);
    expect(lines[0]).toBe('Registerutdrag – vem har tagit del av dina uppgifter');
    expect(lines).toContain('Till: Utdrag Persson');
    expect(lines).toContain(`Personnummer: ${number.slice(0, 8)}-${number.slice(8)}`);
    expect(lines).toContain('Från: Region Exempel');
    expect(lines).toContain('Period: hela tiden som loggen omfattar');
    expect(await pdfTitle(pdf.bytes)).toBe('Registerutdrag – vem har tagit del av dina uppgifter');

    const printed = lines.filter((l) => l.startsWith('•')).map((l) => l.replace(/^•\s+/, ''));
    const producing = (l: string) => l.includes('tog fram ett registerutdrag');
    const fromJson = json.days.flatMap((d) => d.entries.map((e) => entryLine(e, 'sv')));
    expect(printed.filter((l) => !producing(l))).toEqual(fromJson.filter((l) => !producing(l)));
    expect(
      printed.some((l) =>
        /^Beroendecentrum läste dina personuppgifter \(\d+ gånger?, kl\. \d\d:\d\d/.test(l),
      ),
    ).toBe(true);
    // Each day is a heading of its own, in words.
    for (const day of json.days) {
      const heading = new Intl.DateTimeFormat('sv-SE', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${day.date}T12:00:00Z`));
      expect(lines.map((l) => l.toLowerCase())).toContain(heading);
    }
    expect(printed.join('\n')).not.toMatch(UUID);
  });

  it('prints in English on request, and says plainly when nothing happened in the period', async () => {
    const en = await pdfLines(
      (await raw(anna, `/api/persons/${personId}/access-extract.pdf?lang=en`)).bytes,
    );
    expect(en[0]).toBe('Register extract – who has accessed your records');
    expect(en.some((l) => l.includes('Beroendecentrum read your personal details'))).toBe(true);
    const empty = await pdfLines(
      (await raw(anna, `/api/persons/${personId}/access-extract.pdf?from=2099-01-01`)).bytes,
    );
    expect(empty.join(' ')).toContain(
      'Ingen hos Region Exempel har tagit del av dina uppgifter under perioden.',
    );
  });

  it('prints no name under protected identity for a caller not authorised to see it', async () => {
    const pin = newIdentityNumber(luhnCheckDigit);
    const hidden = (
      await anna.post('/api/persons', {
        personalIdentityNumber: pin,
        givenName: 'Dold',
        familyName: 'Hemlig',
        sex: 'female',
        protectedIdentity: true,
      })
    ).body.id;
    const lines = await pdfLines(
      (await raw(anna, `/api/persons/${hidden}/access-extract.pdf`)).bytes,
    );
    expect(lines).toContain('Till: Skyddad identitet');
    expect(lines.join(' ')).not.toMatch(/Dold|Hemlig/);
  });
});
