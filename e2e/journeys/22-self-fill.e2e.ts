import { INSTRUMENTS } from '@vardflata/domain';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { DEMO_PASSWORD, nav, signIn, visiblePersons } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('journey 22: the person fills in AUDIT on the staff member’s screen', () => {
  it('shows the person a clean screen, and only the staff member’s password takes it back', async () => {
    const target = (await visiblePersons(env.baseUrl(), 'erik.socsek')).find(
      (p) => !p.protectedIdentity && p.givenName && p.familyName,
    );
    expect(target).toBeDefined();
    const name = `${target!.givenName} ${target!.familyName}`;
    const number = target!.personalIdentityNumber;
    const audit = INSTRUMENTS.AUDIT;

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.goto(`/persons/${target!.id}/screenings/audit`);
    await page.getByRole('heading', { level: 1, name: audit.title.sv }).waitFor();
    // An error from before the hand-over: it must not follow the person onto their screen.
    await page.getByRole('button', { name: 'Spara AUDIT' }).click();
    await page.getByRole('alert').filter({ hasText: 'uppgifter behöver rättas' }).waitFor();

    await page.getByRole('button', { name: 'Låt personen fylla i själv' }).click();
    await page.getByRole('heading', { level: 1, name: 'Frågor om alkohol' }).waitFor();

    // The clean screen: no menu, no sign-out, no name, no number, no earlier error, no id.
    const screen = page.getByTestId('self-fill-screen');
    expect(await nav(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Logga ut' }).count()).toBe(0);
    const body = (await page.locator('body').textContent()) ?? '';
    for (const hidden of [
      name,
      target!.familyName!,
      number,
      `${number.slice(0, 8)}-${number.slice(8)}`,
      'Nödåtkomst',
      'behöver rättas',
    ]) {
      expect(body).not.toContain(hidden);
    }
    expect(new URL(page.url()).pathname).toBe('/self-fill');
    expect(await page.title()).toBe('Frågor om alkohol – Vårdfläta');
    expect(await screen.locator('fieldset.q-item').count()).toBe(audit.items.length);
    await checkA11y(page, 'self-fill screen');

    // No way around the lock: back, another address, a reload, or asking the API directly.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Frågor om alkohol' }).waitFor();
    await page.goto('/persons');
    await page.getByRole('heading', { level: 1, name: 'Frågor om alkohol' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Frågor om alkohol' }).waitFor();
    expect(await nav(page).count()).toBe(0);
    const direct = await page.evaluate(async (id) => {
      const response = await fetch(`/api/persons/${id}`);
      await response.text(); // read to the end, so the page's network goes quiet again
      return response.status;
    }, target!.id);
    expect(direct).toBe(401);

    // The person answers (first option everywhere but item 1) and is done.
    for (const [i, item] of audit.items.entries()) {
      const option = item.options[i === 0 ? 1 : 0]!;
      await page
        .getByRole('group', { name: `${item.number}. ${item.text.sv}` })
        .getByRole('radio', { name: new RegExp(`^${escape(option.label.sv)}$`) })
        .click();
    }
    await page
      .getByText(`Du har svarat på ${audit.items.length} av ${audit.items.length} frågor.`)
      .waitFor();
    await page.getByRole('button', { name: 'Jag är klar' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tack för dina svar' }).waitFor();
    await checkA11y(page, 'self-fill done');

    // A wrong password keeps the screen locked.
    await page.getByRole('button', { name: 'Ta tillbaka skärmen' }).click();
    await page.getByLabel('Ditt lösenord').fill('not-the-password');
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await page.getByText('Fel lösenord. Skärmen är fortfarande låst.').waitFor();
    await checkA11y(page, 'self-fill unlock with a wrong password');
    expect(await nav(page).count()).toBe(0);

    // The staff member's password: back to her form, with the person's answers in it.
    await page.getByLabel('Ditt lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await page.getByRole('heading', { level: 1, name: audit.title.sv }).waitFor();
    await nav(page).waitFor();
    await page
      .getByText('Personen har fyllt i formuläret själv. Gå igenom svaren tillsammans och spara.')
      .waitFor();
    const live = page.getByTestId('running-score').getByRole('status');
    await live.filter({ hasText: 'Summa 1 av 40' }).waitFor();
    await checkA11y(page, 'AUDIT form with the person’s answers');
    await page.getByRole('button', { name: 'Spara AUDIT' }).click();
    const result = page.getByTestId('screening-result');
    await result.getByRole('heading', { name: 'Resultat: AUDIT 1 poäng' }).waitFor();
    expect(await result.textContent()).toContain('Personen fyllde i formuläret själv.');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
