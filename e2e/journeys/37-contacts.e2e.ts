import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { randomPersonnummer, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/**
 * Visits and contacts (decision 0020-c): Anna books a visit for a person of her unit on a day
 * that has passed (the error summary first), the list says it awaits its outcome rather than
 * calling it held, her worklist reminds her of it, she records that it was held, and records a
 * phone call on the form kit.
 * The days are fixed in the past, so nothing depends on today.
 */
describe('journey 37: visits and contacts', () => {
  it('book → awaiting its outcome → held → a phone call recorded', async () => {
    const tag = uniqueSuffix();
    const anna = await apiSession(env.baseUrl(), 'anna.lakare');
    const person = await anna.post<{ id: string }>('/api/persons', {
      personalIdentityNumber: randomPersonnummer(),
      givenName: `Kontakt${tag}`,
      familyName: 'Besöksson',
      sex: 'female',
    });

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'anna.lakare');
    await page.goto(`${env.baseUrl()}/persons/${person.id}`);
    const section = page.getByRole('region', { name: 'Besök och kontakter' });
    await section.getByText('Inga besök eller kontakter registrerade.').waitFor();

    // Book a visit: the kind is required, so the summary names it first.
    await section.getByRole('button', { name: 'Registrera besök eller kontakt' }).click();
    await section.getByRole('heading', { level: 3, name: 'Nytt besök eller ny kontakt' }).waitFor();
    await section.getByRole('radio', { name: 'Bokad' }).check();
    await section.getByLabel(/^Datum/).fill('2026-01-15');
    await section.getByRole('button', { name: 'Registrera kontakten' }).click();
    await page.getByRole('alert').getByText('Slag av kontakt').first().waitFor();
    await section.getByText('Välj slag av kontakt.').first().waitFor();
    await checkA11y(page, 'new contact form with an error');
    await section.getByRole('radio', { name: 'Besök på mottagningen' }).check();
    await section.getByRole('button', { name: 'Registrera kontakten' }).click();
    await section.getByText('Kontakten är registrerad.').waitFor();

    // Its day has passed and nobody has said it took place: booked, awaiting its outcome.
    const table = section.getByTestId('contacts');
    await table.getByText('Dagen har passerat – ej registrerat om besöket blev av.').waitFor();
    expect(await table.getByText('Genomförd').count()).toBe(0);
    await checkA11y(page, 'person with a booked contact awaiting its outcome');

    // The worklist reminds Anna's unit of it (decision 0020-c), and leads back to the person.
    await page.goto(`${env.baseUrl()}/worklist`);
    const reminder = page
      .getByTestId('contact-outcomes')
      .getByRole('link', { name: new RegExp(`Kontakt${tag}`) });
    await reminder.waitFor();
    await checkA11y(page, 'worklist with a contact awaiting its outcome');
    await reminder.click();
    await table.getByText('Dagen har passerat – ej registrerat om besöket blev av.').waitFor();

    // It was held.
    await table.getByRole('button', { name: /^Ändra eller ställ in/ }).click();
    await section
      .getByRole('heading', { level: 3, name: /^Ändra: Besök på mottagningen/ })
      .waitFor();
    await section.getByRole('radio', { name: 'Genomförd' }).check();
    await checkA11y(page, 'change a contact');
    await section.getByRole('button', { name: 'Spara ändringen' }).click();
    await section.getByText('Kontakten är ändrad.').waitFor();
    await table.getByText('Genomförd').waitFor();
    expect(await table.getByText('Dagen har passerat', { exact: false }).count()).toBe(0);

    // A phone call, recorded afterwards as held.
    await section.getByRole('button', { name: 'Registrera besök eller kontakt' }).click();
    await section.getByLabel(/^Datum/).fill('2026-02-02');
    await section.getByRole('radio', { name: 'Telefonsamtal' }).check();
    await section.getByLabel(/^Kort anteckning/).fill('Bokade om tiden.');
    await section.getByRole('button', { name: 'Registrera kontakten' }).click();
    await section.getByText('Kontakten är registrerad.').waitFor();
    await table.getByRole('rowheader', { name: /Telefonsamtal/ }).waitFor();
    await checkA11y(page, 'person with two contacts');

    expect(pageErrors(page)).toEqual([]);
    await signOut(page);
    await context.close();
  });
});
