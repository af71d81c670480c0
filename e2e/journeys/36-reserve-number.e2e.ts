import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { randomPersonnummer, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/**
 * Reserve numbers (decision 0019-b) and the children question on the SIP (issue 9.7): Erik
 * registers a man without papers with a reserve number, records a child in his circle, learns
 * his personnummer, merges the reserve identity into the real person after a confirmation that
 * says what moves, and follows the old link to where it went. Then he answers the
 * children-as-relatives question on an active SIP of his unit.
 */
describe('journey 36: reserve number, merge, and the children question on the SIP', () => {
  it('register with reserve number → records → merge with confirmation → old link → SIP question', async () => {
    const tag = uniqueSuffix();
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await nav(page).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();

    // 1. Register with a reserve number: only what is known; a bad year is named by its field.
    await page.getByRole('button', { name: 'Registrera med reservnummer' }).click();
    const form = page.getByTestId('register-reserve');
    await form.getByLabel('Förnamn (om känt)').fill(`Jan${tag}`);
    await form.getByRole('radio', { name: 'Man' }).check();
    const year = form.getByLabel('Födelseår, ungefärligt');
    await year.fill('85');
    await form.getByRole('button', { name: 'Registrera med reservnummer' }).click();
    await form.getByText('Ange ett ungefärligt födelseår, till exempel 1985.').first().waitFor();
    expect(await year.getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, 'reserve number form, bad year');
    await year.fill('1985');
    await form.getByLabel('Vad mer är känt (valfritt)').fill('Påträffad vid resecentrum.');
    await form.getByRole('button', { name: 'Registrera med reservnummer' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Jan${tag}`) }).waitFor();
    const reserveUrl = new URL(page.url()).pathname;
    const reserveId = reserveUrl.split('/').pop()!;
    const panel = page.getByTestId('reserve-identity');
    await panel.getByText(/registrerad med reservnummer 1985-RV-\d{6}/).waitFor();
    await page.getByText('Reservnummer', { exact: true }).waitFor();
    await page.getByText('Född omkring 1985').waitFor();
    await checkA11y(page, 'reserve identity page');

    // 2. Records on the reserve identity, and the real person registered at the unit.
    const erik = await apiSession(env.baseUrl(), 'erik.socsek');
    await erik.post(`/api/persons/${reserveId}/circle/members`, {
      kind: 'child',
      name: `Lo${tag}`,
      relation: 'dotter',
      birthYear: 2018,
      contact: 'household',
    });
    const number = randomPersonnummer();
    const real = await erik.post<{ id: string }>('/api/persons', {
      personalIdentityNumber: number,
      givenName: `Jan${tag}`,
      familyName: 'Verklig',
      sex: 'male',
    });

    // 3. The merge: the number, then a confirmation that says what will move.
    await page.reload();
    await panel.getByRole('button', { name: 'Slå samman med verklig identitet' }).click();
    await panel.getByLabel('Personnummer eller samordningsnummer').fill(number);
    await panel.getByRole('button', { name: 'Visa vad som flyttas' }).click();
    const confirm = panel.getByTestId('merge-confirm');
    await confirm
      .getByText(`Allt som är registrerat på reservidentiteten flyttas till Jan${tag} Verklig`, {
        exact: false,
      })
      .waitFor();
    await confirm.getByText('Vårdrelationer: 1').waitFor();
    await confirm.getByText('Barn och anhöriga: 1').waitFor();
    await confirm.getByText(/Båda har en pågående vårdrelation med samma enhet/).waitFor();
    await checkA11y(page, 'merge confirmation');
    await confirm.getByRole('button', { name: 'Slå samman' }).click();
    await page
      .getByText('Reservidentiteten är sammanslagen med personen. Alla uppgifter finns nu här.')
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/persons/${real.id}`);
    await page.getByRole('heading', { level: 1, name: `Jan${tag} Verklig` }).waitFor();
    await page.getByText(`Lo${tag}`).first().waitFor();
    await checkA11y(page, 'real person after the merge');

    // 4. The old link says where the reserve identity went.
    await page.goto(reserveUrl);
    const notice = page.getByTestId('merged-notice');
    await notice.getByText('Reservidentiteten är sammanslagen').waitFor();
    await checkA11y(page, 'old link to a merged reserve identity');
    await notice.getByRole('link', { name: 'Gå till personen' }).click();
    await page.getByRole('heading', { level: 1, name: `Jan${tag} Verklig` }).waitFor();

    // 5. The children question on an active SIP of the unit not yet asked there.
    const { items } = await erik.get<{
      items: { id: string; personId: string; frozen: boolean }[];
    }>('/api/sips?status=active&scope=unit');
    let sipId: string | undefined;
    for (const sip of items.filter((s) => !s.frozen)) {
      const circle = await erik.get<{ answers: { context: string; recordId: string | null }[] }>(
        `/api/persons/${sip.personId}/circle`,
      );
      if (!circle.answers.some((a) => a.context === 'sip' && a.recordId === sip.id)) {
        sipId = sip.id;
        break;
      }
    }
    expect(sipId).toBeDefined();
    await page.goto(`/sips/${sipId}`);
    const question = page.getByTestId('sip-children-question');
    await question
      .getByText('Frågan om barn som anhöriga är inte ställd för den här SIP:en.')
      .waitFor();
    await checkA11y(page, 'SIP with the children question open');
    await question
      .getByRole('radio', { name: 'Inga barn i hushållet eller med regelbunden kontakt' })
      .check();
    await question.getByRole('button', { name: 'Spara svaret' }).click();
    await question.getByText('Svaret är sparat.').waitFor();
    await question.getByText(/Frågan ställdes .*: Inga barn i hushållet/).waitFor();
    await question.getByRole('link', { name: /Till personens nätverk/ }).waitFor();
    await checkA11y(page, 'SIP with the children question answered');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
