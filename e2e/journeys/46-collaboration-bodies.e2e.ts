import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { todayInStockholm, uniqueSuffix } from '../support/data.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

interface Body {
  id: string;
  name: string;
  kind: string;
}

/**
 * A local collaboration group's meeting (F15): the region's unit manager raises a dispute to the
 * demo county's local group (through the API); the coordinator Sara, a member, plans a meeting
 * on the Samverkansorgan pages, finds the dispute on its agenda (linked to the dispute), and
 * records the minutes and a decision — only then is the meeting shown as held.
 */
describe('journey 46: collaboration bodies', () => {
  it('plan a meeting → the raised dispute on its agenda → minutes and a decision', async () => {
    const tag = uniqueSuffix();
    const maja = await apiSession(env.baseUrl(), 'maja.chef');
    const local = (await maja.get<{ items: Body[] }>('/api/collaboration-bodies')).items.find(
      (b) => b.kind === 'local-group',
    )!;
    const disputeTitle = `Kostnadsansvar för tolk ${tag}`;
    const dispute = await maja.post<{ id: string }>('/api/disputes', {
      title: disputeTitle,
      description: 'Vem bekostar tolk vid SIP-möten?',
      otherOrganisationId: (
        await maja.get<{ items: { id: string; name: string }[] }>('/api/organisations')
      ).items.find((o) => o.name === 'Exempelby kommun')!.id,
    });
    await maja.post(`/api/disputes/${dispute.id}/raise`, { bodyId: local.id });

    const sara = await newPage(env.browser(), env.baseUrl());
    await signIn(sara.page, 'sara.samordnare');
    await nav(sara.page).getByRole('link', { name: 'Samverkansorgan' }).click();
    await sara.page.getByRole('heading', { level: 1, name: 'Samverkansorgan' }).waitFor();
    await sara.page.getByRole('heading', { level: 2, name: 'Brukarråd' }).waitFor();
    await checkA11y(sara.page, 'collaboration bodies');
    await sara.page.getByRole('link', { name: local.name }).click();
    await sara.page.getByRole('heading', { level: 1, name: local.name }).waitFor();
    await sara.page
      .getByRole('region', { name: 'Ledamöter' })
      .getByText('Sara Samordnare')
      .waitFor();

    // Plan a meeting for today: the minutes may be written once its day has come.
    const today = todayInStockholm();
    const plan = sara.page.getByRole('form', { name: 'Planera ett möte' });
    await plan.getByRole('textbox', { name: /^Datum/ }).fill(today);
    await plan.getByLabel('Plats').fill(`Stadshuset ${tag}`);
    await plan.getByRole('button', { name: 'Planera mötet' }).click();
    await sara.page.getByText(`Mötet ${today} är planerat.`).waitFor();

    const next = sara.page.getByRole('region', { name: 'Nästa möte' });
    await next.getByText('Planerat').first().waitFor();
    const raised = next.getByRole('link', { name: `Tvist: ${disputeTitle}` });
    await raised.waitFor();
    expect(await raised.getAttribute('href')).toBe(`/disputes#dispute-${dispute.id}`);
    // Not held until the minutes are written.
    expect(
      await sara.page.getByRole('region', { name: 'Hållna möten' }).textContent(),
    ).not.toContain(disputeTitle);
    await checkA11y(sara.page, 'a planned meeting with a raised dispute on its agenda');

    const item = next.getByRole('form', { name: 'Lägg till en punkt på dagordningen' });
    await item.getByLabel('Punkt').fill(`Rutin för tolkbokning ${tag}`);
    await item.getByRole('button', { name: 'Lägg till punkten' }).click();
    await next.getByText(`Rutin för tolkbokning ${tag}`).waitFor();

    const minutes = next.getByRole('form', { name: 'Skriv protokoll och beslut' });
    await minutes.getByRole('button', { name: 'Spara protokollet – mötet är hållet' }).click();
    await minutes.getByText('Fyll i fältet.').first().waitFor();
    await minutes
      .getByRole('textbox', { name: /^Protokoll/ })
      .fill('Gruppen gick igenom tvisten om tolkkostnader.');
    const decision = `Regionen bekostar tolk vid SIP-möten (${tag}).`;
    await minutes.getByRole('textbox', { name: /^Beslut/ }).fill(decision);
    await minutes.getByRole('button', { name: 'Spara protokollet – mötet är hållet' }).click();

    const held = sara.page.getByRole('region', { name: 'Hållna möten' });
    const meeting = held.getByRole('listitem', { name: new RegExp(`Stadshuset ${tag}`) });
    await meeting.getByText(decision).waitFor();
    await meeting.getByText('Hållet').first().waitFor();
    await meeting.getByRole('link', { name: `Tvist: ${disputeTitle}` }).waitFor();
    await meeting.getByText('Gruppen gick igenom tvisten om tolkkostnader.').waitFor();
    await checkA11y(sara.page, 'a held meeting with minutes and a decision');

    await meeting.getByRole('link', { name: `Tvist: ${disputeTitle}` }).click();
    await sara.page.getByRole('heading', { level: 1, name: 'Tvister om ansvar' }).waitFor();
    expect(pageErrors(sara.page)).toEqual([]);
    await sara.context.close();
  });
});
