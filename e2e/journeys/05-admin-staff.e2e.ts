import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 5: administration', () => {
  it('the administrator creates a staff account, who can then sign in', async () => {
    const username = `e2e.sjukskoterska.${uniqueSuffix()}`;
    const password = 'ett-langt-losenord-2026';
    const { context, page } = await newPage(env.browser(), env.baseUrl());

    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Konton' }).waitFor();
    await page.getByTestId('staff-table').waitFor();
    // The administrator sees no person data: no person pages in the menu.
    expect(await nav(page).getByRole('link', { name: 'Personer' }).count()).toBe(0);
    await checkA11y(page, 'staff accounts');

    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { level: 3, name: 'Skapa konto' }).waitFor();
    await checkA11y(page, 'create account form');
    await page.getByRole('button', { name: 'Skapa kontot' }).click();
    await page.getByText('Välj en roll.').waitFor();
    await page.getByText('Lösenordet måste ha minst 12 tecken.').waitFor();
    await checkA11y(page, 'create account form with errors');

    await page.getByRole('textbox', { name: 'Användarnamn' }).fill(username);
    await page.getByRole('textbox', { name: 'Namn', exact: true }).fill('Tina Testsköterska');
    await page.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Sjuksköterska' });
    await page.getByRole('combobox', { name: 'Enhet' }).selectOption({ label: 'Beroendecentrum' });
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Skapa kontot' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Kontot för Tina Testsköterska (${username}) är skapat.` })
      .waitFor();
    const row = page.getByTestId('staff-table').locator('tr', { hasText: username });
    await row.waitFor();
    expect(await row.textContent()).toContain('Sjuksköterska');
    expect(await row.textContent()).toContain('Beroendecentrum');

    await row.getByRole('button', { name: /Hantera/ }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Hantera kontot för Tina Testsköterska' })
      .waitFor();
    await checkA11y(page, 'manage account');

    await nav(page).getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationer och enheter' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Region Exempel/ }).waitFor();
    await checkA11y(page, 'organisations');
    await signOut(page);

    await signIn(page, username, password);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Sjuksköterska');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
