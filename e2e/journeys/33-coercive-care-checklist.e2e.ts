import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

interface Step {
  step: string;
  status: string;
}
interface OpenProcess {
  id: string;
  personId: string;
  kind: string;
  steps: Step[];
  person: { givenName: string | null; familyName: string | null };
}

const has = (p: OpenProcess, step: string) =>
  p.steps.some((s) => s.step === step && s.status === 'done');

/**
 * The LVM/LVU checklist (decision 0019-a): the worklist warns of an immediate custody not yet
 * submitted to the court; the social worker opens the person, sees each step's last day in
 * words with its section, records the submission on the form kit and starts a new process for
 * another person; health care sees the checklist under the person's consent, read-only.
 */
describe('journey 33: the LVM/LVU checklist', () => {
  it('worklist → checklist with due dates → submission recorded → new process → read-only view', async () => {
    const api = await apiSession(env.baseUrl(), 'erik.socsek');
    const open = (await api.get<{ items: OpenProcess[] }>('/api/coercive-care/open')).items;
    const custody = open.find((p) => has(p, 'immediate-custody') && !has(p, 'submission'));
    const justStarted = open.find((p) => p.steps.filter((s) => s.status === 'done').length === 1);
    expect(custody).toBeDefined();
    expect(justStarted).toBeDefined();

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');

    // The worklist names the limit of 15 § LVM.
    await nav(page).getByRole('link', { name: 'Att göra' }).click();
    const chain = page.getByTestId('care-worklist');
    await chain
      .getByText(/Beslutet underställt förvaltningsrätten – senast .* — 15 § LVM/)
      .first()
      .waitFor();
    await checkA11y(page, 'worklist with an LVM time limit');

    // The person's checklist: the last day in words, with the section and its source.
    await page.goto(`${env.baseUrl()}/persons/${custody!.personId}`);
    const section = page.getByRole('region', { name: 'LVM och LVU – checklista (lathund)' });
    await section.waitFor();
    const process = section.getByRole('article').first();
    await process.getByText(/^senast \d{1,2} [a-zåäö]+ \d{4} — 15 § LVM$/).waitFor();
    await process.getByText('Källa för fristen i 15 § LVM').click();
    await process
      .getByText('Regeln som den återges i en hämtad text', { exact: false })
      .first()
      .waitFor();
    await checkA11y(page, 'person with the LVM checklist');

    // Record the submission (today, the form's default).
    await process
      .getByRole('button', {
        name: /^Registrera som klart\W+Beslutet underställt förvaltningsrätten$/,
      })
      .click();
    const form = page.getByRole('form', { name: /^Registrera: Beslutet underställt/ });
    await form.getByLabel(/Datum då steget gjordes/).waitFor();
    await checkA11y(page, 'record a step');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await page.getByText('Steget är registrerat.').waitFor();
    await process.getByText(/^senast \d{1,2} [a-zåäö]+ \d{4} — 17 § LVM$/).waitFor();

    // A new LVU process for the person whose report just came in: the error summary first.
    await page.goto(`${env.baseUrl()}/persons/${justStarted!.personId}`);
    await section.waitFor();
    await section.getByRole('button', { name: 'Starta LVM/LVU-process' }).click();
    const start = page.getByRole('form', { name: 'Ny LVM/LVU-process' });
    await start.getByRole('button', { name: 'Starta processen' }).click();
    await start.getByText('Välj LVM eller LVU.').first().waitFor();
    await start.getByRole('radio', { name: /^LVU/ }).check();
    await checkA11y(page, 'start a process');
    await start.getByRole('button', { name: 'Starta processen' }).click();
    await page.getByText('Processen är startad.').waitFor();
    await section
      .getByRole('heading', { level: 3, name: /^LVU – vård av unga, anmälan/ })
      .waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();

    // Health care (Beroendecentrum) sees the checklist under the person's consent, read-only.
    const anna = await apiSession(env.baseUrl(), 'anna.lakare');
    const seen = await anna.get<{ items: { id: string }[] }>(
      `/api/persons/${custody!.personId}/coercive-care`,
    );
    expect(seen.items.map((p) => p.id)).toContain(custody!.id);
    const region = await newPage(env.browser(), env.baseUrl());
    await signIn(region.page, 'anna.lakare');
    await region.page.goto(`${env.baseUrl()}/persons/${custody!.personId}`);
    const view = region.page.getByRole('region', { name: 'LVM och LVU – checklista (lathund)' });
    await view
      .getByText(/— 17 § LVM$/)
      .first()
      .waitFor();
    expect(await view.getByRole('button', { name: /^Registrera som klart/ }).count()).toBe(0);
    await checkA11y(region.page, 'the checklist, read-only for health care');
    expect(pageErrors(region.page)).toEqual([]);
    await region.context.close();
  });
});
