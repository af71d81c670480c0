import { INSTRUMENTS, type QuestionnaireDefinition } from '@vardflata/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, DEMO_PASSWORD, signIn, visiblePersons } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { dayAfter, todayInStockholm } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Clicks one option per item, by the texts of the instrument definition (the same data the
 * page shows): the item is the group named by its legend, the option the radio named by its
 * label (followed by its points).
 */
async function answer(page: Page, definition: QuestionnaireDefinition, choices: readonly number[]) {
  for (const [i, item] of definition.items.entries()) {
    const option = item.options[choices[i]!]!;
    const group = page.getByRole('group', { name: `${item.number}. ${item.text.sv}` });
    await group
      .getByRole('radio', { name: new RegExp(`^${escape(option.label.sv)}\\s*(,|$)`) })
      .click();
  }
}

const pointsOf = (definition: QuestionnaireDefinition, choices: readonly number[]) =>
  definition.items.reduce((sum, item, i) => sum + item.options[choices[i]!]!.points, 0);

describe('journey 9: screening and assessment', () => {
  it('records an AUDIT and a DUDIT by clicking the options and follows them over time', async () => {
    const persons = await visiblePersons(env.baseUrl(), 'anna.lakare');
    const target = persons.find(
      (p) =>
        !p.protectedIdentity && p.givenName && (p as unknown as { sex: string }).sex !== 'unknown',
    );
    expect(target).toBeDefined();
    const personId = target!.id;
    // The day the journey starts, and the next one should a midnight pass while it runs: the
    // server dates the screenings by its own clock.
    const started = todayInStockholm();
    const today = new RegExp(`^(${started}|${dayAfter(started)})$`);

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'anna.lakare');

    // The person overview: the section with the latest results and the forms.
    await page.goto(`/persons/${personId}`);
    const section = page.getByTestId('screenings-section');
    await section.getByRole('heading', { level: 2, name: 'Screening och bedömning' }).waitFor();
    await section.getByRole('link', { name: 'Historik, trender och tidslinje' }).waitFor();
    await checkA11y(page, 'person overview with screening section');

    // AUDIT: the form, one fieldset per item.
    const audit = INSTRUMENTS.AUDIT;
    await section.getByRole('link', { name: 'AUDIT (alkohol)' }).click();
    await page.getByRole('heading', { level: 1, name: audit.title.sv }).waitFor();
    expect(await page.locator('fieldset.q-item').count()).toBe(audit.items.length);
    await checkA11y(page, 'AUDIT form');

    // Saving with nothing answered names every item and moves focus to the first.
    await page.getByRole('button', { name: 'Spara AUDIT' }).click();
    await page.getByRole('alert').filter({ hasText: '10 uppgifter behöver rättas' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      audit.items[0]!.id,
    );
    await checkA11y(page, 'AUDIT form with errors');

    // Items 1–8: the third option (2 points each); items 9–10: the second (2 points each).
    const auditChoices = audit.items.map((item) => (item.options.length === 5 ? 2 : 1));
    const auditTotal = pointsOf(audit, auditChoices);
    expect(auditTotal).toBe(20);
    await answer(page, audit, auditChoices);

    // The running total and reading, in a polite live region.
    const live = page.getByTestId('running-score').getByRole('status');
    await live.filter({ hasText: `Summa ${auditTotal} av 40` }).waitFor();
    expect(await live.textContent()).toContain('zon IV – möjligt beroende');
    expect(await page.locator('.alert-error').count()).toBe(0);

    // A refusal from the server names the item (answers[8]); it is shown beside item 9.
    await page.route('**/api/persons/*/screenings', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Bad Request',
              status: 400,
              detail: 'Invalid AUDIT answers.',
              errors: [{ path: 'answers[8]', message: 'item 9 (audit-9) is missing' }],
            }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Spara AUDIT' }).click();
    const item9 = page.getByRole('group', { name: `9. ${audit.items[8]!.text.sv}` });
    await item9.getByText('Svaret saknas eller är ogiltigt').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      'audit-9',
    );
    await checkA11y(page, 'AUDIT form with a server error beside item 9');
    await page.unroute('**/api/persons/*/screenings');

    // Saved: the stored result, with focus on its heading.
    await page.getByRole('button', { name: 'Spara AUDIT' }).click();
    const result = page.getByTestId('screening-result');
    await result.getByRole('heading', { name: `Resultat: AUDIT ${auditTotal} poäng` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    const resultText = (await result.textContent()) ?? '';
    expect(resultText).toContain('Zon IV');
    expect(resultText).toContain('Möjligt beroende');
    expect(resultText).toContain('Ja, riskbruk');
    expect(resultText).toContain('Region Exempel');
    await checkA11y(page, 'AUDIT result');

    // The trend: the chart is an image with a text alternative, and its data table has the total.
    await result.getByRole('link', { name: 'Se trend och tidslinje' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screening och bedömning' }).waitFor();
    const auditTrend = page.getByTestId('trend-audit');
    const chart = auditTrend.getByRole('img', { name: /AUDIT-summa över tid/ });
    await chart.waitFor();
    expect(await chart.locator('desc').textContent()).toMatch(/Riskbruk (kvinnor|män)/);
    await auditTrend.getByText('Visa värdena som tabell').click();
    const auditRow = auditTrend
      .getByTestId('trend-audit-table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: today }) })
      .filter({ hasText: String(auditTotal) });
    await auditRow.first().waitFor();
    expect(await auditRow.first().textContent()).toContain('Zon IV');

    // The timeline, newest first (other journeys may have recorded something for the same
    // person today too), with the new AUDIT marked for attention in words.
    const items = page.getByTestId('timeline').getByRole('listitem');
    expect((await items.first().textContent()) ?? '').toMatch(
      new RegExp(`${started}|${dayAfter(started)}`),
    );
    const newAudit = items.filter({ hasText: 'AUDIT' }).filter({ hasText: `${auditTotal} poäng` });
    const firstText = (await newAudit.first().textContent()) ?? '';
    expect(firstText).toMatch(new RegExp(`${started}|${dayAfter(started)}`));
    expect(firstText).toContain('Uppmärksamma');
    await checkA11y(page, 'screening history with trends and timeline');

    // DUDIT, filled in by the person on the staff member's screen.
    const dudit = INSTRUMENTS.DUDIT;
    await page.getByRole('link', { name: 'DUDIT (droger)' }).first().click();
    await page.getByRole('heading', { level: 1, name: dudit.title.sv }).waitFor();
    await page.getByRole('button', { name: 'Låt personen fylla i själv' }).click();
    // The person's screen: the questions only (journey 14 looks at the lock itself).
    await page.getByRole('heading', { level: 1, name: 'Frågor om droger' }).waitFor();
    const duditChoices = dudit.items.map((_, i) => (i < 3 ? 1 : 0));
    const duditTotal = pointsOf(dudit, duditChoices);
    await answer(page, dudit, duditChoices);
    await page.getByText('Du har svarat på 11 av 11 frågor.').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Summa');
    await checkA11y(page, 'DUDIT filled in by the person');

    await page.getByRole('button', { name: 'Jag är klar' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tack för dina svar' }).waitFor();
    await page.getByRole('button', { name: 'Ta tillbaka skärmen' }).click();
    await page.getByLabel('Ditt lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await page.getByRole('heading', { level: 1, name: dudit.title.sv }).waitFor();
    await live.filter({ hasText: `Summa ${duditTotal} av 44` }).waitFor();
    await page.getByRole('button', { name: 'Spara DUDIT' }).click();
    const duditResult = page.getByTestId('screening-result');
    await duditResult
      .getByRole('heading', { name: `Resultat: DUDIT ${duditTotal} poäng` })
      .waitFor();
    expect(await duditResult.textContent()).toContain('Personen fyllde i formuläret själv.');
    await checkA11y(page, 'DUDIT result');

    await duditResult.getByRole('link', { name: 'Se trend och tidslinje' }).click();
    const duditTrend = page.getByTestId('trend-dudit');
    await duditTrend.getByRole('img', { name: /DUDIT-summa över tid/ }).waitFor();
    await duditTrend.getByText('Visa värdena som tabell').click();
    const duditRow = duditTrend
      .getByTestId('trend-dudit-table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: today }) })
      .filter({ hasText: 'Personen själv' });
    expect(await duditRow.first().textContent()).toContain(String(duditTotal));
    await checkA11y(page, 'screening history after DUDIT');

    // The server stored what the page showed.
    const api = await apiSession(env.baseUrl(), 'anna.lakare');
    const { items: stored } = await api.get<{
      items: { instrument: string; total: number; filledInBy: string; performedAt: string }[];
    }>(`/api/persons/${personId}/screenings`);
    expect(stored[0]).toMatchObject({
      instrument: 'DUDIT',
      total: duditTotal,
      filledInBy: 'person',
    });
    expect(stored.find((s) => s.instrument === 'AUDIT' && today.test(s.performedAt))?.total).toBe(
      auditTotal,
    );

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
