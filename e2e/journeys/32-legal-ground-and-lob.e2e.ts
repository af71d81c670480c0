import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { randomPersonnummer, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 32: legal-ground disclosure and LOB intake (seeds 001, 002)', () => {
  it('the centre reports concern for a child; social services see only the content and acknowledge it', async () => {
    const familyName = `Orosson${uniqueSuffix()}`;
    const annaApi = await apiSession(env.baseUrl(), 'anna.lakare');
    const person = await annaApi.post<{ id: string }>('/api/persons', {
      personalIdentityNumber: randomPersonnummer().replace('-', ''),
      givenName: 'Olle',
      familyName,
      sex: 'male',
    });
    const content = `Två barn i hemmet under återfall ${uniqueSuffix()}.`;

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'anna.lakare');
    await page.goto(`/persons/${person.id}`);
    await page
      .getByRole('heading', { level: 2, name: 'Uppgifter lämnade med stöd av lag' })
      .waitFor();
    await page.getByRole('button', { name: 'Lämna uppgifter med stöd av lag' }).click();
    await page.getByRole('heading', { level: 3, name: 'Lämna uppgifter utan samtycke' }).waitFor();
    await checkA11y(page, 'disclosure form');
    await page.getByRole('radio', { name: 'Orosanmälan om barn' }).check();
    await page.getByLabel('Mottagare').selectOption({ label: 'Exempelby kommun' });
    await page.getByLabel('Vad som lämnas').fill(content);
    await page.getByRole('button', { name: 'Lämna uppgifterna' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Uppgifterna är lämnade och loggade.' })
      .waitFor();
    await page.getByText(content).waitFor();

    // LOB: the same person was brought in last night; record the intake.
    await page.getByRole('button', { name: 'Registrera LOB-intag' }).click();
    await page.getByRole('heading', { level: 3, name: 'LOB-intag för tillnyktring' }).waitFor();
    await page.getByLabel('Datum').fill('2026-03-07');
    await page.getByLabel('Tid').fill('01:40');
    await checkA11y(page, 'LOB intake form');
    await page.getByRole('button', { name: 'Registrera intaget' }).click();
    await page.getByText('Tillnyktring pågår').waitFor();
    await checkA11y(page, 'person with disclosure and LOB intake');
    await signOut(page);

    await signIn(page, 'erik.socsek');
    await page.goto('/disclosures');
    await page
      .getByRole('heading', { level: 1, name: 'Mottagna uppgifter med stöd av lag' })
      .waitFor();
    const received = page.getByTestId('received-disclosures').locator('> li', { hasText: content });
    await received.waitFor();
    expect(await received.textContent()).toContain(familyName);
    await checkA11y(page, 'received disclosures');
    await received.getByRole('button', { name: 'Kvittera' }).click();
    await received.getByText('Kvitterad').waitFor();
    // Only the content: the person's page stays closed to social services.
    await page.goto(`/persons/${person.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText(content).count()).toBe(0);

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
