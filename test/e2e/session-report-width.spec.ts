/**
 * The session report on a 1366×768 laptop: every column of the speakers' table visible without
 * a horizontal scroll, and names on one or two lines, never broken over four to six.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/reports/reports-series.sessiondesk.json', import.meta.url));

async function openSessionReport(page: Page, session: RegExp): Promise<void> {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an event file' }).click();
  await (await choosing).setFiles(FIXTURE);
  await expect(page.getByText('“Reports test series” was imported and is now the current series.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByLabel('Session report').selectOption({ label: (await page.getByRole('option', { name: session }).textContent()) ?? '' });
}

for (const language of ['en', 'fr'] as const) {
  test(`the session report's table is readable at 1366 px (${language})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSessionReport(page, /^Cameroon/);
    if (language === 'fr') {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('radio', { name: 'Français' }).check();
      await page.getByRole('navigation', { name: 'Espaces' }).getByRole('link', { name: 'Rapports' }).click();
      await page.getByLabel('Compte rendu de séance').selectOption({ index: 1 });
    }
    const table = page.getByRole('table').first();
    await expect(table.getByRole('row')).not.toHaveCount(0);
    const region = page.getByRole('region', {
      name:
        language === 'en'
          ? 'Speakers of the session in order, with allotted and actual time'
          : 'Intervenants de la séance dans l’ordre, avec temps alloué et temps réel',
    });
    // No column behind a horizontal scroll.
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each speaker's name on at most two lines.
    const names = table.getByRole('rowheader');
    const lines = await names.evaluateAll((cells) =>
      cells.map((cell) => {
        const name = cell.firstElementChild as HTMLElement;
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        return { text: name.textContent, lines: Math.round(name.getBoundingClientRect().height / lineHeight) };
      }),
    );
    for (const line of lines) expect(line.lines, line.text ?? '').toBeLessThanOrEqual(2);
    await page.screenshot({ path: testInfo.outputPath(`session-report-1366-${language}.png`), fullPage: true });
    await expectNoSeriousA11yViolations(page, 'session report at 1366 px');
  });
}
