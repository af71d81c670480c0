import { describe, expect, it } from 'vitest';
import { ACCESS_ACTION_CODES } from '@vardflata/domain';
import { checkA11y } from '../support/axe.ts';
import { apiSession, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('journey 21: the register extract for the person', () => {
  it('shows who accessed the person in plain words, per day, and opens the same as a PDF', async () => {
    // A person with a history: the demo county's active SIP of Exempelby.
    const erik = await apiSession(env.baseUrl(), 'erik.socsek');
    const { items } = await erik.get<{
      items: { personId: string; frozen: boolean; person: { givenName: string | null } }[];
    }>('/api/sips?status=active&scope=unit');
    const sip = items.find((s) => !s.frozen && s.person.givenName);
    expect(sip).toBeDefined();

    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await page.goto(`/persons/${sip!.personId}`);
    await page.getByRole('heading', { level: 2, name: /Registerutdrag/ }).waitFor();
    await page.getByRole('button', { name: 'Ta fram registerutdrag' }).click();
    const extract = page.getByTestId('access-extract');
    await extract.waitFor();

    // Days as headings, newest first; each line a unit and what it did, in the person's words.
    const days = await extract.locator('h4').allTextContents();
    expect(days.length).toBeGreaterThan(1);
    expect(days[0]).toMatch(/^[A-ZÅÄÖ][a-zåäö]+dag \d{1,2} [a-zåäö]+ \d{4}$/);
    const lines = await extract.locator('li').allTextContents();
    expect(
      lines.some((l) =>
        l.startsWith(
          'Socialtjänst Vuxen Exempelby föreslog en samordnad individuell plan (SIP) för dig',
        ),
      ),
    ).toBe(true);
    expect(
      lines.some((l) =>
        /^Socialtjänst Vuxen Exempelby läste dina personuppgifter \(\d+ gånger?, kl\. /.test(l),
      ),
    ).toBe(true);
    for (const line of lines) expect(line).toMatch(/\b(dig|din|dina|ditt|du)\b/);
    const text = (await extract.textContent()) ?? '';
    expect(text).not.toMatch(UUID);
    for (const code of ACCESS_ACTION_CODES) expect(text).not.toContain(code);
    await checkA11y(page, 'register extract');

    // The PDF to print: the same extract, rendered by the server.
    const link = page.getByRole('link', { name: 'Öppna som PDF att skriva ut' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`/api/persons/${sip!.personId}/access-extract.pdf?lang=sv`);
    const pdf = await page.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(
      await page.getByRole('link', { name: 'PDF på engelska' }).getAttribute('href'),
    ).toContain('lang=en');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
