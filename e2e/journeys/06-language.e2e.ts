import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { DEMO_PASSWORD, visiblePersons } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 6: English', () => {
  it('switches to English, keeps it after a reload, and back to Swedish', async () => {
    const target = (await visiblePersons(env.baseUrl(), 'sara.samordnare')).find(
      (p) => !p.protectedIdentity && p.givenName,
    );
    expect(target).toBeDefined();
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    const lang = () => page.locator('html').getAttribute('lang');

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await lang()).toBe('en');
    expect(await page.getByTestId('demo-banner').textContent()).toContain('Demo version');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await checkA11y(page, 'sign-in (English)');

    await page.getByLabel('User name').fill('sara.samordnare');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    // A coordinator has no emergency access (health care's, decision 0013): no such link.
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Persons' })
      .waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Main menu' })
        .getByRole('link', { name: 'Emergency access' })
        .count(),
    ).toBe(0);
    await checkA11y(page, 'start page (English)');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await lang()).toBe('en');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Persons' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Persons' }).waitFor();

    await page.getByLabel('Personal identity number or name').fill(target!.personalIdentityNumber);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: `${target!.givenName} ${target!.familyName}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Care relations' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Consents' }).waitFor();
    await checkA11y(page, 'person overview (English)');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vårdrelationer' }).waitFor();
    expect(await lang()).toBe('sv');
    await checkA11y(page, 'person overview (back in Swedish)');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
