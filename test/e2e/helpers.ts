import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * A frame sandboxed without scripts (the print preview) cannot take axe's script: Playwright's
 * evaluate in it never settles, and axe's finishing page then never opens (the test hangs for
 * its whole timeout). Such frames are left out here; tests check the print document itself
 * with `expectNoSeriousA11yViolationsInHtml`.
 */
const SCRIPTLESS_FRAMES = 'iframe[sandbox]:not([sandbox~="allow-scripts"])';

/**
 * Runs axe on the page as it stands and fails on any serious or critical violation. The
 * script-less frames are always left out, whether or not one is there yet: a print preview
 * drawn a moment after the check (a slow machine, a busy CI) would otherwise hang axe.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const builder = new AxeBuilder({ page }).exclude(SCRIPTLESS_FRAMES);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
}

export async function openDemo(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open the demo series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
}

/** Runs axe over a whole HTML document (a print document) loaded in a page of its own. */
export async function expectNoSeriousA11yViolationsInHtml(page: Page, html: string, screen: string): Promise<void> {
  const documentPage = await page.context().newPage();
  try {
    await documentPage.setContent(html);
    await expectNoSeriousA11yViolations(documentPage, screen);
  } finally {
    await documentPage.close();
  }
}
