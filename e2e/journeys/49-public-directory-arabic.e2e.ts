import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/axe.ts';
import { newPage, pageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/harness.ts';

const env = useBrowser();

/** The public service directory (F17) in Arabic, right to left, on a phone, without sign-in. */
describe('journey 49: the public directory in Arabic on a phone', () => {
  it('reads right to left, fits a phone screen, and switches language', async () => {
    const { context, page } = await newPage(env.browser(), env.baseUrl());
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto('/hjalp?lang=ar');
    await page.getByRole('heading', { level: 1, name: 'أين تجد المساعدة' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 3, name: 'برنامج تبادل الحقن' }).waitFor();
    // A phone number is a link to call.
    expect(await page.getByRole('link', { name: '010-123 45 20' }).getAttribute('href')).toBe(
      'tel:010123452' + '0',
    );
    // Nothing wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // A text not yet written in Arabic says so, and is marked as Swedish.
    await page.getByText('هذا النص غير متوفر بعد بلغتك ويُعرض باللغة السويدية.').waitFor();
    expect(
      await page
        .getByRole('heading', { level: 3, name: 'Stödgrupp för barn' })
        .getAttribute('lang'),
    ).toBe('sv');
    await checkA11y(page, 'public directory, Arabic, phone');

    await page
      .getByRole('navigation', { name: 'اللغة' })
      .getByRole('link', { name: 'Suomi' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mistä saat apua' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await checkA11y(page, 'public directory, Finnish, phone');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
