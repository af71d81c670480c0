import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { DEMO_PASSWORD, nav, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';
import { currentStep, totp } from '../support/totp.ts';

const env = useBrowser();

describe('journey 8: second factor', () => {
  it('enrols a second factor under My account and then signs in with a one-time code', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await page.goto('/');
    await page.getByLabel('Användarnamn').fill('vera.vardcentral');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await nav(page).getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();

    await page.getByRole('button', { name: 'Skapa en nyckel' }).click();
    const secret = await page.getByTestId('totp-secret').getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    const step = currentStep();
    await page.getByLabel('Engångskod').fill(totp(secret!, step));
    await page.getByRole('button', { name: 'Bekräfta och aktivera' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Tvåstegsverifiering är aktiverad' })
      .waitFor();
    await checkA11y(page, 'my account, second factor on');
    await signOut(page);

    await page.getByLabel('Användarnamn').fill('vera.vardcentral');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ange engångskod' }).waitFor();
    await checkA11y(page, 'second-factor step');

    await page.getByLabel('Engångskod').fill('12');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByText('Ange sex siffror.').waitFor();

    // The code of the next step: the one used for enrolment may not be used again.
    await page.getByLabel('Engångskod').fill(totp(secret!, step + 1));
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

    // A reload keeps the session (restored from GET /api/auth/session).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
