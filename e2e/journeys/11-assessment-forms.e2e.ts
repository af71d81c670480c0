import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { signIn, visiblePersons } from '../support/app.ts';
import { newPage } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 11: the assessment forms', () => {
  it('shows what to fix, then records the violence question with the action taken', async () => {
    const persons = await visiblePersons(env.baseUrl(), 'erik.socsek');
    const target = persons.find((p) => !p.protectedIdentity && p.givenName);
    expect(target).toBeDefined();

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.goto(`/persons/${target!.id}/screenings/violence`);
    const form = page.getByRole('form', { name: 'Fråga om våld' });
    await form.waitFor();
    await checkA11y(page, 'violence form');

    // Children exposed, no action: the summary names the action field.
    await form.getByRole('radio', { name: 'Nej' }).check();
    await form
      .getByRole('radio', { name: 'Barn finns och är utsatta eller har bevittnat våld' })
      .check();
    await form.getByRole('button', { name: 'Spara svaret' }).click();
    await form.locator('.error-summary').getByText('Vidtagen åtgärd').waitFor();
    await checkA11y(page, 'violence form with errors');

    await form.getByLabel('Vidtagen åtgärd').fill('Orosanmälan gjord till socialtjänsten.');
    await form.getByRole('button', { name: 'Spara svaret' }).click();
    await page.getByRole('heading', { name: /Frågan om våld .* är sparad/ }).waitFor();
    await checkA11y(page, 'violence saved');

    // The other frames render with their own heading and introduction.
    for (const [path, title] of [
      ['asi', 'ASI'],
      ['drug-test', 'Drogtest'],
      ['lifestyle', 'Levnadsvanor'],
      ['criteria', 'Kriterier'],
    ] as const) {
      await page.goto(`/persons/${target!.id}/screenings/${path}`);
      await page.getByRole('form', { name: new RegExp(title, 'i') }).waitFor();
      await checkA11y(page, `${path} form`);
    }
    await context.close();
  });
});
