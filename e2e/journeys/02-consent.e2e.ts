import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, signIn, visiblePersons } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 2: consent', () => {
  it('records an information-sharing consent naming Region Exempel, then revokes it', async () => {
    const persons = await visiblePersons(env.baseUrl(), 'erik.socsek');
    const target = persons.find((p) => !p.protectedIdentity && p.givenName);
    expect(target).toBeDefined();
    const note = `E2E-samtycke ${uniqueSuffix()}`;

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.goto(`/persons/${target!.id}`);
    await page.getByRole('heading', { level: 2, name: 'Samtycken' }).waitFor();

    await page.getByRole('button', { name: 'Registrera samtycke' }).click();
    await page.getByRole('heading', { level: 3, name: 'Registrera ett nytt samtycke' }).waitFor();
    await checkA11y(page, 'record consent form');

    // Nothing chosen: every missing choice is named beside its group.
    await page.getByRole('button', { name: 'Spara samtycket' }).click();
    await page.getByRole('alert').filter({ hasText: 'behöver rättas' }).waitFor();
    await page.getByText('Välj vad samtycket gäller.').waitFor();
    await page.getByText('Välj minst en organisation.').waitFor();
    await checkA11y(page, 'record consent form with errors');

    await page.getByRole('radio', { name: 'Informationsutbyte' }).check();
    await page.getByRole('checkbox', { name: /^Region Exempel/ }).check();
    await page.getByRole('radio', { name: 'Skriftligt' }).check();
    await page.getByLabel('Anteckning (valfritt)').fill(note);
    await page.getByRole('button', { name: 'Spara samtycket' }).click();
    await page.getByRole('status').filter({ hasText: 'Samtycket är registrerat.' }).waitFor();

    const item = page.locator('li.consent', { hasText: note });
    await item.waitFor();
    const listed = await item.textContent();
    expect(listed).toContain('Informationsutbyte');
    expect(listed).toContain('Gällande');
    expect(listed).toContain('Region Exempel');
    expect(listed).toContain('Skriftligt');
    await checkA11y(page, 'consent listed');

    await item.getByRole('button', { name: /^Återkalla/ }).click();
    await item.getByRole('heading', { name: 'Återkalla samtycket?' }).waitFor();
    await checkA11y(page, 'revoke consent confirmation');
    await item
      .getByLabel('Skäl (valfritt)')
      .fill('Personen har återkallat sitt samtycke muntligt.');
    await item.getByRole('button', { name: 'Ja, återkalla samtycket' }).click();
    await page.getByRole('status').filter({ hasText: 'Samtycket är återkallat.' }).waitFor();
    await item.locator('.badge', { hasText: 'Återkallat' }).waitFor();
    expect(await item.getByRole('button', { name: /^Återkalla/ }).count()).toBe(0);
    await checkA11y(page, 'consent revoked');

    // The server agrees.
    const api = await apiSession(env.baseUrl(), 'erik.socsek');
    const { items } = await api.get<{ items: { note: string | null; status: string }[] }>(
      `/api/persons/${target!.id}/consents`,
    );
    expect(items.find((c) => c.note === note)?.status).toBe('revoked');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
