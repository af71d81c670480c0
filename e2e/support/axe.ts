import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
interface Violation {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Every page checked in this run, for the summary a journey may print. */
export const checkedPages: string[] = [];

function describe(v: Violation): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map(
      (n) =>
        `      ${JSON.stringify(n.target)}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
    )
    .join('\n');
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation,
 * listing them. Minor and moderate findings are printed, not failed.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  // Let pending renders settle: no request in flight and no "loading" text on screen.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);

  const hasAxe = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!hasAxe) await page.evaluate(axe.source);
  const violations = (await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as Violation[];

  checkedPages.push(`${label} (${new URL(page.url()).pathname})`);
  // E2E_SCREENSHOTS=<folder>: a full-page picture of every checked page, for design review.
  const shots = process.env.E2E_SCREENSHOTS;
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    const name = `${String(checkedPages.length).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    await page.screenshot({ path: path.join(shots, name), fullPage: true });
  }
  const failing = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = violations.filter((v) => !failing.includes(v));
  if (other.length && process.env.E2E_AXE_VERBOSE) {
    console.warn(`axe (${label}) minor/moderate:\n${other.map(describe).join('\n')}`);
  }
  if (failing.length) {
    throw new Error(
      `axe found ${failing.length} serious or critical violation(s) on "${label}" (${page.url()}):\n${failing.map(describe).join('\n')}`,
    );
  }
}
