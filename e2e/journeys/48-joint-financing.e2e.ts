import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

interface Period {
  id: string;
  startsOn: string;
  status: 'open' | 'settled';
}

/**
 * Joint financing (F18): the county steering group (played by the analyst Olle) reads the
 * integrated reception's 75/25 key, adds an operation with a key (shares that do not make 100 %
 * are refused), records its cost in the open month and sees the avräkning in kronor, downloads
 * it as PDF and Excel, and settles a period of its own; the unit manager Maja reads the settled
 * demo month without forms.
 */
describe('journey 48: joint financing', () => {
  it('key → cost → settlement with downloads → settled', async () => {
    const tag = uniqueSuffix();
    const name = `Gemensam mottagning ${tag}`;
    const olle = await newPage(env.browser(), env.baseUrl());
    await signIn(olle.page, 'olle.analytiker');
    await nav(olle.page).getByRole('link', { name: 'Samfinansiering' }).click();
    await olle.page.getByRole('heading', { level: 1, name: 'Samfinansiering' }).waitFor();
    const reception = olle.page.getByRole('region', { name: 'Integrerad beroendemottagning' });
    await reception.getByText('Regionen 25 %, kommunerna 75 %').first().waitFor();
    await checkA11y(olle.page, 'joint operations and keys');

    // 1. A new operation and its key; 30 + 75 is refused, 25 + 75 is saved.
    const add = olle.page.getByRole('form', { name: 'Lägg till verksamhet' });
    await add.getByLabel('Namn').fill(name);
    await add.getByRole('button', { name: 'Lägg till' }).click();
    const card = olle.page.getByRole('region', { name });
    await card.getByText('Ingen nyckel är beslutad ännu.').waitFor();
    const key = card.getByRole('form', { name: 'Ny version av nyckeln' });
    await key.getByLabel('Gäller från').fill('2020-01-01');
    await key.getByRole('combobox', { name: /^Region/ }).selectOption({ label: 'Region Exempel' });
    await key.getByLabel('Regionens andel (%)').fill('30');
    await key.getByLabel('Fasta andelar').check();
    await key.getByRole('checkbox', { name: 'Exempelby kommun' }).check();
    await key.getByRole('checkbox', { name: 'Norrby kommun' }).check();
    await key.getByLabel('Andel för Exempelby kommun (%)').fill('60');
    await key.getByLabel('Andel för Norrby kommun (%)').fill('40');
    await key.getByRole('button', { name: 'Spara nyckeln' }).click();
    await key.getByText('Andelarna måste bli exakt 100 % (nu 105 %).').first().waitFor();
    await checkA11y(olle.page, 'key refused: shares do not make 100 %');
    await key.getByLabel('Regionens andel (%)').fill('25');
    await key.getByRole('button', { name: 'Spara nyckeln' }).click();
    await key.getByText('Nyckeln är sparad.').waitFor();
    await card.getByText('Kommunerna sinsemellan efter fasta andelar').waitFor();

    // 2. Its cost in the open month, in the avräkning in Swedish kronor.
    await olle.page.getByRole('link', { name: 'Till avräkningen' }).click();
    await olle.page.getByRole('heading', { level: 1, name: 'Avräkning' }).waitFor();
    // The demo's open month, picked through the API (not by the list's order).
    const api = await apiSession(env.baseUrl(), 'olle.analytiker');
    const demo = (await api.get<{ items: Period[] }>('/api/joint-financing/periods')).items;
    const open = demo.find((p) => p.status === 'open')!;
    await olle.page.goto(`${env.baseUrl()}/joint-financing/settlement?period=${open.id}`);
    await olle.page.getByRole('heading', { name: 'Att betala per huvudman' }).waitFor();
    const cost = olle.page.getByRole('form', { name: `Kostnad för ${name} (kr)` });
    await cost.getByLabel(`Kostnad för ${name} (kr)`).fill('12 345,50');
    await cost.getByRole('button', { name: 'Spara kostnaden' }).click();
    await cost.getByText('Kostnaden är sparad.').waitFor();
    await olle.page.getByRole('heading', { level: 4, name: /Kostnad 12\s345,50 kr$/ }).waitFor();
    await checkA11y(olle.page, 'open settlement with costs');

    for (const [link, start] of [
      ['Ladda ner avräkningen som PDF', '%PDF-'],
      ['Ladda ner avräkningen som Excel-fil', 'PK'],
    ] as const) {
      const href = await olle.page.getByRole('link', { name: link }).getAttribute('href');
      const file = await olle.context.request.get(href!);
      expect(file.status()).toBe(200);
      expect((await file.body()).subarray(0, start.length).toString()).toBe(start);
    }

    // 3. A period of its own, far ahead, settled on the screen.
    const year = String(2100 + (Date.now() % 500));
    const period = olle.page.getByRole('form', { name: 'Ny period' });
    await period.getByLabel('Första dag').fill(`${year}-01-01`);
    await period.getByLabel('Sista dag').fill(`${year}-01-31`);
    await period.getByRole('button', { name: 'Lägg till period' }).click();
    await period.getByText('Perioden är tillagd.').waitFor();
    const periods = (await api.get<{ items: Period[] }>('/api/joint-financing/periods')).items;
    const own = periods.find((p) => p.startsOn === `${year}-01-01`)!;
    await olle.page.goto(`${env.baseUrl()}/joint-financing/settlement?period=${own.id}`);
    await olle.page.getByRole('button', { name: 'Fastställ avräkningen' }).click();
    await olle.page.getByText(/^Fastställd \d/).waitFor();
    expect(pageErrors(olle.page)).toEqual([]);
    await olle.context.close();

    // 4. Maja reads the settled demo month: the sums, no forms.
    const settled = periods.find((p) => p.status === 'settled' && p.id !== own.id)!;
    const maja = await newPage(env.browser(), env.baseUrl());
    await signIn(maja.page, 'maja.chef');
    await nav(maja.page).getByRole('link', { name: 'Samfinansiering' }).click();
    await maja.page.getByRole('heading', { level: 1, name: 'Samfinansiering' }).waitFor();
    await checkA11y(maja.page, 'keys, read only');
    await maja.page.goto(`${env.baseUrl()}/joint-financing/settlement?period=${settled.id}`);
    await maja.page.getByRole('heading', { name: 'Att betala per huvudman' }).waitFor();
    await maja.page.getByRole('heading', { name: 'Placeringar på HVB' }).waitFor();
    await maja.page.getByText('Placeringarna anges utan personuppgifter.').waitFor();
    expect(await maja.page.getByRole('button', { name: 'Fastställ avräkningen' }).count()).toBe(0);
    await checkA11y(maja.page, 'settled settlement, read only');
    expect(pageErrors(maja.page)).toEqual([]);
    await maja.context.close();
  });
});
