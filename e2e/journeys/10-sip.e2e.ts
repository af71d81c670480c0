import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn, signOut, visiblePersons } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { todayInStockholm, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/** The date `days` days after today in Sweden, YYYY-MM-DD. */
function inDays(days: number): string {
  const [y, m, d] = todayInStockholm().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Waits until the element with this text has focus (focus moves after a render). */
const focusedText = (page: Page, text: string) =>
  page.waitForFunction((t) => document.activeElement?.textContent?.trim() === t, text, {
    timeout: 5_000,
  });

/** The SIP page's result message (a status region that takes focus after an action). */
const result = (page: Page) => page.getByTestId('sip-result');

/** Waits until the element with the test id has focus. */
const focusOn = (page: Page, testId: string) =>
  page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId, {
    timeout: 5_000,
  });

async function expectResult(page: Page, text: string) {
  await result(page).filter({ hasText: text }).waitFor();
  await focusOn(page, 'sip-result');
}

const currentStep = (page: Page) => page.getByTestId('lifecycle').locator('[aria-current="step"]');
const missingPanel = (page: Page) => page.getByTestId('missing-panel');

const group = (scope: Page | Locator, name: string | RegExp) =>
  scope.getByRole('group', { name, exact: typeof name === 'string' ? true : undefined });

/** Opens a section of the SIP page from its section links (the plan is the first). */
const openSection = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Delar av SIP:en' })
    .getByRole('link', { name, exact: true })
    .click();

describe('journey 10: SIP from proposal to closure, both principals in turn', () => {
  it('proposes, gets consent, invites, answers, meets, plans, merges, activates, follows up and closes', async () => {
    const suffix = uniqueSuffix();
    const baseUrl = env.baseUrl();

    // A demo person of Socialtjänst Vuxen Exempelby without a SIP, also registered at the
    // region's Beroendecentrum (the same personnummer yields the same person).
    const erikApi = await apiSession(baseUrl, 'erik.socsek');
    const candidates = (await visiblePersons(baseUrl, 'erik.socsek')).filter(
      (p) => !p.protectedIdentity && p.givenName && p.familyName,
    );
    let target: (typeof candidates)[number] | undefined;
    for (const p of candidates) {
      const { items } = await erikApi.get<{ items: unknown[] }>(`/api/persons/${p.id}/sips`);
      if (items.length === 0) {
        target = p;
        break;
      }
    }
    expect(target).toBeDefined();
    const person = target!;
    const fullName = `${person.givenName} ${person.familyName}`;
    const annaApi = await apiSession(baseUrl, 'anna.lakare');
    const registered = await annaApi.post<{ id: string }>('/api/persons', {
      personalIdentityNumber: person.personalIdentityNumber,
      givenName: person.givenName,
      familyName: person.familyName,
      sex: (person as unknown as { sex: string }).sex ?? 'unknown',
    });
    expect(registered.id).toBe(person.id);
    const erikMe = await erikApi.get<{ id: string; name: string }>('/api/me');
    const annaMe = await annaApi.get<{ id: string; name: string }>('/api/me');

    // ---------------------------------------------------------------- erik proposes
    const erik = await newPage(env.browser(), baseUrl);
    let page = erik.page;
    await signIn(page, 'erik.socsek');
    await page.goto(`/persons/${person.id}`);
    const section = page.getByTestId('sip-section');
    await section
      .getByRole('heading', { level: 2, name: 'SIP – samordnad individuell plan' })
      .waitFor();
    await section.getByText('Personen har ingen SIP som du kan se.').waitFor();
    await checkA11y(page, 'person overview with SIP section');

    await section.getByRole('button', { name: 'Föreslå SIP' }).click();
    const proposeForm = page.getByTestId('propose-sip-form');
    await proposeForm.getByRole('heading', { name: 'Föreslå en SIP' }).waitFor();
    await focusedText(page, 'Föreslå en SIP');
    expect(
      await group(proposeForm, 'Vem föreslog SIP?')
        .getByRole('radio', { name: 'Jag (personal)' })
        .isChecked(),
    ).toBe(true);
    await proposeForm
      .getByLabel('Anteckning (valfritt)')
      .fill(`Behov av samordning kring boende och abstinens (${suffix}).`);
    await checkA11y(page, 'propose SIP form');
    await proposeForm.getByRole('button', { name: 'Föreslå SIP' }).click();

    // The SIP page: proposed, with everything missing, consent first.
    await page
      .getByRole('heading', { level: 1, name: /SIP – samordnad individuell plan/ })
      .waitFor();
    const sipUrl = new URL(page.url()).pathname;
    const sipId = sipUrl.split('/').pop()!;
    await result(page).filter({ hasText: 'SIP:en är föreslagen' }).waitFor();
    expect(await currentStep(page).textContent()).toContain('Föreslagen');
    expect(await page.getByTestId('days-to-first-meeting').textContent()).toContain(
      'Inget möte ännu',
    );
    await missingPanel(page).getByRole('heading', { name: 'Det här saknas (7)' }).waitFor();
    await checkA11y(page, 'SIP page, proposed');

    // Consent is missing: the list links to the consents on the person overview.
    await missingPanel(page).getByRole('link', { name: 'Samtycke till SIP' }).click();
    await page.getByRole('heading', { level: 2, name: 'Samtycken' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'consents-heading');
    await page.getByRole('button', { name: 'Registrera samtycke' }).click();
    await page.getByRole('radio', { name: 'Delta i SIP' }).check();
    await page.getByRole('checkbox', { name: /^Region Exempel/ }).check();
    await page.getByRole('checkbox', { name: /^Exempelby kommun/ }).check();
    await page.getByRole('radio', { name: 'Skriftligt' }).check();
    await page.getByLabel('Anteckning (valfritt)').fill(`Samtycke till SIP ${suffix}`);
    await page.getByRole('button', { name: 'Spara samtycket' }).click();
    await page.getByRole('status').filter({ hasText: 'Samtycket är registrerat.' }).waitFor();

    // Back to the SIP from the person overview's SIP section.
    await section.getByTestId('sip-item').first().waitFor();
    expect(await section.getByTestId('sip-item').first().textContent()).toContain('Föreslagen');
    await section.getByRole('link', { name: /^SIP föreslagen/ }).click();
    await page.getByTestId('sip-actions').waitFor();
    await missingPanel(page).getByRole('heading', { name: 'Det här saknas (6)' }).waitFor();
    expect(await page.getByTestId('key-facts').textContent()).toContain('Gäller tills vidare');

    // ---------------------------------------------------------------- the invitation
    await page.getByRole('button', { name: 'Kalla till SIP-möte' }).click();
    const invite = page.getByTestId('action-invite');
    await invite.getByRole('heading', { name: 'Kalla till SIP-möte' }).waitFor();
    await focusedText(page, 'Kalla till SIP-möte');
    // Sending without a time and place names both and moves focus to the first.
    await invite.getByRole('button', { name: 'Skicka kallelsen' }).click();
    await invite.getByRole('alert').filter({ hasText: 'uppgifter behöver rättas' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-path') === 'date');
    await checkA11y(page, 'invitation form with errors');

    const meetingDay = inDays(7);
    await invite.getByLabel('Datum').fill(meetingDay);
    await invite.getByLabel(/^Tid/).fill('10:00');
    await invite.getByLabel('Plats').fill('Socialtjänsten, Storgatan 1, rum 3');
    expect(await invite.getByRole('checkbox', { name: 'Personen själv' }).isChecked()).toBe(true);
    await group(invite, /^Region Exempel/)
      .getByRole('checkbox', { name: 'Beroendecentrum' })
      .check();
    await invite.getByRole('button', { name: 'Lägg till annan aktör' }).click();
    await invite.getByLabel('Aktörens namn').fill('Försäkringskassan');
    await invite.getByLabel('Roll (valfritt)').fill('Handläggare');
    await invite
      .getByLabel('Meddelande i kallelsen (valfritt)')
      .fill('Välkommen! Vi pratar om hur vi kan hjälpa dig.');
    await checkA11y(page, 'invitation form filled in');
    await invite.getByRole('button', { name: 'Skicka kallelsen' }).click();
    await expectResult(page, 'Kallelsen är skickad.');
    expect(await currentStep(page).textContent()).toContain('Kallelse');
    await openSection(page, 'Deltagare och möten');
    const participants = page.getByTestId('participants');
    for (const name of [fullName, 'Beroendecentrum', 'Försäkringskassan']) {
      expect(
        await participants.getByTestId('participant').filter({ hasText: name }).textContent(),
      ).toContain('Väntar på svar');
    }
    await participants.getByRole('link', { name: /Kallelsebrev till personen/ }).waitFor();
    await checkA11y(page, 'SIP page, invited');
    await signOut(page);
    await erik.context.close();

    // ---------------------------------------------------------------- anna answers
    const anna = await newPage(env.browser(), baseUrl);
    page = anna.page;
    await signIn(page, 'anna.lakare');
    const bell = page.getByTestId('notifications-link');
    await bell.filter({ hasText: /\d+ oläst/ }).waitFor();
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    const toAnswer = page.getByTestId('group-invitation-to-answer');
    await toAnswer.getByRole('heading', { name: /Kallelser att svara på/ }).waitFor();
    await checkA11y(page, 'worklist with an invitation to answer');

    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    const notice = page.getByTestId('notification').filter({ hasText: fullName }).first();
    await notice.getByRole('heading', { name: /Kallelse till SIP-möte/ }).waitFor();
    await checkA11y(page, 'notifications');
    await notice.getByRole('button', { name: /^Markera som läst/ }).click();
    await page.getByRole('status').filter({ hasText: 'Markerad som läst' }).waitFor();
    await notice.locator('.badge', { hasText: 'Läst' }).waitFor();

    await page.goBack();
    await toAnswer
      .getByRole('link', { name: new RegExp(fullName) })
      .first()
      .click();
    const yours = page.getByTestId('your-invitation');
    await yours.getByRole('heading', { name: 'Du är kallad till ett SIP-möte' }).waitFor();
    expect(await yours.textContent()).toContain('Beroendecentrum');
    // Anna sees the plan she is invited to, under the person's consent.
    await page.getByRole('heading', { level: 2, name: 'Planen' }).waitFor();
    await checkA11y(page, 'SIP page as the invited physician');
    await group(yours, 'Kommer du till mötet?')
      .getByRole('radio', { name: 'Ja, tackar ja' })
      .check();
    await yours.getByLabel('Kommentar (valfritt)').fill('Jag kommer från Beroendecentrum.');
    await yours.getByRole('button', { name: 'Skicka svaret' }).click();
    await expectResult(page, 'Svaret är registrerat: Beroendecentrum kommer.');
    await openSection(page, 'Deltagare och möten');
    await page
      .getByTestId('participant')
      .filter({ hasText: 'Beroendecentrum' })
      .locator('.badge')
      .filter({ hasText: /^\W*Kommer$/ })
      .waitFor();
    expect(await page.getByTestId('your-invitation').count()).toBe(1);
    await signOut(page);
    await anna.context.close();

    // ---------------------------------------------------------------- erik: meeting and plan
    const erik2 = await newPage(env.browser(), baseUrl);
    page = erik2.page;
    await signIn(page, 'erik.socsek');
    await page.goto(sipUrl);
    await page.getByTestId('sip-actions').waitFor();
    await page.getByRole('button', { name: 'Registrera hållet möte' }).click();
    const meeting = page.getByTestId('action-meeting');
    await meeting.getByRole('heading', { name: 'Registrera hållet SIP-möte' }).waitFor();
    expect(await meeting.getByLabel('Datum för mötet').inputValue()).toBe(todayInStockholm());
    await meeting
      .getByLabel('Anteckningar från mötet (valfritt)')
      .fill('Alla var med. Planen togs fram tillsammans.');
    await checkA11y(page, 'record meeting form');
    await meeting.getByRole('button', { name: 'Registrera mötet' }).click();
    await expectResult(page, 'Mötet är registrerat.');
    expect(await currentStep(page).textContent()).toContain('Möte hållet');
    expect(await page.getByTestId('days-to-first-meeting').textContent()).toContain(
      '0 dagar från förslag till första möte',
    );

    // Trying to activate the empty plan: the list of what is missing, with focus on it.
    await page.getByRole('button', { name: 'Gör planen aktiv' }).click();
    const activate = page.getByTestId('action-activate');
    await activate.getByRole('button', { name: 'Gör planen aktiv' }).click();
    const refused = page.getByTestId('activate-missing');
    await refused.getByText('Planen kan inte bli aktiv ännu.').waitFor();
    await focusOn(page, 'activate-missing');
    const refusedText = (await refused.textContent()) ?? '';
    for (const item of [
      'Problem, behov och mål',
      'Insatser och vem som ansvarar',
      'Åtgärder av andra',
      'Övergripande ansvar',
      'Samordningsansvarig',
      'Datum för uppföljning',
    ])
      expect(refusedText).toContain(item);
    expect(refusedText).not.toContain('Samtycke till SIP');
    await checkA11y(page, 'activation refused with the missing list');

    // Each missing item leads to its field.
    await refused.getByRole('link', { name: 'Problem, behov och mål' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'plan-problem');
    await page
      .getByLabel('Problem och behov')
      .fill('Alkoholberoende med återkommande abstinens. Riskerar att förlora bostaden.');
    await page
      .getByLabel('Personens egna ord och önskemål')
      .fill('Jag vill bo kvar i min lägenhet och sluta dricka.');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await group(page, 'Mål 1').getByLabel('Målet').fill('Genomförd abstinensbehandling');
    await group(page, 'Mål 1').getByRole('radio', { name: 'Kort sikt' }).check();
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await group(page, 'Mål 2').getByLabel('Målet').fill('Bor kvar i egen lägenhet');
    await group(page, 'Mål 2').getByRole('radio', { name: 'Lång sikt' }).check();
    await missingPanel(page).getByRole('heading', { name: 'Det här saknas (5)' }).waitFor();

    await page.getByRole('button', { name: 'Lägg till insats' }).click();
    const iv1 = group(page, 'Insats 1');
    await iv1.getByLabel('Insatsen').fill('Boendestöd två gånger i veckan');
    await group(iv1, 'Huvudman').getByRole('radio', { name: 'Kommunen (socialtjänst)' }).check();
    await iv1
      .getByLabel('Organisation och verksamhet')
      .selectOption({ label: 'Socialtjänst Vuxen Exempelby' });
    await iv1.getByLabel('Ansvarig person').selectOption({ label: 'Personal i Vårdfläta' });
    // Before anything is typed the picker offers staff the SIP knows, Erik among them.
    await iv1.getByRole('button', { name: new RegExp(`^${erikMe.name}`) }).click();
    await iv1.getByText(`Vald: ${erikMe.name}`).waitFor();
    await iv1.getByRole('checkbox', { name: 'Bor kvar i egen lägenhet' }).check();
    await iv1.getByLabel('Typ av insats').selectOption({ label: 'Psykosocialt stöd' });
    await page.getByRole('button', { name: 'Lägg till insats' }).click();
    const iv2 = group(page, 'Insats 2');
    await iv2.getByLabel('Insatsen').fill('Abstinensbehandling i öppenvård');
    await group(iv2, 'Huvudman')
      .getByRole('radio', { name: 'Regionen (hälso- och sjukvård)' })
      .check();
    await iv2.getByLabel('Organisation och verksamhet').selectOption({ label: 'Beroendecentrum' });
    // Anna is found through the staff directory by name.
    await iv2.getByLabel('Ansvarig person').selectOption({ label: 'Personal i Vårdfläta' });
    await iv2.getByLabel('Sök ansvarig bland personalen').fill(annaMe.name.split(' ')[0]!);
    await iv2.getByRole('button', { name: new RegExp(`^${annaMe.name} — `) }).click();
    await iv2.getByText(`Vald: ${annaMe.name}`).waitFor();
    await iv2.getByRole('checkbox', { name: 'Genomförd abstinensbehandling' }).check();
    await iv2
      .getByLabel('Typ av insats')
      .selectOption({ label: 'Abstinensbehandling i öppenvård' });

    await page.getByRole('button', { name: 'Lägg till åtgärd av annan aktör' }).click();
    const measure = group(page, 'Åtgärd 1');
    await measure.getByLabel('Aktör').fill('Försäkringskassan');
    await measure.getByLabel('Åtgärden').fill('Utreder rätten till sjukpenning.');
    await group(page, 'Vem har det övergripande ansvaret?')
      .getByRole('radio', { name: 'Kommunen (socialtjänst)' })
      .check();
    const coordination = page.locator('section[aria-labelledby="part-coordination-heading"]');
    await coordination.getByLabel('Samordningsansvarig').fill(erikMe.name);
    await coordination.getByRole('button', { name: new RegExp(`^${erikMe.name} — `) }).click();
    await coordination.getByText(`Vald: ${erikMe.name}`).waitFor();
    await missingPanel(page).getByRole('heading', { name: 'Det här saknas (1)' }).waitFor();
    await page.getByLabel('Datum för nästa uppföljning').fill(inDays(30));
    await missingPanel(page).getByText('Inget saknas – planen kan bli aktiv.').waitFor();
    await page
      .getByTestId('save-state')
      .filter({ hasText: 'Ändringar som inte är sparade' })
      .waitFor();
    await checkA11y(page, 'plan filled in, nothing missing');

    await page.locator('#plan-save').click();
    await page.getByTestId('save-state').filter({ hasText: 'Allt är sparat' }).waitFor();
    const savedMessage = page
      .getByRole('status')
      .filter({ hasText: /Planen är sparad som version \d+/ });
    await savedMessage.waitFor();
    const savedVersion = Number(/version (\d+)/.exec((await savedMessage.textContent()) ?? '')![1]);

    // ---------------------------------------------------------------- a concurrent edit: merge
    // Anna changes the problem description on the same version while Erik edits it too.
    const annaLater = await apiSession(baseUrl, 'anna.lakare');
    const current = await annaLater.get<{ version: number; plan: Record<string, unknown> }>(
      `/api/sips/${sipId}`,
    );
    expect(current.version).toBe(savedVersion);
    await annaApiPut(baseUrl, sipId, {
      basedOnVersion: current.version,
      plan: {
        ...current.plan,
        problemAndNeeds: 'Beroendecentrum: behov av läkemedelsbehandling mot återfall.',
      },
    });
    await page
      .getByLabel('Problem och behov')
      .fill('Alkoholberoende. Riskerar att förlora bostaden; skulder.');
    await page.locator('#plan-save').click();
    const merge = page.getByTestId('merge-panel');
    await merge
      .getByRole('heading', { name: 'Någon annan har sparat planen under tiden' })
      .waitFor();
    await focusedText(page, 'Någon annan har sparat planen under tiden');
    expect(await merge.getByTestId('their-changes').textContent()).toContain(
      'läkemedelsbehandling mot återfall',
    );
    const conflict = group(merge, 'Problem och behov');
    await conflict.waitFor();
    // Saving without choosing asks for a choice first.
    await merge.getByRole('button', { name: /Spara den sammanslagna planen/ }).click();
    await merge.getByRole('alert').filter({ hasText: '1 uppgift behöver rättas' }).waitFor();
    await conflict.getByText('Välj vilken version som ska gälla.').waitFor();
    await checkA11y(page, 'merge after a stale save');
    await conflict.getByRole('radio', { name: /Behåll båda texterna/ }).check();
    await merge.getByRole('button', { name: /Spara den sammanslagna planen/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `version ${savedVersion + 2}` })
      .waitFor();
    expect(await page.getByTestId('merge-panel').count()).toBe(0);
    const merged = await page.getByLabel('Problem och behov').inputValue();
    expect(merged).toContain('skulder');
    expect(merged).toContain('läkemedelsbehandling mot återfall');

    // ---------------------------------------------------------------- activation
    // The activation form is still open from the first try.

    await page
      .getByTestId('action-activate')
      .getByRole('button', { name: 'Gör planen aktiv' })
      .click();
    await expectResult(page, 'Planen är aktiv.');
    expect(await currentStep(page).textContent()).toContain('Aktiv plan');
    await page.getByText('Planen innehåller allt som lagen kräver.').waitFor();
    await checkA11y(page, 'SIP page, active');

    // ---------------------------------------------------------------- follow-up
    await page.getByRole('button', { name: 'Registrera uppföljning' }).click();
    const followUp = page.getByTestId('action-follow-up');
    await followUp.getByRole('heading', { name: 'Registrera uppföljning' }).waitFor();
    // Every goal and intervention must be assessed: nothing chosen names them all.
    await followUp.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await followUp.getByRole('alert').filter({ hasText: 'uppgifter behöver rättas' }).waitFor();
    await checkA11y(page, 'follow-up form with errors');
    await group(followUp, 'Mål: Genomförd abstinensbehandling')
      .getByRole('radio', { name: 'Uppnått', exact: true })
      .check();
    const goal2 = group(followUp, 'Mål: Bor kvar i egen lägenhet');
    await goal2.getByRole('radio', { name: 'Delvis uppnått' }).check();
    await goal2.getByLabel(/Kommentar – varför/).fill('Hyresskulden är inte löst ännu.');
    await group(followUp, 'Insats: Boendestöd två gånger i veckan')
      .getByRole('radio', { name: 'Pågår', exact: true })
      .check();
    await group(followUp, 'Insats: Abstinensbehandling i öppenvård')
      .getByRole('radio', { name: 'Avslutad', exact: true })
      .check();
    await followUp.getByRole('radio', { name: 'Fortsätt med planen' }).check();
    await followUp.getByLabel('Nästa uppföljning').fill(inDays(60));
    await followUp.getByLabel('Anteckning från uppföljningen (valfritt)').fill('Det går framåt.');
    await followUp.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await expectResult(page, 'Uppföljningen är registrerad.');
    expect(await currentStep(page).textContent()).toContain('Uppföljning');
    await openSection(page, 'Uppföljningar');
    const followUps = page.getByTestId('follow-ups');
    const followUpText = (await followUps.textContent()) ?? '';
    expect(followUpText).toContain('Delvis uppnått');
    expect(followUpText).toContain('Hyresskulden är inte löst ännu.');

    // ---------------------------------------------------------------- versions and history
    await openSection(page, 'Versioner och händelser');
    await page.getByText(/^Visa alla versioner/).click();
    const versions = page.getByTestId('versions-table');
    await versions.waitFor();
    expect(await versions.textContent()).toContain(erikMe.name);
    expect(await versions.textContent()).toContain(annaMe.name);
    await versions
      .getByRole('button', { name: /^Visa ändringar/ })
      .first()
      .click();
    const diff = page.getByTestId('version-diff');
    await diff.getByText('Nästa uppföljning', { exact: false }).first().waitFor();
    await page.getByText(/^Visa alla händelser/).click();
    const history = page.getByTestId('history');
    await history.waitFor();
    const historyText = (await history.textContent()) ?? '';
    expect(historyText).toContain('SIP föreslogs.');
    expect(historyText).toContain('tackade ja');
    expect(historyText).toContain('Planen fastställdes');
    await checkA11y(page, 'versions, diff and history');

    // ---------------------------------------------------------------- the person's own view
    await openSection(page, 'Utskrifter');
    await page.getByRole('link', { name: 'Personens version av planen' }).click();
    const own = page.getByTestId('own-view');
    await own.getByRole('heading', { level: 1, name: /Din plan/ }).waitFor();
    expect(await own.getAttribute('lang')).toBe('sv');
    expect(await own.textContent()).toContain('Jag vill bo kvar i min lägenhet');
    await checkA11y(page, 'the person’s own view');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await own.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Tillbaka till SIP:en' }).click();

    // ---------------------------------------------------------------- closure
    await page.getByRole('button', { name: 'Avsluta SIP' }).click();
    const close = page.getByTestId('action-close');
    await close.getByRole('heading', { name: 'Avsluta SIP' }).waitFor();
    await group(close, 'Utfall').getByRole('radio', { name: 'Målen är nådda' }).check();
    await close
      .getByLabel('Anteckning (valfritt)')
      .fill('Personen klarar sig nu med stöd från socialtjänsten.');
    await checkA11y(page, 'close SIP form');
    await close.getByRole('button', { name: 'Avsluta SIP' }).click();
    await expectResult(page, 'SIP:en är avslutad.');
    expect(await currentStep(page).textContent()).toContain('Avslutad');
    expect(await page.getByTestId('ending-banner').textContent()).toContain('Målen är nådda');
    expect(await page.getByTestId('sip-actions').count()).toBe(0);
    await checkA11y(page, 'SIP page, closed');

    // The server agrees.
    const closed = await erikApi.get<{
      status: string;
      ending: { outcome: string } | null;
      followUps: unknown[];
      participants: { name: string; invitation: string }[];
    }>(`/api/sips/${sipId}`);
    expect(closed.status).toBe('closed');
    expect(closed.ending?.outcome).toBe('goals-achieved');
    expect(closed.followUps).toHaveLength(1);
    expect(closed.participants.find((p) => p.name === 'Beroendecentrum')?.invitation).toBe(
      'accepted',
    );

    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(anna.page)).toEqual([]);
    expect(pageErrors(erik.page)).toEqual([]);
    await erik2.context.close();
  });
});

/** Saves a plan as anna.lakare through the API (the API helper has no PUT). */
async function annaApiPut(baseUrl: string, sipId: string, body: unknown): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'anna.lakare', password: 'vardflata-demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/sips/${sipId}/plan`, {
    method: 'PUT',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`PUT plan as anna.lakare: ${response.status} ${await response.text()}`);
}
