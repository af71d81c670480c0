import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { checkA11y } from '../support/axe.ts';
import { nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

describe('journey 40: the analyst follows the county up', () => {
  it('dashboard, drill-down from the county to a unit, by organisation and by integrated reception, and the exports', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'olle.analytiker');
    await page.getByRole('heading', { level: 1, name: 'Översikt för analys' }).waitFor();
    await page.getByRole('link', { name: 'Öppna uppföljningen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    expect(
      await nav(page).getByRole('link', { name: 'Uppföljning' }).getAttribute('aria-current'),
    ).toBe('page');
    // How old the figures are is said on the page.
    expect(await page.getByTestId('as-of').textContent()).toMatch(/^Siffror per \d/);
    // The demo's persons are test persons: they count outside production mode, and the page
    // says so in words, so no one takes the figures for real ones.
    expect(await page.getByTestId('test-data-notice').textContent()).toBe(
      'Demoläge: testpersoner räknas med – siffrorna är inte verkliga.',
    );
    const key = page.getByRole('table').filter({ hasText: 'Så räknas den' });
    await key.getByRole('rowheader', { name: 'Personer', exact: true }).waitFor();
    // Visits and contacts are counted from the contact record (0020-c): no indicator is
    // "not available" any more.
    expect(await key.locator('tr[data-code="contacts"] td').first().textContent()).not.toBe(
      'Ännu inte tillgänglig',
    );
    expect(await key.getByText('Ännu inte tillgänglig').count()).toBe(0);
    // Charts have a description and a table alternative.
    const comparison = page.getByRole('figure', { name: 'Jämförelse: Personer' });
    expect(await comparison.getAttribute('aria-describedby')).toBeTruthy();
    await comparison.getByText('Visa som tabell').click();
    await checkA11y(page, 'follow-up, county');

    // Drill down: county → organisation → unit.
    await comparison.getByRole('button', { name: 'Visa Region Exempel' }).click();
    const path = page.getByRole('navigation', { name: 'Nivå' });
    await path.locator('[aria-current="page"]', { hasText: 'Region Exempel' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nyckeltal för Region Exempel' }).waitFor();
    const orgComparison = page.getByRole('figure', { name: 'Jämförelse: Personer' });
    await orgComparison.getByText('Visa som tabell').click();
    await orgComparison.getByRole('button', { name: 'Visa Beroendecentrum' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nyckeltal för Beroendecentrum' }).waitFor();
    await checkA11y(page, 'follow-up, unit');
    await path.getByRole('button', { name: 'Hela länet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nyckeltal för Hela länet' }).waitFor();

    // The county compared by integrated reception: county → reception → one of its units.
    await page.getByLabel('Jämför länet efter').selectOption({ label: 'Integrerade mottagningar' });
    const byReception = page.getByRole('figure', { name: 'Jämförelse: Personer' });
    await byReception.getByText('Visa som tabell').click();
    await checkA11y(page, 'follow-up, county by reception');
    const reception = 'Socialmedicinsk mottagning Exempelby';
    await byReception.getByRole('button', { name: `Visa ${reception}` }).click();
    await path.locator('[aria-current="page"]', { hasText: reception }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Nyckeltal för ${reception}` }).waitFor();
    // The reception's export is the reception's figures.
    const receptionCsv = await page.request.get(
      (await page.getByRole('link', { name: 'CSV' }).getAttribute('href'))!,
    );
    const receptionRows = parse(await receptionCsv.text(), { columns: true });
    expect(receptionRows[0]).toMatchObject({ scope: reception, scopeKind: 'reception' });
    const receptionComparison = page.getByRole('figure', { name: 'Jämförelse: Personer' });
    await receptionComparison.getByText('Visa som tabell').click();
    // Its units of both principals.
    await receptionComparison
      .getByRole('button', { name: 'Visa Socialtjänst Vuxen Exempelby' })
      .waitFor();
    await checkA11y(page, 'follow-up, integrated reception');
    await receptionComparison.getByRole('button', { name: 'Visa Vårdcentral Centrum' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Nyckeltal för Vårdcentral Centrum' })
      .waitFor();
    await path.getByRole('button', { name: reception }).click();
    await page.getByRole('heading', { level: 2, name: `Nyckeltal för ${reception}` }).waitFor();
    await path.getByRole('button', { name: 'Hela länet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nyckeltal för Hela länet' }).waitFor();

    // The exports: the same figures, as files the analyst can open.
    const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code)).toContain('persons');
    const xlsxHref = await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href');
    const xlsx = await page.request.get(xlsxHref!);
    expect(xlsx.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toContain('Kön');
    const pdfHref = await page.getByRole('link', { name: 'Rapport (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
