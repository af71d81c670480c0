import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import {
  apiSession,
  nav,
  signIn,
  signOut,
  visiblePersons,
  type PersonSummary,
} from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { todayInStockholm, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/** A person Vårdcentral Centrum (health care) sees and Beroendecentrum does not: a case for
 * emergency access, which opens only persons and records health care holds (decision 0013). */
async function personOutsideBeroendecentrum(baseUrl: string): Promise<PersonSummary> {
  const anna = await apiSession(baseUrl, 'anna.lakare');
  for (const person of await visiblePersons(baseUrl, 'vera.vardcentral')) {
    if (person.protectedIdentity) continue;
    try {
      await anna.get(`/api/persons/${person.id}`);
    } catch {
      return person;
    }
  }
  throw new Error('the demo county has no Vårdcentral person unknown to Beroendecentrum');
}

/** The answer to the next access-log request whose query contains `part`. */
const logAnswer = (page: Page, part: string) =>
  page.waitForResponse((r) => r.url().includes('/api/access-log?') && r.url().includes(part));

/** The log table shows the rows of the latest request (not the previous ones while loading). */
const settled = (page: Page) =>
  page.locator('[data-testid="access-log-table"][aria-busy="false"]').waitFor();

describe('journey 4: emergency access and log review', () => {
  it('a physician opens emergency access; her unit manager reviews it and the log', async () => {
    const outsider = await personOutsideBeroendecentrum(env.baseUrl());
    const reason = `Akut inläggning, personen medvetslös – ${uniqueSuffix()}`;
    const { context, page } = await newPage(env.browser(), env.baseUrl());

    // --- anna.lakare: emergency access, a deliberate act with a warning and a reason.
    await signIn(page, 'anna.lakare');
    await nav(page).getByRole('link', { name: 'Nödåtkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nödåtkomst' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nödåtkomst är ett undantag' }).waitFor();
    await checkA11y(page, 'emergency access');

    await page.getByRole('button', { name: 'Öppna nödåtkomst' }).click();
    await page.getByText('Bekräfta att du förstår villkoren.').first().waitFor();
    await page.getByText('Skriv skälet med minst 10 tecken.').first().waitFor();
    await checkA11y(page, 'emergency access with errors');

    await page
      .getByLabel('Personnummer eller samordningsnummer')
      .fill(outsider.personalIdentityNumber);
    // A reason must be a real sentence, not ten x's.
    await page.getByLabel('Skäl till nödåtkomsten').fill('xxxxxxxxxx');
    await page.getByRole('button', { name: 'Öppna nödåtkomst' }).click();
    await page
      .getByText(/Skriv skälet som en mening/)
      .first()
      .waitFor();
    await checkA11y(page, 'emergency access, reason not a sentence');
    await page.getByLabel('Skäl till nödåtkomsten').fill(reason);
    await page.getByRole('checkbox', { name: /Jag förstår/ }).check();
    await page.getByRole('button', { name: 'Öppna nödåtkomst' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nödåtkomsten är öppnad' }).waitFor();
    await page.getByText('inte socialtjänstens', { exact: false }).first().waitFor();
    await checkA11y(page, 'emergency access granted');
    await page.getByRole('link', { name: 'Öppna personen' }).click();
    await page.getByText('Du ser personen genom nödåtkomst.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vårdrelationer' }).waitFor();
    await checkA11y(page, 'person overview through emergency access');
    await signOut(page);

    // --- maja.chef: the emergency access waits for her review.
    await signIn(page, 'maja.chef');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await nav(page).getByRole('link', { name: 'Loggkontroll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loggkontroll' }).waitFor();
    const review = page.locator('li.review-item', { hasText: reason });
    await review.waitFor();
    // She is told why it is hers to review (decision 0013).
    await review.getByText('chef för enheten där nödåtkomsten öppnades').waitFor();
    await page.getByTestId('access-log-table').waitFor();
    await checkA11y(page, 'log review');
    await review.getByLabel('Kommentar till granskningen (valfritt)').fill('Skälet är godtagbart.');
    await review.getByRole('button', { name: /Markera som granskad/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Nödåtkomsten av Anna Läkare är granskad.' })
      .waitFor();
    await review.waitFor({ state: 'detached' });

    // The log for one person of her unit, reached from the person overview.
    const own = (await visiblePersons(env.baseUrl(), 'maja.chef')).find(
      (p) => !p.protectedIdentity && p.givenName,
    );
    expect(own).toBeDefined();
    const ownName = `${own!.givenName} ${own!.familyName}`;
    await nav(page).getByRole('link', { name: 'Personer' }).click();
    await page.getByLabel('Personnummer eller namn').fill(own!.personalIdentityNumber);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: ownName }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(ownName) }).waitFor();
    await checkA11y(page, 'person overview (unit manager)');
    await page.getByRole('link', { name: 'Granska loggen för den här personen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loggkontroll' }).waitFor();
    await page.getByTestId('person-filter').filter({ hasText: ownName }).waitFor();
    const table = page.getByTestId('access-log-table');
    await table.waitFor();
    expect(page.url()).toContain(`personId=${own!.id}`);
    await checkA11y(page, 'log review for a person');

    // Filter: allowed accesses from today.
    await page.getByLabel('Utfall').selectOption('allowed');
    await page.getByLabel('Från och med').fill(todayInStockholm());
    const filtered = logAnswer(page, 'outcome=allowed');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await filtered;
    await settled(page);
    expect(page.url()).toContain(`from=${todayInStockholm()}`);
    expect(page.url()).toContain(`personId=${own!.id}`);
    await table.locator('tbody tr').first().waitFor();
    const outcomes = await table.locator('tbody tr td:nth-child(6)').allTextContents();
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((o) => o === 'Tillåten')).toBe(true);
    await checkA11y(page, 'log review filtered');

    // A random sample of the rows matching the filter.
    await page.getByLabel('Antal rader').fill('3');
    const sampled = logAnswer(page, 'sample=3');
    await page.getByRole('button', { name: 'Ta ett slumpmässigt urval' }).click();
    await sampled;
    await settled(page);
    await page.getByRole('heading', { level: 2, name: 'Loggrader i urvalet' }).waitFor();
    await table.locator('caption', { hasText: 'Slumpmässigt urval' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBeLessThanOrEqual(3);
    await checkA11y(page, 'log review sample');

    // Back to everything, newest first, paged.
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.waitForURL((url) => !url.search.includes('personId'));
    await settled(page);
    await table.locator('caption', { hasText: /^Rad 1–/ }).waitFor();
    const next = page.getByRole('button', { name: 'Nästa sida' });
    if ((await next.count()) > 0 && (await next.isEnabled())) {
      const second = logAnswer(page, 'offset=50');
      await next.click();
      await second;
      await settled(page);
      await page.getByText(/^Sida 2 av/).waitFor();
      await table.locator('caption', { hasText: /^Rad 51–/ }).waitFor();
      await checkA11y(page, 'log review page 2');
    }

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
