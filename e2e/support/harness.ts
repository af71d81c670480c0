import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';

/** One Chromium per journey file; each test opens its own context. */
export function useBrowser(): { browser: () => Browser; baseUrl: () => string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('the browser is not running');
      return browser;
    },
    baseUrl: () => inject('baseUrl'),
  };
}
