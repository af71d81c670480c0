import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 41: a client answers a survey on a one-time link', () => {
  it('the staff hand out the link, as text and as a QR code to scan', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'erik.socsek');
    await nav(page).getByRole('link', { name: 'Klientenkät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klientenkät' }).waitFor();
    const form = page.getByRole('form', { name: 'Klientenkät' });
    await form.getByLabel('Enkät').selectOption({ label: 'Uppföljning av öppenvården' });
    await form.getByRole('button', { name: 'Skapa länk' }).click();
    const link = (await page.getByTestId('survey-link').textContent())!;
    expect(new URL(link).pathname).toMatch(/^\/survey\/[A-Za-z0-9_-]{20,64}$/);
    // The QR code beside it: an image named for what it is, an SVG, large enough to print.
    const qr = page.getByRole('img', { name: /^QR-kod för enkätlänken/ });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(150);
    await checkA11y(page, 'client survey, the staff hand out a link');

    // The link the page shows is the client's: it opens the survey without signing in.
    const client = await newPage(env.browser(), env.baseUrl());
    await client.page.goto(new URL(link).pathname);
    await client.page
      .getByRole('heading', { level: 1, name: 'Uppföljning av öppenvården' })
      .waitFor();
    expect(pageErrors(page)).toEqual([]);
    await client.context.close();
    await context.close();
  });

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
