import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/**
 * A user-led audit (brukarrevision): the region's unit manager commissions it and invites an
 * auditor; the auditor, without an account, writes the questions, opens collection, hands out
 * one-time links (answered on a phone) and enters a paper interview, closes collection, reads
 * the compiled answers, writes and publishes the report; the manager answers it.
 */
describe('journey 42: a user-led audit', () => {
  it('commission → questions → answers → report → the unit’s answer', async () => {
    const tag = uniqueSuffix();
    const title = `Brukarrevision av mottagningen ${tag}`;

    // The demo county has audits in several states (picked through the API).
    const olle = await apiSession(env.baseUrl(), 'olle.analytiker');
    const demo = await olle.get<{ items: { status: string }[] }>('/api/user-led-audits');
    expect(new Set(demo.items.map((a) => a.status))).toContain('answered');

    // 1. Maja commissions the audit and invites an auditor.
    const maja = await newPage(env.browser(), env.baseUrl());
    await signIn(maja.page, 'maja.chef');
    await nav(maja.page).getByRole('link', { name: 'Brukarrevisioner' }).click();
    await maja.page.getByRole('heading', { level: 1, name: 'Brukarrevisioner' }).waitFor();
    await checkA11y(maja.page, 'user-led audits, list');
    const commission = maja.page.getByRole('form', { name: 'Beställ en brukarrevision' });
    await commission.getByLabel('Namn på revisionen').fill(title);
    await commission
      .getByLabel('Verksamhet som granskas')
      .selectOption({ label: 'Beroendecentrum (Region Exempel)' });
    await commission.getByLabel('Perioden börjar').fill('2026-01-01');
    await commission.getByLabel('Perioden slutar').fill('2026-03-31');
    await commission.getByLabel('Brukarorganisation').fill('Brukarföreningen Exempel');
    await commission.getByRole('button', { name: 'Beställ revisionen' }).click();
    await maja.page.getByText('Revisionen är beställd.').waitFor();
    await maja.page.getByRole('link', { name: title }).click();
    await maja.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const invite = maja.page.getByRole('form', { name: 'Bjud in en revisor' });
    await invite.getByLabel('Revisorns namn').fill('Kim Revisor');
    await invite.getByRole('button', { name: 'Skapa länk' }).click();
    const teamLink = (await maja.page.getByTestId('team-link').textContent())!.trim();
    expect(teamLink).toMatch(/\/audit-team\/[A-Za-z0-9_-]+$/);
    await checkA11y(maja.page, 'user-led audit, auditor invited');

    // 2. The auditor writes the questions and opens collection (no sign-in).
    const team = await newPage(env.browser(), env.baseUrl());
    await team.page.goto(new URL(teamLink).pathname);
    await team.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await team.page.getByText('Revisor: Kim Revisor').waitFor();
    const questions = team.page.getByRole('form', { name: 'Frågorna' });
    const q = (n: number) => questions.getByRole('group', { name: `Fråga ${n}` });
    await q(1).getByLabel('Frågan').fill('Hur blev du bemött?');
    await questions.getByRole('button', { name: 'Lägg till en fråga' }).click();
    await q(2).getByLabel('Typ av fråga').selectOption({ label: 'Ja eller nej' });
    await q(2).getByLabel('Frågan').fill('Fick du vara med och bestämma?');
    await questions.getByRole('button', { name: 'Lägg till en fråga' }).click();
    await q(3).getByLabel('Typ av fråga').selectOption({ label: 'Fritext' });
    await q(3).getByLabel('Frågan').fill('Vad saknade du?');
    await questions.getByRole('button', { name: 'Spara frågorna' }).click();
    await team.page.getByText('Frågorna är sparade.').waitFor();
    await checkA11y(team.page, 'audit team, questions');
    await team.page
      .getByRole('form', { name: 'Öppna insamlingen' })
      .getByRole('button', { name: 'Öppna insamlingen' })
      .click();
    await team.page.getByText('Svar hittills: 0').waitFor();

    // 3. One-time links; the first is answered on a phone, four more through the API.
    const links = team.page.getByRole('form', { name: 'Svarslänkar' });
    await links.getByLabel('Antal länkar').fill('5');
    await links.getByRole('button', { name: 'Skapa länkar' }).click();
    await team.page.getByTestId('answer-links').locator('li').nth(4).waitFor();
    const urls = (await team.page.getByTestId('answer-links').locator('li').allTextContents()).map(
      (u) => new URL(u.trim()),
    );
    expect(urls).toHaveLength(5);
    // Each link has its QR code beside it, named for the link it carries.
    const qrs = team.page
      .getByTestId('answer-links')
      .getByRole('img', { name: /^QR-kod för svarslänk/ });
    await team.page.getByRole('img', { name: /^QR-kod för svarslänk 5 / }).waitFor();
    expect(await qrs.count()).toBe(5);
    expect(await qrs.first().getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await checkA11y(team.page, 'audit team, collecting');

    const phone = await newPage(env.browser(), env.baseUrl());
    await phone.page.setViewportSize({ width: 390, height: 844 });
    await phone.page.goto(urls[0]!.pathname);
    await phone.page.getByText('Frågor om Beroendecentrum från Brukarföreningen Exempel').waitFor();
    await checkA11y(phone.page, 'audit answer page on a phone');
    await phone.page
      .getByRole('group', { name: /^Fråga 1:/ })
      .getByLabel('5 – bäst')
      .check();
    await phone.page
      .getByRole('group', { name: /^Fråga 2:/ })
      .getByLabel('Ja')
      .check();
    await phone.page.getByLabel(/^Fråga 3:/).fill('Kvällstider');
    await phone.page.getByRole('button', { name: 'Skicka svaren' }).click();
    await phone.page.getByRole('status').filter({ hasText: 'Tack!' }).waitFor();
    await phone.page.reload();
    await phone.page.getByText('Länken går inte att använda').waitFor();
    expect(pageErrors(phone.page)).toEqual([]);
    await phone.context.close();
    for (const [i, url] of urls.slice(1).entries()) {
      const res = await fetch(
        `${env.baseUrl()}/api/user-led-audits/answer/${url.pathname.split('/').pop()}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: [4, i % 2 === 0, `Svar ${i}`] }),
        },
      );
      expect(res.status).toBe(201);
    }

    // A paper interview, entered by the auditor.
    const paper = team.page.getByRole('form', { name: 'Svar från en intervju' });
    await paper
      .getByRole('group', { name: /^Fråga 1:/ })
      .getByLabel('3')
      .check();
    await paper
      .getByRole('group', { name: /^Fråga 2:/ })
      .getByLabel('Nej')
      .check();
    await paper.getByRole('button', { name: 'Spara svaret' }).click();
    await team.page.getByText('Svaret är sparat.').waitFor();
    await team.page.getByText('Svar hittills: 6').waitFor();

    // 4. Close, read the compiled answers, write and publish the report.
    await team.page
      .getByRole('form', { name: 'Stäng insamlingen' })
      .getByRole('button', { name: 'Stäng insamlingen' })
      .click();
    await team.page.getByRole('heading', { level: 2, name: 'Sammanställda svar' }).waitFor();
    await team.page.getByText('Antal svar: 6').waitFor();
    await team.page.getByText('Kvällstider').waitFor();
    const report = team.page.getByRole('form', { name: 'Skriv rapporten' });
    await report.getByLabel('Iakttagelser').fill('Bemötandet får höga betyg.');
    await report.getByLabel('Rekommendationer').fill('Inför kvällstider.');
    await report.getByRole('button', { name: 'Spara rapporten' }).click();
    await team.page.getByText('Rapporten är sparad.').waitFor();
    await checkA11y(team.page, 'audit team, compiling');
    await team.page
      .getByRole('form', { name: 'Publicera rapporten till enheten' })
      .getByRole('button', { name: 'Publicera rapporten till enheten' })
      .click();
    await team.page.getByText('Enheten har inte svarat än.').waitFor();
    expect(pageErrors(team.page)).toEqual([]);

    // 5. Maja reads the report and answers with what the unit will do.
    await maja.page.reload();
    await maja.page.getByText('Bemötandet får höga betyg.').waitFor();
    const respond = maja.page.getByRole('form', { name: 'Svara på rapporten' });
    await respond.getByLabel('Vad enheten ska göra').fill('Kvällsmottagning på torsdagar.');
    await respond.getByRole('button', { name: 'Skicka svaret' }).click();
    await maja.page.getByText('Kvällsmottagning på torsdagar.').waitFor();
    await maja.page.getByRole('heading', { level: 1, name: /Besvarad/ }).waitFor();
    await checkA11y(maja.page, 'user-led audit, answered');
    expect(pageErrors(maja.page)).toEqual([]);

    // The team sees the unit's answer too.
    await team.page.reload();
    await team.page.getByText('Kvällsmottagning på torsdagar.').waitFor();
    await team.context.close();
    await maja.context.close();
  });
});
