import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { randomPersonnummer, todayInStockholm } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/** The date `days` days after today in Sweden, YYYY-MM-DD. */
function inDays(days: number): string {
  const [y, m, d] = todayInStockholm().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const sections = (page: Page) => page.getByRole('navigation', { name: 'Delar av SIP:en' });
const waitForFocusOn = (page: Page, id: string) =>
  page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5_000 });
/** The texts a control's aria-describedby points at. */
const description = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
/** Whether leaving the page now would ask first (the page's beforeunload handler). */
const asksBeforeUnload = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

describe('journey 12: the SIP page in sections, unsaved changes, limits and dates', () => {
  it('moves between sections by keyboard, asks before unsaved changes are lost, says limits and formats', async () => {
    const baseUrl = env.baseUrl();
    // A person of Erik's unit with a SIP just proposed (through the API).
    const erikApi = await apiSession(baseUrl, 'erik.socsek');
    const person = await erikApi.post<{ id: string }>('/api/persons', {
      personalIdentityNumber: randomPersonnummer(),
      givenName: 'Sektion',
      familyName: 'Sidansdotter',
      sex: 'female',
    });
    const proposed = await erikApi.post<{ id: string; version: number }>(
      `/api/persons/${person.id}/sips`,
      { source: { kind: 'staff' } },
    );
    const sipUrl = `/sips/${proposed.id}`;

    const { context, page } = await newPage(env.browser(), baseUrl);
    await signIn(page, 'erik.socsek');
    await page.goto(sipUrl);
    await page
      .getByRole('heading', { level: 1, name: /SIP – samordnad individuell plan/ })
      .waitFor();

    // ---------------------------------------------------------------- sections, the plan first
    const planLink = sections(page).getByRole('link', { name: /^Planen/ });
    expect(await planLink.getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { level: 2, name: 'Planen' }).waitFor();
    expect(await page.getByTestId('participants').count()).toBe(0);
    await checkA11y(page, 'SIP page: the plan section');

    // By keyboard: a section link, Enter; its own address, focus on its heading.
    const meetingsLink = sections(page).getByRole('link', { name: 'Deltagare och möten' });
    await meetingsLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${sipUrl}/meetings`);
    await waitForFocusOn(page, 'participants-heading');
    expect(await meetingsLink.getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('heading', { level: 2, name: 'Planen' }).count()).toBe(0);
    await checkA11y(page, 'SIP page: participants and meetings section');
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Planen' }).waitFor();

    // ---------------------------------------------------------------- one date field
    const nextFollowUp = page.getByLabel('Datum för nästa uppföljning', { exact: true });
    expect(await nextFollowUp.getAttribute('type')).toBe('text');
    expect(await description(page, 'Datum för nästa uppföljning')).toContain('ÅÅÅÅ-MM-DD');

    // ---------------------------------------------------------------- the limit, said
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    const goalText = page.getByRole('group', { name: 'Mål 1', exact: true }).getByLabel('Målet');
    await goalText.fill('x'.repeat(2001));
    await page.getByText('1 tecken för mycket – högst 2 000 tecken.').waitFor();
    await nextFollowUp.fill('2026-13-45');
    await page.locator('#plan-save').click();
    const summary = page.getByRole('alert').filter({ hasText: '2 uppgifter behöver rättas' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Mål 1 – Målet');
    await page.getByText('Texten är för lång – högst 2 000 tecken.').waitFor();
    expect(await goalText.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await nextFollowUp.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, 'Datum för nästa uppföljning')).toContain(
      'Skriv datumet som ÅÅÅÅ-MM-DD',
    );
    await checkA11y(page, 'plan with a text too long and a date not a date');
    // The summary's entry leads to its field.
    await summary.getByRole('link', { name: 'Datum för nästa uppföljning' }).click();
    expect(await nextFollowUp.evaluate((el) => el === document.activeElement)).toBe(true);

    // The server's 400 for a field, with its limit, is shown beside that field.
    await goalText.fill('Bo kvar i lägenheten');
    await nextFollowUp.fill(inDays(30));
    await page.route('**/api/sips/*/plan', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Invalid body: plan.goals[0].text',
          errors: [
            {
              path: 'plan.goals[0].text',
              message: 'Too big: expected string to have <=2000 characters',
            },
          ],
        }),
      }),
    );
    await page.locator('#plan-save').click();
    await page.getByText('Texten är för lång – högst 2 000 tecken.').waitFor();
    expect(await goalText.getAttribute('aria-invalid')).toBe('true');
    expect(await goalText.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.unroute('**/api/sips/*/plan');

    // ---------------------------------------------------------------- unsaved changes
    // Moving between the SIP's sections keeps them.
    await sections(page).getByRole('link', { name: 'Versioner och händelser' }).click();
    await page.waitForURL(`**${sipUrl}/history`);
    expect(await page.getByTestId('leave-dialog').isVisible()).toBe(false);
    expect(await planLink.textContent()).toContain('Ändringar som inte är sparade');
    await planLink.click();
    expect(await goalText.inputValue()).toBe('Bo kvar i lägenheten');

    // Leaving the SIP inside the app is held with a question; staying keeps everything.
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    const leave = page.getByRole('dialog', { name: 'Planen har ändringar som inte är sparade' });
    await leave.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Stanna kvar');
    await checkA11y(page, 'the question before unsaved changes are lost');
    await page.keyboard.press('Escape');
    await leave.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(sipUrl);
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(await goalText.inputValue()).toBe('Bo kvar i lägenheten');
    // Leaving the page itself (reload, closing the tab) asks through the browser.
    expect(await asksBeforeUnload(page)).toBe(true);
    // The person's own view is another page, not a section: it is held too.
    await sections(page).getByRole('link', { name: 'Utskrifter' }).click();
    await page.getByRole('link', { name: 'Personens version av planen' }).click();
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`${sipUrl}/documents`);

    // Save and go on: saved as version 2, then on to the person.
    await page.getByRole('link', { name: 'Tillbaka till personöversikten' }).click();
    await leave.getByRole('button', { name: 'Spara och gå vidare' }).click();
    await page.getByRole('heading', { level: 1, name: /Sektion Sidansdotter/ }).waitFor();
    const afterSave = await erikApi.get<{ version: number; plan: { goals: { text: string }[] } }>(
      `/api/sips/${proposed.id}`,
    );
    expect(afterSave.version).toBe(proposed.version + 1);
    expect(afterSave.plan.goals.map((g) => g.text)).toEqual(['Bo kvar i lägenheten']);

    // ---------------------------------------------------------------- counts in words
    // One change saved: "(1 ändring)", not "(1 ändringar)".
    await page.goto(sipUrl);
    await page
      .getByLabel('Personens egna ord och önskemål')
      .fill('Jag vill bo kvar och ha något att göra om dagarna.');
    await page.locator('#plan-save').click();
    await page.getByTestId('save-state').filter({ hasText: 'Allt är sparat' }).waitFor();
    expect(await asksBeforeUnload(page)).toBe(false);
    await sections(page).getByRole('link', { name: 'Versioner och händelser' }).click();
    await page.getByText(/^Visa alla händelser/).click();
    const history = (await page.getByTestId('history').textContent()) ?? '';
    expect(history).toContain(`Planen sparades som version ${proposed.version + 2} (1 ändring).`);
    expect(history).toMatch(
      new RegExp(`Planen sparades som version ${proposed.version + 1} \\(\\d+ ändringar\\)\\.`),
    );
    await checkA11y(page, 'SIP page: versions and events section');

    // Leaving without saving: the change is dropped, nothing is saved.
    await sections(page)
      .getByRole('link', { name: /^Planen/ })
      .click();
    await page.getByLabel('Problem och behov').fill('Ändrat men inte sparat.');
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    await leave.getByRole('button', { name: 'Lämna utan att spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    const untouched = await erikApi.get<{ version: number; plan: { problemAndNeeds: string } }>(
      `/api/sips/${proposed.id}`,
    );
    expect(untouched.version).toBe(proposed.version + 2);
    expect(untouched.plan.problemAndNeeds).toBe('');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
