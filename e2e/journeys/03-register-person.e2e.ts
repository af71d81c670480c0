import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { randomPersonnummer, withWrongCheckDigit } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 3: register a person at my unit', () => {
  it('refuses an invalid personnummer, shows server errors beside the field, then registers', async () => {
    const number = randomPersonnummer();
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await nav(page).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();

    await page.getByRole('button', { name: 'Registrera en person' }).click();
    const numberField = page.getByLabel('Personnummer eller samordningsnummer');
    await numberField.waitFor();
    // The form says beforehand what happens to a number already registered (security fault 3:
    // the answer itself never tells), and asks for the ground, ansökan by default.
    await page.getByText(/Om personen redan fanns registrerad behålls de uppgifter/).waitFor();
    expect(await page.getByRole('radio', { name: /Ansökan eller egen begäran/ }).isChecked()).toBe(
      true,
    );
    await checkA11y(page, 'register person form');

    // 1. An invalid number (check digit) is refused with a message beside the field.
    await numberField.fill(withWrongCheckDigit(number));
    await page.getByLabel('Förnamn').fill('Testa');
    await page.getByLabel('Efternamn').fill('Registrerasson');
    await page.getByRole('radio', { name: 'Kvinna' }).check();
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByText('Kontrollsiffran stämmer inte. Kontrollera numret.').waitFor();
    expect(await numberField.getAttribute('aria-invalid')).toBe('true');
    expect(await numberField.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('alert').filter({ hasText: 'behöver rättas' }).waitFor();
    await checkA11y(page, 'register person form, invalid number');

    // 2. The server's 400 for a field is shown beside that field (a name over 200 characters).
    await numberField.fill(number);
    const givenName = page.getByLabel('Förnamn');
    await givenName.fill('A'.repeat(201));
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/persons') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    expect((await answer).status()).toBe(400);
    // The message says the limit (the server's max for a name).
    await page.getByText('Texten är för lång – högst 200 tecken.').waitFor();
    expect(await givenName.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Uppgifterna godtogs inte' }).waitFor();
    await checkA11y(page, 'register person form, server error');

    // 3. A valid registration opens the overview with a care relation at the caller's unit.
    await givenName.fill('Testa');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Testa Registrerasson/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Personen är registrerad' }).waitFor();
    const relations = page.getByRole('table', { name: 'Vårdrelationer' });
    await relations.getByRole('rowheader', { name: /^Socialtjänst Vuxen Exempelby/ }).waitFor();
    await relations.getByRole('cell', { name: 'Pågår' }).waitFor();
    expect(await page.getByRole('region', { name: 'Identitet' }).textContent()).toContain(number);
    await checkA11y(page, 'registered person overview');

    // 3b. The same number again under another name, on referral: the name already registered is
    // kept, and the page says so in words (without telling whether anyone else knew the person).
    await page.getByRole('link', { name: 'Tillbaka till personsökningen' }).click();
    await page.getByRole('button', { name: 'Registrera en person' }).click();
    await page.getByLabel('Personnummer eller samordningsnummer').fill(number);
    await page.getByLabel('Förnamn').fill('Annan');
    await page.getByLabel('Efternamn').fill('Namnsson');
    await page.getByRole('radio', { name: 'Man' }).check();
    await page.getByRole('radio', { name: 'Remiss' }).check();
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Testa Registrerasson/ }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'har de tidigare uppgifterna behållits' })
      .waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Namnsson');
    await checkA11y(page, 'known number registered again');

    // 4. The person is found by number, in the short form too.
    await page.getByRole('link', { name: 'Tillbaka till personsökningen' }).click();
    await page.getByLabel('Personnummer eller namn').fill(number.slice(2));
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Testa Registrerasson' }).click();

    // 5. Closing the unit's care relation needs a reason, and ends the unit's access.
    await page.getByRole('button', { name: /^Avsluta/ }).click();
    await page.getByRole('heading', { level: 3, name: /Avsluta vårdrelationen/ }).waitFor();
    await page.getByRole('button', { name: 'Avsluta vårdrelationen' }).click();
    await page.getByText('Skriv varför vårdrelationen avslutas.').waitFor();
    await checkA11y(page, 'close care relation');
    await page.getByLabel('Skäl till att vårdrelationen avslutas').fill('Registrerad av misstag.');
    await page.getByRole('button', { name: 'Avsluta vårdrelationen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vårdrelationen är avslutad' }).waitFor();
    await checkA11y(page, 'care relation closed');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('registers a person with protected identity, whose name erik.socsek then may not see', async () => {
    const number = randomPersonnummer();
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await nav(page).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('button', { name: 'Registrera en person' }).click();
    await page.getByLabel('Personnummer eller samordningsnummer').fill(number);
    await page.getByLabel('Förnamn').fill('Hemlig');
    await page.getByLabel('Efternamn').fill('Skyddadsdotter');
    await page.getByRole('radio', { name: 'Okänt' }).check();
    await page.getByRole('checkbox', { name: 'Skyddad identitet' }).check();
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: /Skyddad identitet/ }).waitFor();
    await page.getByText('Namn och kontaktuppgifter visas inte för dig.').waitFor();
    const identity = await page.getByRole('region', { name: 'Identitet' }).textContent();
    expect(identity).toContain(number);
    expect(identity).not.toContain('Skyddadsdotter');
    await checkA11y(page, 'protected identity overview');

    // Not found by name, found by number, and listed without a name.
    await page.getByRole('link', { name: 'Tillbaka till personsökningen' }).click();
    await page.getByLabel('Personnummer eller namn').fill('Skyddadsdotter');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Ingen person som du har tillgång till matchar sökningen.').waitFor();
    await page.getByLabel('Personnummer eller namn').fill(number);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Skyddad identitet' }).waitFor();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
