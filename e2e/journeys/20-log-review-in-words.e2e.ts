import { describe, expect, it } from 'vitest';
import { ACCESS_ACTION_CODES, ACCESS_ACTIONS } from '@vardflata/domain';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CODE = /^[a-z-]+\.[a-z.-]+$/;
const labels = (lang: 'sv' | 'en') =>
  new Set(ACCESS_ACTION_CODES.map((c) => ACCESS_ACTIONS[c].label[lang]));

describe('journey 20: log review in words', () => {
  it('names persons by name and number, events in Swedish and English, and records the review', async () => {
    const maja = await apiSession(env.baseUrl(), 'maja.chef');
    const me = await maja.get<{ id: string }>('/api/me');
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'maja.chef');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await nav(page).getByRole('link', { name: 'Loggkontroll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loggkontroll' }).waitFor();
    await page.getByTestId('review-status').waitFor();
    const table = page.getByTestId('access-log-table');
    await table.locator('tbody tr').first().waitFor();
    await checkA11y(page, 'log review');

    // Every event in words from the catalogue; no code, no id anywhere in the table.
    const actions = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(actions.length).toBeGreaterThan(5);
    const sv = labels('sv');
    expect(actions.filter((a) => !sv.has(a))).toEqual([]);
    expect(actions.some((a) => CODE.test(a))).toBe(false);
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(UUID);
    // The person column: a name (or "Skyddad identitet") and a personnummer.
    const persons = await table.locator('tbody tr td:nth-child(7)').allTextContents();
    const named = persons.filter((p) => p !== '—');
    expect(named.length).toBeGreaterThan(0);
    // A name (or "Namn okänt" for a reserve identity) and a personnummer or reserve number.
    for (const p of named) expect(p).toMatch(/^\S.* (\d{8}-\d{4}|\d{4}-RV-\d{6})/);

    // Filtering on a person from the table names them in the filter.
    const first = table.locator('tbody tr td:nth-child(7) button').first();
    const personText = (await first.locator('.person-cell-name').textContent())!;
    await first.click();
    await page.getByTestId('person-filter').filter({ hasText: personText }).waitFor();
    expect(await page.getByTestId('person-filter').textContent()).toMatch(/\(\d{8}-\d{4}\)/);
    await checkA11y(page, 'log review filtered on a person');

    // A random sample, reviewed and recorded.
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.getByLabel('Antal rader').fill('10');
    await page.getByRole('button', { name: 'Ta ett slumpmässigt urval' }).click();
    await page.getByRole('heading', { level: 2, name: 'Loggrader i urvalet' }).waitFor();
    const record = page.getByTestId('record-review');
    await record.getByRole('button', { name: 'Registrera loggkontrollen' }).click();
    await record.getByText('Välj ett resultat.').waitFor();
    await checkA11y(page, 'record a log review, with an error');
    await record.getByRole('radio', { name: /Inga avvikelser/ }).check();
    await record
      .getByLabel('Anteckning (valfritt)')
      .fill('Stickprov om tio rader, inga avvikelser.');
    await record.getByRole('button', { name: 'Registrera loggkontrollen' }).click();
    await page.getByRole('status').filter({ hasText: 'Loggkontrollen är registrerad' }).waitFor();
    await page
      .getByTestId('review-status')
      .filter({ hasText: 'Senaste loggkontroll' })
      .filter({ hasText: 'Maja Verksamhetschef' })
      .waitFor();
    await checkA11y(page, 'log review recorded');

    // Her own reviews never come into a sample.
    await page.goto(`/log-review?userId=${me.id}&sample=200&draw=1`);
    await page.getByRole('heading', { level: 2, name: 'Loggrader i urvalet' }).waitFor();
    await page
      .locator('[data-testid="access-log-table"], p:has-text("Inga loggrader")')
      .first()
      .waitFor();
    const own = await page
      .locator('[data-testid="access-log-table"] tbody tr td:nth-child(4)')
      .allTextContents();
    expect(own).not.toContain('Granskade loggen (loggkontroll)');

    // The same events in English.
    await page.goto('/log-review');
    await table.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log review' }).waitFor();
    const en = labels('en');
    const english = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(english.filter((a) => !en.has(a))).toEqual([]);
    await checkA11y(page, 'log review (English)');
    await page.getByRole('button', { name: 'Svenska' }).click();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
