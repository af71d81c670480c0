import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, signIn, signOut } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { randomPersonnummer, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 30: withdrawal bed (seed 004)', () => {
  it('social services request a bed; the centre triages, admits and discharges from the bed board', async () => {
    // A person of Exempelby whose consent names Region Exempel.
    const familyName = `Sängström${uniqueSuffix()}`;
    const erikApi = await apiSession(env.baseUrl(), 'erik.socsek');
    const person = await erikApi.post<{ id: string }>('/api/persons', {
      personalIdentityNumber: randomPersonnummer().replace('-', ''),
      givenName: 'Bengt',
      familyName,
      sex: 'male',
    });
    const organisations = await erikApi.get<{ items: { id: string; name: string }[] }>(
      '/api/organisations',
    );
    const region = organisations.items.find((o) => o.name === 'Region Exempel')!;
    await erikApi.post(`/api/persons/${person.id}/consents`, {
      purpose: 'information-sharing',
      recipientOrganisationIds: [region.id],
      form: 'written',
    });

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.goto(`/persons/${person.id}`);
    await page.getByRole('heading', { level: 2, name: 'Abstinensplats' }).waitFor();
    await page.getByRole('button', { name: 'Begär abstinensplats' }).click();
    await page.getByRole('heading', { level: 3, name: 'Begär abstinensplats' }).waitFor();
    await checkA11y(page, 'request a withdrawal bed');
    await page.getByRole('checkbox', { name: /Medicinskt eller psykiatriskt motiverad/ }).check();
    await page.getByLabel('Varför behövs en plats?').fill('Svår abstinens, tidigare kramper.');
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Begäran är skickad till Beroendecentrum.' })
      .waitFor();
    await page.getByTestId('withdrawal-requests').getByText('Väntar').waitFor();
    await checkA11y(page, 'request sent');
    await signOut(page);

    // The centre's physician: the bed board, the queue, triage, admission, discharge.
    await signIn(page, 'anna.lakare');
    await page.goto('/bed-board');
    await page.getByRole('heading', { level: 1, name: 'Abstinensplatser' }).waitFor();
    await page.getByTestId('bed-figures').waitFor();
    const queued = page.getByTestId('bed-queue').locator('> li', { hasText: familyName });
    await queued.waitFor();
    await checkA11y(page, 'bed board with the queue');
    await queued.getByRole('radio', { name: 'Akut' }).check();
    await queued.getByRole('button', { name: 'Spara bedömning' }).click();
    await queued.getByText('Medicinsk angelägenhet: Akut').waitFor();
    await queued.getByRole('button', { name: `Skriv in Bengt ${familyName}` }).click();
    const admittedRow = page.getByRole('row', { name: new RegExp(familyName) });
    await admittedRow.waitFor();
    await checkA11y(page, 'bed board after admission');
    await admittedRow.getByRole('button', { name: `Skriv ut Bengt ${familyName}` }).click();
    await page
      .getByRole('heading', { level: 3, name: /Utskrivning med samlad vårdplanering/ })
      .waitFor();
    await page.getByLabel('Företrädare för brukarorganisation').fill('RFHL Exempelby');
    await page.getByLabel('Eftervårdsinsatser').fill('Öppenvård och boendestöd.');
    await checkA11y(page, 'discharge with aftercare plan');
    await page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Utskriven.' }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(familyName) }).count()).toBe(0);

    // The server agrees: discharged, with an aftercare SIP.
    const annaApi = await apiSession(env.baseUrl(), 'anna.lakare');
    const { items } = await annaApi.get<{
      items: { status: string; aftercare: { sipId: string } | null }[];
    }>(`/api/persons/${person.id}/withdrawal-requests`);
    expect(items[0]?.status).toBe('discharged');
    expect(items[0]?.aftercare?.sipId).toBeTruthy();

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('another unit sees that the bed board is not theirs', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.goto('/bed-board');
    await page.getByText(/Platstavlan visas för personalen vid den enhet/).waitFor();
    await checkA11y(page, 'bed board for another unit');
    await context.close();
  });
});
