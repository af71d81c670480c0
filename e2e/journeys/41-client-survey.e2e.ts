import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 41: a client answers a survey on a one-time link', () => {
  it('opens without signing in, answers once, and the link is then used up', async () => {
    const erik = await apiSession(env.baseUrl(), 'erik.socsek');
    const invitation = await erik.post<{ path: string }>('/api/surveys/invitations', {
      kind: 'uiv-eb',
    });
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await page.setViewportSize({ width: 390, height: 844 }); // a phone
    await page.goto(invitation.path);
    await page.getByRole('heading', { level: 1, name: 'Uppföljning av öppenvården' }).waitFor();
    await page.getByText('Om hjälpen från Socialtjänst Vuxen Exempelby').waitFor();
    await checkA11y(page, 'client survey');
    const first = page.getByRole('group', { name: /^Fråga 1:/ });
    await first.getByLabel('Stämmer helt').check();
    await page
      .getByRole('group', { name: /^Fråga 12:/ })
      .getByLabel('Stämmer delvis')
      .check();
    await page.getByRole('button', { name: 'Skicka svaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Tack!' }).waitFor();
    await checkA11y(page, 'client survey, sent');
    await page.reload();
    await page.getByText('Länken går inte att använda').waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
