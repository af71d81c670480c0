import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 23: the start page', () => {
  it('a social worker lands on what is due and her persons, and gets to them in one step', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(
      await nav(page).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current'),
    ).toBe('page');

    const due = page.getByTestId('start-due');
    await due.getByRole('heading', { level: 2, name: /Att göra/ }).waitFor();
    // The demo county gives Erik something due (a booked follow-up meeting, a frozen plan).
    await due.locator('.start-due-list li').first().waitFor();
    const persons = page.getByTestId('start-persons');
    const rows = persons.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    // Names and numbers, and the plans he coordinates, each a link.
    expect(await rows.first().locator('th a').textContent()).toMatch(/\S+ \S+/);
    expect(await persons.locator('td.pin').first().textContent()).toMatch(/^\d{8}-\d{4}$/);
    await persons
      .getByRole('link', { name: /^Aktiv/ })
      .first()
      .waitFor();
    await checkA11y(page, 'start page, social worker');

    const first = rows.first().locator('th a');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();

    // The search on the start page opens the Persons page with the results.
    await nav(page).getByRole('link', { name: 'Översikt' }).click();
    await page.getByLabel('Sök person').fill(name.split(' ').at(-1)!);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    await page.getByRole('link', { name }).first().waitFor();
    await signOut(page);

    // The coordinator sees first the persons whose SIP she coordinates.
    await signIn(page, 'sara.samordnare');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const saras = page.getByTestId('start-persons').locator('tbody tr');
    await saras.first().waitFor();
    expect(await saras.first().locator('td').last().textContent()).toMatch(
      /Aktiv|Kallad|Föreslagen|Möte hållet/,
    );
    await checkA11y(page, 'start page, coordinator');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('a unit manager lands on the log review due, emergency accesses to review, and the unit', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'maja.chef');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const status = page.getByTestId('review-status');
    await status.getByRole('heading', { level: 2, name: /Loggkontroll att göra/ }).waitFor();
    await status.getByText(/Ingen loggkontroll är registrerad|Senaste loggkontroll/).waitFor();
    const emergency = page.getByTestId('start-emergency');
    await emergency.getByRole('heading', { level: 2, name: /Nödåtkomster att granska/ }).waitFor();
    await emergency.locator('p').first().waitFor();
    await page
      .getByTestId('start-due')
      .getByRole('heading', { level: 2, name: /Att göra/ })
      .waitFor();
    await page.getByTestId('start-persons').locator('tbody tr').first().waitFor();
    await checkA11y(page, 'start page, unit manager');

    await nav(page).getByRole('link', { name: 'Loggkontroll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loggkontroll' }).waitFor();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
