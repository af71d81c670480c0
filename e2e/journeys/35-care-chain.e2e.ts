import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 35: the care chain’s records', () => {
  it('a social worker follows the care chain from the worklist: interventions, referrals, the circle and the case', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');

    // The worklist has the care chain's part: an intervention without an outcome, "svar ej
    // mottaget" for a referral past its due date.
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    const chain = page.getByTestId('care-worklist');
    await chain.getByRole('heading', { level: 2, name: 'Vårdkedjan' }).waitFor();
    await chain
      .getByText('Svar ej mottaget från Vårdcentral Centrum', { exact: false })
      .first()
      .waitFor();
    await page.getByTestId('my-persons').waitFor();
    await checkA11y(page, 'worklist with the care chain');

    // The referrals the unit sent, with their answers.
    await nav(page).getByRole('link', { name: 'Remisser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Remisser' }).waitFor();
    // The choice lives in the address (?box=outgoing): it is checked once the router has
    // navigated, so wait for that rather than expecting the click to flip it at once.
    await page.getByRole('radio', { name: 'Skickade' }).click();
    await page.getByRole('radio', { name: 'Skickade', checked: true }).waitFor();
    await page.getByTestId('referral').first().waitFor();
    await checkA11y(page, 'referrals sent');

    // To the person whose intervention lacks an outcome.
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    await chain
      .getByRole('link', { name: /Insats utan utfall/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Insatser' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Närstående och barn' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Case manager och ärenden' }).waitFor();

    // A new intervention on the form kit: the error summary first, then a complete one.
    await page.getByRole('button', { name: 'Registrera insats' }).click();
    await page.getByRole('heading', { level: 3, name: 'Ny insats' }).waitFor();
    await page.getByRole('button', { name: 'Registrera insatsen' }).click();
    await page.getByRole('alert').getByText('Slag av insats').first().waitFor();
    await page.getByRole('radio', { name: 'Psykosocial behandling' }).check();
    await page.getByLabel('Metod eller stödform').selectOption('mi');
    await page.getByRole('radio', { name: /Inga barn i hushållet/ }).check();
    await checkA11y(page, 'new intervention form');
    await page.getByRole('button', { name: 'Registrera insatsen' }).click();
    await page.getByText('Insatsen är registrerad.').waitFor();
    await page.getByText('MI – motiverande samtal').first().waitFor();
    await checkA11y(page, 'person overview with the care chain');

    expect(pageErrors(page)).toEqual([]);
    await signOut(page);
    await context.close();
  });
});
