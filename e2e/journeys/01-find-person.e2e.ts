import { describe, expect, it } from 'vitest';
import { formatIdentityNumber } from '@vardflata/domain';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn, visiblePersons } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 1: a social worker finds a person', () => {
  it('signs in as erik.socsek, finds a demo person by name and opens the overview', async () => {
    const persons = await visiblePersons(env.baseUrl(), 'erik.socsek');
    const target = persons.find((p) => !p.protectedIdentity && p.givenName && p.familyName);
    expect(target, 'erik.socsek should see at least one demo person').toBeDefined();
    const fullName = `${target!.givenName} ${target!.familyName}`;

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByTestId('demo-banner').textContent()).toContain(
      'Demoversion – fiktiva personer och uppgifter',
    );
    await checkA11y(page, 'sign-in');

    // A wrong password is refused with a message that does not say which part was wrong.
    await page.getByLabel('Användarnamn').fill('erik.socsek');
    await page.getByLabel('Lösenord').fill('not-the-password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }).waitFor();
    await checkA11y(page, 'sign-in with error');

    await signIn(page, 'erik.socsek');
    // Staff land on the start page; the person search is one step away.
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await nav(page).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toContain(
      'Erik Socialsekreterare',
    );
    await checkA11y(page, 'person search');

    await page.getByLabel('Personnummer eller namn').fill(target!.familyName!);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const link = page.getByRole('link', { name: fullName }).first();
    await link.waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /hittades/ })
      .waitFor();
    await checkA11y(page, 'person search results');

    await link.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(fullName) }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Identitet' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vårdrelationer' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Samtycken' }).waitFor();
    const identity = page.getByRole('region', { name: 'Identitet' });
    expect(await identity.textContent()).toContain(
      formatIdentityNumber(target!.personalIdentityNumber),
    );
    await page
      .getByRole('table', { name: 'Vårdrelationer' })
      .getByRole('rowheader', { name: /^Socialtjänst Vuxen Exempelby/ })
      .first()
      .waitFor();
    // Where the later modules attach: SIP (F3) with the person's plans.
    await page
      .getByRole('heading', { level: 2, name: 'SIP – samordnad individuell plan' })
      .waitFor();
    // The document title never carries the person's name.
    expect(await page.title()).not.toContain(target!.familyName!);
    await checkA11y(page, 'person overview');

    await page.getByRole('button', { name: 'Ta fram registerutdrag' }).click();
    const extract = page.getByTestId('access-extract');
    await extract.waitFor();
    expect(await extract.textContent()).toContain(
      'Socialtjänst Vuxen Exempelby läste dina personuppgifter',
    );
    await checkA11y(page, 'person overview with access extract');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
