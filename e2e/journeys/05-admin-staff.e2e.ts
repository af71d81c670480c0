import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { uniqueSuffix } from '../support/data.ts';
import { currentStep, totp } from '../support/totp.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 5: administration', () => {
  it('an administrator proposes an account, a second approves, and the holder sets it up at first sign-in', async () => {
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
    // The integrated reception (seed 003): both principals' units, and a form that will not
    // save a reception of one principal only.
    const receptions = page.getByRole('region', { name: 'Integrerade mottagningar' });
    await receptions
      .getByRole('heading', { name: 'Socialmedicinsk mottagning Exempelby' })
      .waitFor();
    await receptions
      .getByRole('button', { name: 'Ändra Socialmedicinsk mottagning Exempelby' })
      .click();
    await receptions.getByRole('checkbox', { name: /Socialtjänst Vuxen Exempelby/ }).uncheck();
    await receptions.getByRole('button', { name: 'Spara mottagningen' }).click();
    await receptions
      .getByRole('group', { name: /Enheter i mottagningen/ })
      .getByText('Välj minst en enhet i regionen och en i en kommun.')
      .waitFor();
    await checkA11y(page, 'integrated reception: one principal only refused');
    await receptions.getByRole('checkbox', { name: /Socialtjänst Vuxen Exempelby/ }).check();
    await receptions.getByRole('button', { name: 'Spara mottagningen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Mottagningen Socialmedicinsk mottagning Exempelby är sparad.' })
      .waitFor();
    await signOut(page);

    // Issue 7 fault 4: before a second administrator approves, the account cannot sign in.
    await page.getByLabel('Användarnamn').fill(username);
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Kontot väntar på att en andra administratör godkänner det.').waitFor();
    await checkA11y(page, 'sign-in refused: awaiting approval');

    // The proposer cannot approve; adam.admin can.
    await signIn(page, 'admin');
    await page.getByTestId('approvals').getByText(username).waitFor();
    expect(await page.getByRole('button', { name: 'Godkänn för Tina Testsköterska' }).count()).toBe(
      0,
    );
    await signOut(page);
    await signIn(page, 'adam.admin');
    await page.getByRole('button', { name: 'Godkänn för Tina Testsköterska' }).click();
    await page.getByRole('status').filter({ hasText: 'Godkänt för Tina Testsköterska.' }).waitFor();
    await checkA11y(page, 'approvals');
    await signOut(page);

    // First sign-in: her own password, then a second factor, then the app.
    await page.getByLabel('Användarnamn').fill(username);
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Välj ett eget lösenord' }).waitFor();
    await checkA11y(page, 'first sign-in: choose a password');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await page.getByText('Lösenordet är för kort – minst 12 tecken.').first().waitFor();
    await checkA11y(page, 'first sign-in: password errors in words');
    await page.getByLabel('Nytt lösenord').fill('tinas-eget-losenord-2026');
    await page.getByLabel('Upprepa det nya lösenordet').fill('tinas-eget-losenord-2026');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktivera tvåstegsverifiering' }).waitFor();
    await page.getByRole('button', { name: 'Skapa en nyckel' }).click();
    const secret = await page.getByTestId('totp-secret').getAttribute('data-secret');
    await checkA11y(page, 'first sign-in: enrol a second factor');
    await page.getByLabel('Engångskod').fill(totp(secret!, currentStep()));
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Sjuksköterska');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
