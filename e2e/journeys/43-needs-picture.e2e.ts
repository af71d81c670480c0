import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { NeedsPicture } from '@vardflata/contracts';
import { checkA11y } from '../support/axe.ts';
import { apiSession, nav, signIn } from '../support/app.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/**
 * The analyst reads the needs picture (F11): the target group jointly and for the
 * municipalities, every chart with its table, a figure no record holds said in words, and the
 * exports. The figures expected are read through the API for the range the page shows.
 */
describe('journey 43: the needs picture', () => {
  it('jointly → the municipalities → the exports', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await signIn(page, 'olle.analytiker');
    await nav(page).getByRole('link', { name: 'Behovsbild' }).click();
    await page.getByRole('heading', { level: 1, name: 'Behovsbild' }).waitFor();
    expect(await page.getByTestId('as-of').textContent()).toMatch(/^Siffror per \d/);
    expect(await page.getByTestId('test-data-notice').textContent()).toBe(
      'Demoläge: testpersoner räknas med – siffrorna är inte verkliga.',
    );

    const from = await page.getByLabel('Från').inputValue();
    const to = await page.getByLabel('Till').inputValue();
    const olle = await apiSession(env.baseUrl(), 'olle.analytiker');
    const joint = await olle.get<NeedsPicture>(`/api/needs-picture?from=${from}&to=${to}`);
    const persons = joint.total.figures.find((f) => f.code === 'persons')!;
    expect(persons.available).toBe(true);
    // The demo county's persons count outside production mode: the target group is not empty.
    expect(joint.includesTestData).toBe(true);
    expect(persons.suppressed || (persons.value ?? 0) > 0).toBe(true);

    // The target group: a chart with a description and its table, the figure as the API says.
    const group = page.getByRole('figure', { name: 'Målgruppen', exact: true });
    expect(await group.getAttribute('aria-describedby')).toBeTruthy();
    await group.getByText('Visa som tabell').click();
    const personsCell = group.locator('tr[data-code="persons"] td').first();
    expect(await personsCell.textContent()).toBe(
      persons.suppressed ? 'Visas inte (färre än 5)' : String(persons.value),
    );
    // Homelessness: no record holds it — said in words, never a 0.
    const housing = page.getByRole('figure', { name: 'Boende', exact: true });
    await housing.getByText('Visa som tabell').click();
    expect(await housing.locator('tr[data-code="housing-homeless"] td').first().textContent()).toBe(
      'Inte tillgänglig – ingen post i Vårdfläta innehåller uppgiften',
    );
    const substances = page.getByRole('figure', { name: 'Över tid: Substanser och spel' });
    await substances.getByText('Visa som tabell').click();
    await substances.getByRole('columnheader', { name: 'Spel om pengar' }).waitFor();
    await substances.getByRole('columnheader', { name: 'Dopningsmedel' }).waitFor();
    await checkA11y(page, 'needs picture, both principals');

    // The municipalities only.
    const form = page.getByRole('form', { name: 'Urval' });
    await form.getByLabel('Huvudman').selectOption({ label: 'Kommunerna' });
    await form.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/principal=municipality/);
    const municipal = await olle.get<NeedsPicture>(
      `/api/needs-picture?from=${from}&to=${to}&principal=municipality`,
    );
    const housingSupport = municipal.total.figures.find((f) => f.code === 'housing-support')!;
    const housingAgain = page.getByRole('figure', { name: 'Boende', exact: true });
    // The figures of the municipalities are drawn (the description names the principal).
    await housingAgain.getByText(/Kommunerna/).waitFor();
    await housingAgain.getByText('Visa som tabell').click();
    await housingAgain
      .locator('tr[data-code="housing-support"] td')
      .first()
      .filter({
        hasText: housingSupport.suppressed
          ? 'Visas inte (färre än 5)'
          : String(housingSupport.value),
      })
      .waitFor();
    await checkA11y(page, 'needs picture, the municipalities');

    // The exports: the same figures, as files.
    const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    expect(csvHref).toContain('principal=municipality');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code)).toContain('substance-gambling');
    const xlsxHref = await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href');
    const xlsx = await page.request.get(xlsxHref!);
    expect(xlsx.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Behovsbild', 'Över tid', 'Definitioner']),
    );

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
