/**
 * Hostile and large spreadsheets at the import screen: small files that would expand to too much
 * are refused with their own message and change nothing; a large file is read in a Web Worker,
 * with a progress bar and Cancel, while the page keeps painting and answering.
 */
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { csvOfCells, declaredSizeBombXlsx, ratioBombXlsx, rowBombXlsx, xlsxOfRows, xlsxWithCellAt } from '../fixtures/import/hostile';
import { makeSyntheticRows } from '../fixtures/import/synthetic';
import { expectNoSeriousA11yViolations } from './helpers';

async function newSeriesWithOneParticipant(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Series name').fill('Import limits');
  await page.getByLabel('First day').fill('2026-04-07');
  await page.getByRole('button', { name: 'Create series' }).click();
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Add participant' }).click();
  const form = page.getByRole('dialog', { name: 'New participant' });
  await form.getByLabel('Name', { exact: true }).fill('Already Here');
  await form.getByRole('button', { name: 'Save participant' }).click();
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
}

async function chooseFile(page: Page, path: string) {
  const dialog = page.getByRole('dialog', { name: 'Import participants' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Import a spreadsheet of participants' }).click();
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file' }).click();
  await (await choosing).setFiles(path);
  return dialog;
}

test('hostile spreadsheets are refused with a clear message and change nothing', async ({ page }, testInfo) => {
  await newSeriesWithOneParticipant(page);
  const cases: Array<{ name: string; bytes: Uint8Array; message: RegExp }> = [
    {
      name: 'rows.xlsx',
      bytes: rowBombXlsx(),
      message: /^The table goes on to row 9,999,999; the limit is 100,000 rows\. Split the list into several files\./,
    },
    { name: 'declared.xlsx', bytes: declaredSizeBombXlsx(), message: /^This Excel file would take 250\.0 MB once unpacked; the limit is 128 MB\./ },
    { name: 'ratio.xlsx', bytes: ratioBombXlsx(8), message: /^This Excel file unpacks to [\d,]+ times its size, where real workbooks stay under 100\./ },
    { name: 'columns.xlsx', bytes: xlsxWithCellAt('IW2'), message: /^Row 2 has something in column IW; the limit is 256 columns\./ },
    { name: 'cells.csv', bytes: csvOfCells(10_000, 201), message: /^The table has more than 2,000,000 cells\./ },
  ];
  for (const c of cases) {
    const path = testInfo.outputPath(c.name);
    await writeFile(path, c.bytes);
    const dialog = await chooseFile(page, path);
    await expect(dialog.getByRole('alert'), c.name).toHaveText(c.message);
    await expect(dialog.getByRole('alert'), c.name).toContainText('Nothing was imported.');
    if (c.name === 'rows.xlsx') {
      await expectNoSeriousA11yViolations(page, 'import refusal');
      await dialog.screenshot({ path: testInfo.outputPath('refusal.png') });
    }
    // Still on the first step: another file can be chosen.
    await expect(dialog.getByRole('button', { name: 'Choose a file' })).toBeEnabled();
  }
  await page.getByRole('dialog', { name: 'Import participants' }).getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
});

test('a large file is read in the background: the bar moves, the page answers, Cancel stops it', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  // 99,999 participants with seven columns of notes (1.9 million cells): just inside the row and
  // cell limits, seconds of reading on any machine, so that Cancel comes while it reads.
  const notes = Array.from({ length: 7 }, (_, i) => i + 1);
  const rows = makeSyntheticRows(99_999).map((row, r) => [...row, ...notes.map((n) => (r === 0 ? `Note ${n}` : `Note ${n} of row ${r}`))]);
  const path = testInfo.outputPath('large.xlsx');
  await writeFile(path, xlsxOfRows(rows));
  await newSeriesWithOneParticipant(page);
  // A frame counter: it goes up only while the page's main thread is free to paint.
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number };
    w.frames_ = 0;
    const tick = () => {
      w.frames_ += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const frames = () => page.evaluate(() => (window as unknown as { frames_: number }).frames_);

  const dialog = await chooseFile(page, path);
  const bar = dialog.getByRole('progressbar', { name: 'Progress' });
  const cancel = dialog.getByRole('button', { name: 'Cancel reading' });
  await expect(bar).toBeVisible();
  await expect(cancel).toBeVisible();
  // The file is read by a worker, not by the page.
  await expect.poll(() => page.workers().length).toBe(1);
  // While it reads, the bar moves and frames keep being painted.
  const framesAtStart = await frames();
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  await expect.poll(frames).toBeGreaterThan(framesAtStart + 10);
  await expect(dialog.getByText(/^Reading the file… \d+%$/)).toBeVisible();
  await dialog.screenshot({ path: testInfo.outputPath('progress.png') });
  // A click answers while the file is still being read: Cancel stops the worker. (The
  // accessibility check comes after, on the cancelled dialog: run now, it could outlast the
  // reading on a busy machine.)
  await cancel.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Reading cancelled. Nothing was imported.' })).toBeVisible();
  await expect(bar).toBeHidden();
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(dialog.getByRole('button', { name: 'Choose a file' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page, 'import cancelled');

  // Closing the dialog while the file is read stops the worker too.
  await chooseFile(page, path);
  await expect(bar).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.workers().length).toBe(0);

  // The same file read to the end: every row is there.
  await chooseFile(page, path);
  await expect(dialog.getByText('large.xlsx · 99999 rows')).toBeVisible({ timeout: 120_000 });
  await expect(dialog.getByRole('button', { name: 'Check the rows' })).toBeEnabled();
  await expect.poll(() => page.workers().length).toBe(0);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
});
