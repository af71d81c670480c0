import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 7: other roles, other pages, the keyboard', () => {
  it('the analyst gets an explanatory home page and no person pages', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'olle.analytiker');
    await page.getByRole('heading', { level: 1, name: 'Översikt för analys' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Personer' }).count()).toBe(0);
    await checkA11y(page, 'analyst home');

    await page.goto('/persons');
    await page
      .getByRole('heading', { level: 1, name: 'Sidan är inte tillgänglig för din roll' })
      .waitFor();
    await checkA11y(page, 'not allowed for the role');

    await nav(page).getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    await page.getByRole('button', { name: 'Skapa en nyckel' }).click();
    await page.getByTestId('totp-secret').waitFor();
    await page.getByRole('link', { name: /^otpauth:\/\// }).waitFor();
    await checkA11y(page, 'my account, second-factor enrolment');
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page.getByText('Ange sex siffror.').waitFor();

    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await checkA11y(page, 'not found');

    await signOut(page);
    await page.getByRole('status').filter({ hasText: 'Du är utloggad.' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('is usable by keyboard: skip link, sign-in and navigation', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Hoppa till innehållet',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Sign in with the keyboard alone.
    await page.getByLabel('Användarnamn').focus();
    await page.keyboard.type('sara.samordnare');
    await page.keyboard.press('Tab');
    await page.keyboard.type('vardflata-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

    // After a client-side navigation, focus lands on the new page's heading.
    // (A coordinator has no emergency access: it is health care's, decision 0013.)
    expect(await nav(page).getByRole('link', { name: 'Nödåtkomst' }).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Personer' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Personer');
    expect(await page.evaluate(() => document.title)).toBe('Personer – Vårdfläta');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
