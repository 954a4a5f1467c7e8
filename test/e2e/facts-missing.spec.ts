/**
 * Facts and Figures on a record with NHRIs and with missing columns: nothing unknown is
 * written as zero, and the news paragraph leaves out what it cannot state.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/reports/reports-series.sessiondesk.json', import.meta.url));

/** The Reports series (six CSOs and two NHRIs spoke) as if its list had no national/international column. */
function withoutScopes(path: string): string {
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { series: { name: string }; participants: Array<{ category: string; scope: string | null }> };
  file.series.name = 'Series without scopes';
  for (const p of file.participants) p.scope = null;
  writeFileSync(path, JSON.stringify(file));
  return path;
}

async function openFacts(page: Page, file: string, name: string): Promise<void> {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an event file' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByText(`“${name}” was imported and is now the current series.`)).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
}

const figure = (page: Page, label: string) =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('..');

test('with no national/international column: NHRIs still count as national, the CSOs are "not recorded", and the news says only what it knows', async ({
  page,
}, testInfo) => {
  await openFacts(page, withoutScopes(testInfo.outputPath('no-scopes.sessiondesk.json')), 'Series without scopes');
  await expect(figure(page, 'CSOs took the floor')).toContainText('8');
  await expect(figure(page, 'CSOs took the floor')).toContainText('including 2 NHRIs');
  await expect(figure(page, 'national CSOs')).toContainText('2');
  await expect(figure(page, 'national CSOs')).toContainText('not recorded for 6 of 8');
  await expect(figure(page, 'national CSOs')).not.toContainText(/(^|[^\d])0%/);
  await expect(figure(page, 'represented by women')).toContainText('not recorded for 1 of 8');
  await expect(figure(page, 'NHRIs took the floor')).toContainText('2');
  // Neither women nor national CSOs can be stated for every CSO: the sentence keeps the count and the NHRIs.
  await expect(page.getByTestId('news-en')).toContainText('8 CSOs took the floor, including two National Human Rights Institutions.');
  await expect(page.getByTestId('news-en')).not.toContainText('national');
  await expect(page.getByTestId('news-fr')).toContainText('8 OSC ont pris la parole, dont deux institutions nationales des droits de l’homme.');
  await page.getByRole('heading', { level: 2, name: 'Key figures' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('facts-missing.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'Facts and Figures with missing data');
});

test('the same record in French: NHRIs among the CSOs, the published wording', async ({ page }, testInfo) => {
  await openFacts(page, FIXTURE, 'Reports test series');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Français' }).check();
  await page.getByRole('navigation', { name: 'Espaces' }).getByRole('link', { name: 'Rapports' }).click();
  await expect(figure(page, 'OSC ont pris la parole')).toContainText('dont 2 INDH');
  await expect(figure(page, 'représentées par des femmes')).toContainText('non renseigné pour 1 sur 8');
  await page.screenshot({ path: testInfo.outputPath('facts-nhri-fr.png'), fullPage: true });
});
