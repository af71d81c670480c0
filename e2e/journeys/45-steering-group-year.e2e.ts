import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/**
 * The steering group's year (F13, F14): a social worker reports a deviation (a personnummer in
 * it is refused), the region's unit manager answers and closes it and raises a dispute, which
 * climbs the ladder; the county steering group (played by the analyst Olle) resolves it, starts
 * the annual follow-up, assesses a statement, adds an action and opens the year's PDF.
 */
describe('journey 45: the steering group’s year', () => {
  it('deviation → dispute → escalation → follow-up → action plan → PDF', async () => {
    const tag = uniqueSuffix();
    const deviationText = `Ingen läkare kunde nås under helgen (${tag}).`;

    // 1. Erik reports a deviation to the region.
    const erik = await newPage(env.browser(), env.baseUrl());
    await signIn(erik.page, 'erik.socsek');
    await nav(erik.page).getByRole('link', { name: 'Avvikelser' }).click();
    await erik.page.getByRole('heading', { level: 1, name: 'Avvikelser i samverkan' }).waitFor();
    const report = erik.page.getByRole('form', { name: 'Rapportera en avvikelse' });
    await report.getByLabel('Tillgänglighet').check();
    await report
      .getByLabel('Vilken organisation gäller det?')
      .selectOption({ label: 'Region Exempel' });
    await report.getByLabel('Vad hände?').fill('Gällde klienten 19121212-1212 igen.');
    await report.getByRole('button', { name: 'Rapportera avvikelsen' }).click();
    await report.getByText('Texten får inte innehålla ett personnummer').first().waitFor();
    await checkA11y(erik.page, 'deviation refused for a personnummer');
    await report.getByLabel('Vad hände?').fill(deviationText);
    await report.getByRole('button', { name: 'Rapportera avvikelsen' }).click();
    await erik.page
      .getByText('Avvikelsen är rapporterad. Region Exempel har fått besked.')
      .waitFor();
    await erik.page.getByText(deviationText).waitFor();
    expect(pageErrors(erik.page)).toEqual([]);
    await erik.context.close();

    // 2. Maja (the region's unit manager) answers and closes it, then raises a dispute.
    const maja = await newPage(env.browser(), env.baseUrl());
    await signIn(maja.page, 'maja.chef');
    await nav(maja.page).getByRole('link', { name: 'Avvikelser' }).click();
    const item = maja.page.getByRole('listitem').filter({ hasText: deviationText });
    await item
      .getByRole('textbox', { name: /^Svar(?!a)/ })
      .fill('Jourlistan var fel; den är rättad.');
    await item.getByRole('button', { name: 'Skicka svaret' }).click();
    await item.getByText('Jourlistan var fel; den är rättad.').first().waitFor();
    await item.getByLabel('Vad har gjorts?').fill('Jourlistan kontrolleras varje fredag.');
    await item.getByRole('button', { name: 'Stäng avvikelsen' }).click();
    await item.getByText('Stängd').waitFor();
    await checkA11y(maja.page, 'deviations, answered and closed');

    const disputeTitle = `Ansvar för helgbemanning ${tag}`;
    await nav(maja.page).getByRole('link', { name: 'Tvister' }).click();
    const raise = maja.page.getByRole('form', { name: 'Lyft en tvist' });
    await raise.getByLabel('Rubrik').fill(disputeTitle);
    await raise.getByLabel('Motpart').selectOption({ label: 'Exempelby kommun' });
    await raise.getByLabel('Vad är parterna oense om?').fill('Vem bemannar helgjouren?');
    await raise.getByRole('button', { name: 'Lyft tvisten' }).click();
    await maja.page.getByText('Tvisten är lyft till linjeorganisationen.').waitFor();
    const dispute = maja.page.getByRole('listitem').filter({ hasText: disputeTitle });
    await dispute.getByText('1. Linjeorganisation').waitFor();
    await dispute.getByRole('button', { name: 'Lyft till nästa nivå' }).click();
    await dispute.getByText('Tvisten är lyft till 2. Närmast övergripande ledningsnivå.').waitFor();
    await dispute.getByRole('button', { name: 'Lyft till nästa nivå' }).click();
    await dispute.getByText('Tvisten är lyft till 3. Lokal samverkansgrupp.').waitFor();
    await checkA11y(maja.page, 'dispute on the ladder');
    expect(pageErrors(maja.page)).toEqual([]);
    await maja.context.close();

    // 3. The steering group (Olle) takes it to the county group and decides.
    const olle = await newPage(env.browser(), env.baseUrl());
    await signIn(olle.page, 'olle.analytiker');
    await nav(olle.page).getByRole('link', { name: 'Tvister' }).click();
    const atCounty = olle.page.getByRole('listitem').filter({ hasText: disputeTitle });
    await atCounty.getByRole('button', { name: 'Lyft till nästa nivå' }).click();
    await atCounty.getByText('Tvisten är lyft till 4. Länsgrupp.').waitFor();
    await atCounty
      .getByLabel('Beslut')
      .fill('Regionen bemannar helgjouren från och med nästa månad.');
    await atCounty.getByRole('button', { name: 'Registrera beslutet' }).click();
    await atCounty.getByText('Avgjord').waitFor();

    // 4. The annual follow-up of the county agreement: assess, plan, print.
    await nav(olle.page).getByRole('link', { name: 'Överenskommelser' }).click();
    const county = olle.page.getByRole('region', {
      name: 'Överenskommelse om samarbete för personer med missbruk och beroende',
    });
    const year = String(2040 + (Date.now() % 50));
    await county.getByRole('textbox', { name: /^År/ }).fill(year);
    await county.getByRole('button', { name: 'Starta uppföljningen' }).click();
    await olle.page.getByRole('heading', { level: 1, name: `Årlig uppföljning ${year}` }).waitFor();
    await olle.page.getByRole('heading', { level: 2, name: 'Samordning' }).waitFor();
    await checkA11y(olle.page, 'annual follow-up');

    const statement = olle.page.getByRole('form', { name: /^Svårlosta hinder\/problem/ }).first();
    await statement.getByLabel('Ej uppfyllt').check();
    await statement.getByLabel('Kommentar').fill('Tvisten om helgjouren tog fyra steg.');
    await statement.getByRole('button', { name: 'Spara bedömningen' }).click();
    await statement.getByText('Bedömningen är sparad.').waitFor();

    const plan = olle.page.getByRole('form', { name: 'Lägg till en åtgärd' });
    await plan.getByLabel('Länsnivå').check();
    await plan.getByLabel('Åtgärd').fill('Tidsgränser för varje steg i tvistelösningen.');
    await plan.getByLabel('Ansvarig').fill('SocialKOLA');
    await plan.getByLabel('Senast').fill(`${year}-12-31`);
    await plan.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await olle.page
      .getByRole('heading', {
        level: 3,
        name: 'Länsnivå: Tidsgränser för varje steg i tvistelösningen.',
      })
      .waitFor();
    await checkA11y(olle.page, 'follow-up with an action plan');

    const href = await olle.page
      .getByRole('link', { name: 'Årsrapport (PDF)' })
      .getAttribute('href');
    const pdf = await olle.context.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageErrors(olle.page)).toEqual([]);
    await olle.context.close();
  });
});
