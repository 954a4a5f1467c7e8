import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousA11yViolations } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

async function newSeriesOnParticipants(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Series name').fill('Import test');
  await page.getByLabel('First day').fill('2026-04-07');
  await page.getByRole('button', { name: 'Create series' }).click();
  await page.getByRole('link', { name: 'Participants' }).click();
}

async function chooseFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import a spreadsheet of participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file' }).click();
  await (await choosing).setFiles(path);
  return dialog;
}

const ENCODINGS: Array<{ file: string; details: RegExp }> = [
  { file: 'utf8-comma.csv', details: /CSV · UTF-8 · separated by ,/ },
  { file: 'utf8-bom-semicolon.csv', details: /CSV · UTF-8 · separated by ;/ },
  { file: 'utf16le-tab.txt', details: /CSV · UTF-16LE · separated by Tab/ },
  { file: 'utf16be-tab.txt', details: /CSV · UTF-16BE · separated by Tab/ },
  { file: 'windows-1252-comma.csv', details: /CSV · WINDOWS-1252 · separated by ,/ },
  { file: 'windows-1252-semicolon.csv', details: /CSV · WINDOWS-1252 · separated by ;/ },
  { file: 'tab.tsv', details: /separated by Tab/ },
];

for (const { file, details } of ENCODINGS) {
  test(`imports ${file} with its accents intact`, async ({ page }) => {
    await newSeriesOnParticipants(page);
    const dialog = await chooseFile(page, fixture(file));
    await expect(dialog.getByText(details)).toBeVisible();
    await expect(dialog.getByLabel(/^Column A \(.*\) holds$/)).toHaveValue('name');
    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    await expect(dialog.getByText(/new participants?$/)).toBeVisible();
    await dialog.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Imported: \d+ added, 0 updated, 0 skipped\.$/)).toBeVisible();
    await page.getByRole('searchbox').fill('zoe muller');
    await expect(page.getByRole('button', { name: 'Edit Zoë Müller' })).toBeVisible();
    await page.getByRole('searchbox').fill('gonzalez');
    await expect(page.getByRole('button', { name: 'Edit Ana González' })).toBeVisible();
  });
}

test('quoted fields with line breaks and quotes keep their text', async ({ page }) => {
  await newSeriesOnParticipants(page);
  const dialog = await chooseFile(page, fixture('quoted.csv'));
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table')).toContainText('"');
});

test('an XLSX workbook: a chosen sheet is read, with Cyrillic names', async ({ page }) => {
  await newSeriesOnParticipants(page);
  const dialog = await chooseFile(page, fixture('two-sheets.xlsx'));
  await expect(dialog.getByText('Excel workbook')).toBeVisible();
  await expect(dialog.getByLabel('Sheet')).toHaveValue('Participants');
  await expect(dialog.getByRole('cell', { name: 'Ольга Смирнова' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 4 rows' }).click();
  await page.getByRole('searchbox').fill('СМИРНОВА');
  await expect(page.getByRole('button', { name: 'Edit Ольга Смирнова' })).toBeVisible();
  await page.getByRole('searchbox').fill('cote divoire');
  await expect(page.getByRole('button', { name: 'Edit Kouassi Yao' })).toBeVisible();

  const again = await chooseFile(page, fixture('two-sheets.xlsx'));
  await again.getByLabel('Sheet').selectOption('Observateurs');
  await expect(again.getByLabel('Sheet')).toHaveValue('Observateurs');
  await again.getByRole('button', { name: 'Check the rows' }).click();
  await expect(again.getByText(/new participants?$/)).toBeVisible();
});

test('a mapping the app could not guess is corrected by hand', async ({ page }, testInfo) => {
  await newSeriesOnParticipants(page);
  const path = testInfo.outputPath('odd-headers.csv');
  await writeFile(path, 'Delegate,Affiliation code,Where from\nFatou Diallo,ORG-1,Senegal\nLin Wei,ORG-2,China\n');
  const dialog = await chooseFile(page, path);
  await expect(dialog.getByRole('alert')).toContainText('No column is set to hold the names.');
  await expect(dialog.getByRole('button', { name: 'Check the rows' })).toBeDisabled();
  await dialog.getByLabel('Column A (Delegate) holds').selectOption({ label: 'Name' });
  await dialog.getByLabel('Column C (Where from) holds').selectOption({ label: 'State' });
  await expectNoSeriousA11yViolations(page, 'import mapping');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await page.getByRole('searchbox').fill('senegal');
  await expect(page.getByRole('button', { name: 'Edit Fatou Diallo' })).toBeVisible();
});

test('the report says row by row what was rejected and why; duplicates are skipped or updated', async ({ page }) => {
  await newSeriesOnParticipants(page);
  const dialog = await chooseFile(page, fixture('rejects.csv'));
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  const report = dialog.getByRole('list', { name: 'Row by row' });
  await expect(report.getByRole('listitem').filter({ hasText: 'Row 3' })).toContainText('No name: the row was not imported.');
  await expect(report.getByRole('listitem').filter({ hasText: 'Row 4' })).toContainText('“Atlantis” is not a State of the UN list');
  await expect(dialog.getByText(/rows? rejected$/)).toBeVisible();
  await expect(dialog.getByText(/match someone already registered or an earlier row$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'import report');
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox').fill('bold');
  // Markup stays text.
  await expect(page.getByRole('button', { name: 'Edit <b>Bold</b>' })).toBeVisible();
  await page.getByRole('searchbox').fill('hyperlink');
  await expect(page.getByRole('button', { name: /^Edit =HYPERLINK/ })).toBeVisible();
});

test('bad files get a clear message and leave the registry unchanged', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await newSeriesOnParticipants(page);
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByRole('dialog', { name: 'New participant' }).getByLabel('Name', { exact: true }).fill('Already Here');
  await page.getByRole('dialog', { name: 'New participant' }).getByRole('button', { name: 'Save participant' }).click();
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();

  const huge = testInfo.outputPath('huge.csv');
  await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 'a'));
  const cases: Array<{ path: string; message: string | RegExp }> = [
    { path: fixture('empty.csv'), message: 'The file is empty.' },
    { path: fixture('whitespace.csv'), message: 'The file is empty.' },
    { path: fixture('image.png'), message: 'This file cannot be read as a table.' },
    { path: fixture('document.pdf'), message: 'This file cannot be read as a table.' },
    { path: fixture('nul-bytes.csv'), message: 'This file cannot be read as a table.' },
    { path: fixture('legacy.xls'), message: 'This is an old Excel file (.xls)' },
    { path: fixture('damaged.xlsx'), message: 'This Excel file is damaged or incomplete.' },
    { path: fixture('header-only.csv'), message: 'The file has a header row but no participants below it.' },
    { path: fixture('unterminated-quote.csv'), message: /A quotation mark opened in row \d+ is never closed/ },
    { path: huge, message: /The file is too large \(51\.0 MB\)\. The limit is 50 MB\./ },
  ];
  for (const c of cases) {
    const dialog = await chooseFile(page, c.path);
    await expect(dialog.getByRole('alert')).toContainText(c.message);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  }
  // No usable column: nothing maps to a name, so the rows cannot even be checked.
  const noName = await chooseFile(page, fixture('no-name-column.csv'));
  await expect(noName.getByRole('alert')).toContainText('No column is set to hold the names.');
  await expect(noName.getByRole('button', { name: 'Check the rows' })).toBeDisabled();
  await noName.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
});
