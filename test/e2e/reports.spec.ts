import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../renderer/src/domain/import/csv';
import { readXlsx } from '../../renderer/src/domain/import/xlsx';
import { CONFIDENTIAL_NAME, CONFIDENTIAL_ORGANISATION, FORMULA_NAME } from '../fixtures/reports/reports-series';
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsInHtml, openDemo } from './helpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/reports/reports-series.sessiondesk.json', import.meta.url));
/** Where the pictures of the pages are kept for people to look at. */
const PICTURES = fileURLToPath(new URL('../../test-results/reports-pictures/', import.meta.url));

test.describe.configure({ timeout: 120_000 });

/** The Reports test series, imported through Settings as an event file, then Reports opened. */
async function openFixture(page: Page): Promise<void> {
  // The print dialog is not wanted in a test: the document stays in its frame to be read.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an event file' }).click();
  await (await choosing).setFiles(FIXTURE);
  await expect(page.getByText('“Reports test series” was imported and is now the current series.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
}

/** The value shown beside a key figure's label. */
const figure = (page: Page, label: string) =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('..');

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(text.slice(1)).rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

test('Facts and Figures show every figure of the record, with charts as tables and the news paragraph', async ({ page }) => {
  await openFixture(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
  await expect(page.getByText('3 sessions · 3 held')).toBeVisible();
  // Six CSOs and two NHRIs: the NHRIs are counted among the CSOs and the national ones, as published.
  await expect(figure(page, 'CSOs took the floor')).toContainText('8');
  await expect(figure(page, 'CSOs took the floor')).toContainText('including 2 NHRIs');
  // One speaker's gender is not recorded: said, and the share is of those recorded.
  await expect(figure(page, 'represented by women')).toContainText('4');
  await expect(figure(page, 'represented by women')).toContainText('57% of the 7 recorded');
  await expect(figure(page, 'represented by women')).toContainText('not recorded for 1 of 8');
  await expect(figure(page, 'national CSOs')).toContainText('7');
  await expect(figure(page, 'national CSOs')).toContainText('88% of the CSOs');
  await expect(figure(page, 'national CSOs')).toContainText('including 2 NHRIs');
  await expect(figure(page, 'NHRIs took the floor')).toContainText('2');
  await expect(figure(page, 'different Permanent Missions attended')).toContainText('7');
  await expect(figure(page, 'Permanent Missions took the floor')).toContainText('4');
  await expect(figure(page, 'Permanent Missions per session, on average')).toContainText('3.7');
  await expect(figure(page, 'Permanent Missions per session, on average')).toContainText('52% of the missions that attended');
  await expect(figure(page, 'States under Review attended their own session')).toContainText('2 of 3');
  await expect(figure(page, 'States under Review made their statement')).toContainText('1 of 3');

  // The chart of missions per session is a table: present, took the floor, CSOs who spoke.
  const missions = page.getByRole('table', { name: 'Permanent Missions present and missions that took the floor, per session' });
  const expectRow = async (state: string, cells: string[]) => {
    const row = missions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(state) }) });
    await expect(row.getByRole('cell')).toHaveText(cells);
  };
  await expectRow('Cameroon', ['4', '2', '4', 'Freedom of expression, Torture and other ill-treatment, Women’s rights']);
  await expectRow('Cuba', ['4', '2', '2', 'Women’s rights, Freedom of expression, Media freedom']);
  await expectRow('Djibouti', ['3', '1', '2', 'Freedom of association and peaceful assembly, Right to food, Right to health']);
  const themes = page.getByRole('table', { name: /Themes raised by panellists/ });
  await expect(themes.getByRole('rowheader')).toHaveText([
    'Freedom of expression',
    'Women’s rights',
    'Media freedom',
    'Torture and other ill-treatment',
    'Freedom of association and peaceful assembly',
    'Right to food',
    'Right to health',
    'LGBTI rights',
    'Forced evictions',
  ]);
  await expect(themes.getByRole('row').nth(1).getByRole('cell')).toHaveText(['2', '3']);

  // The range of dates is as Chromium's ICU writes it ("11–12" or "11 – 12").
  await expect(page.getByTestId('news-en')).toHaveText(/^At Reports test series \(11\s?–\s?12 April 2018\), 3 sessions were held\./);
  await expect(page.getByTestId('news-en')).toContainText(
    // The gender of one CSO is not recorded: the paragraph leaves that figure out rather than state a wrong one.
    '3 sessions were held. Of the 8 CSOs who took the floor, 7 were national CSOs, including two National Human Rights Institutions. 7 different Permanent Missions attended, 3.7 per session on average, and 4 of them took the floor. 2 of the 3 States under Review attended their own session, and 1 made a statement. The themes raised most often were freedom of expression, women’s rights and media freedom.',
  );
  await expect(page.getByTestId('news-fr')).toContainText(
    'Sur les 8 OSC qui ont pris la parole, 7 étaient des OSC nationales, dont deux institutions nationales des droits de l’homme.',
  );
  await expect(page.getByTestId('news-en')).not.toContainText('represented by women');
  await expect(page.getByTestId('news-fr')).toContainText('liberté d’expression, droits des femmes et liberté des médias.');
  await expect(page.getByRole('button', { name: 'Copy the English paragraph' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Facts and Figures');

  mkdirSync(PICTURES, { recursive: true });
  await page.screenshot({ path: `${PICTURES}facts-and-figures.png`, fullPage: true });
});

test('a session report shows the order, the times, the absences, the missions and the SuR; themes are tagged there', async ({ page }) => {
  await openFixture(page);
  await page.getByLabel('Session report').selectOption({ label: 'Cameroon · Wednesday, 11 April 2018, 10:00' });
  await expect(page.getByRole('heading', { level: 2, name: 'Cameroon' })).toBeVisible();
  const speakers = page.getByRole('table', { name: /Speakers of the session/ });
  await expect(speakers.getByRole('rowheader')).toHaveText([
    'Opening by the moderator',
    /^Jean Mballa/,
    /^Amina Njoya/,
    /^=HYPERLINK\("x"\)/,
    /^Chantal Mbarga.*Confidential/,
    /^Paul Ekane/,
    'Moderator’s questions',
    'France',
    'Germany',
    'Closing',
  ]);
  const row = (name: string) => speakers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  await expect(row('Amina Njoya').getByRole('cell')).toHaveText(['3', 'Panellist', '6:00', '6:20', '+0:20', 'Done', /Women’s rights, Freedom of expression/]);
  await expect(row('Germany').getByRole('cell')).toHaveText(['9', 'Floor', '2:00', '2:10', '+0:10', 'Done', '']);
  const summary = page.getByRole('definition');
  await expect(summary).toHaveText(['10', '4', '2', 'Yes', 'Yes', '10:02–10:45']);
  await expect(page.getByText('Brazil, France, Germany and Sweden')).toBeVisible();
  await expect(page.getByText('France and Germany', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'session report');

  await page.getByLabel('Session report').selectOption({ label: 'Cuba · Wednesday, 11 April 2018, 14:00' });
  await expect(page.getByRole('definition')).toHaveText(['7', '4', '2', 'Yes', 'No', '14:01–14:27']);
  await expect(page.getByRole('listitem').filter({ hasText: 'Luis Ortega' })).toHaveText('Luis Ortega — Visa refused');
  await expect(page.getByRole('listitem').filter({ hasText: 'Marta Ruiz' })).toHaveText('Marta Ruiz — Security concerns after threats (reason not public)');
  await expect(row('Yoani Pérez').getByRole('cell')).toHaveText(['3', 'Panellist', '6:30', '7:05', '+0:35', 'Done', /Forced evictions/]);

  // Tag Fatouma Omar's themes in Djibouti, adding one of the series' own.
  await page.getByLabel('Session report').selectOption({ label: 'Djibouti · Thursday, 12 April 2018, 10:00' });
  await expect(page.getByRole('definition')).toHaveText(['6', '3', '1', 'No', 'No', '10:01–10:23']);
  await page.getByRole('button', { name: 'Themes: Fatouma Omar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Themes raised by Fatouma Omar' });
  await expect(dialog.getByRole('checkbox', { name: 'Right to health' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Women’s rights' }).check();
  await dialog.getByLabel('Name in English').fill('Water and sanitation');
  await dialog.getByLabel('Name in French').fill('Eau et assainissement');
  await dialog.getByRole('button', { name: 'Add theme' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Water and sanitation' })).toBeChecked();
  await dialog.getByLabel('Name in English').fill('right to food');
  await dialog.getByRole('button', { name: 'Add theme' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A theme of that name exists already.');
  await expectNoSeriousA11yViolations(page, 'themes dialog');
  await dialog.getByRole('button', { name: 'Save themes' }).click();
  await expect(dialog).toBeHidden();
  await expect(row('Fatouma Omar').getByRole('cell').last()).toContainText('Women’s rights, Right to health, Water and sanitation');
  await expect(page.getByRole('region', { name: 'Themes raised' }).getByRole('listitem')).toHaveText([
    'Women’s rights (1)',
    'Freedom of association and peaceful assembly (1)',
    'Right to food (1)',
    'Right to health (1)',
    'Water and sanitation (1)',
  ]);
  // Facts and Figures follow: women’s rights is now raised in three sessions.
  await page.getByRole('link', { name: 'Facts and Figures' }).click();
  const themes = page.getByRole('table', { name: /Themes raised by panellists/ });
  await expect(themes.getByRole('row').nth(1)).toHaveText(/Women’s rights\s*3\s*3/);
});

test('exports re-read equal the record: CSV and XLSX, formulas neutralised, confidential names left out of public ones', async ({ page }) => {
  await openFixture(page);
  await expect(page.getByRole('radio', { name: /Public/ })).toBeChecked();

  const speakers = await download(page, 'Export speakers (CSV)');
  expect(speakers.name).toBe('Reports test series Speakers Public.csv');
  const rows = csvRows(speakers.bytes);
  expect(rows[0]).toEqual([
    'Session',
    'Date',
    'Order',
    'Slot',
    'Speaker',
    'Organisation',
    'Category',
    'National/international',
    'Gender',
    'State',
    'Status',
    'Allotted (s)',
    'Spoken (s)',
    'Overtime (s)',
    'Started',
    'Ended',
    'Absence reason',
    'Themes',
  ]);
  // Every slot of the record that took part (10 in Cameroon, 9 in Cuba, 7 in Djibouti), but the
  // confidential panellist's in Cameroon.
  expect(rows).toHaveLength(1 + 9 + 9 + 7);
  const find = (name: string) => rows.find((r) => r[4] === name);
  expect(find('Amina Njoya')).toEqual([
    'Cameroon',
    '2018-04-11',
    '3',
    'Panellist',
    'Amina Njoya',
    'Réseau des défenseurs du Cameroun',
    'CSO',
    'National',
    'Woman',
    'Cameroon',
    'Done',
    '360',
    '380',
    '20',
    '10:08:00',
    '10:14:20',
    '',
    'Women’s rights; Freedom of expression',
  ]);
  expect(find('Luis Ortega')?.slice(10, 17)).toEqual(['Absent', '360', '0', '0', '', '14:12:00', 'Visa refused']);
  // Her reason is private: an empty cell (the CSV reader leaves trailing empty cells out).
  const marta = find('Marta Ruiz');
  expect(marta?.[10]).toBe('Absent');
  expect(marta?.[16] ?? '').toBe('');
  expect(find(`'${FORMULA_NAME}`)?.[5]).toBe("'+Global Voices");
  // A confidential panellist is not a row of a public export at all: her session, times and themes would point to her.
  expect(rows.filter((r) => r[4] === 'Confidential participant')).toHaveLength(0);
  const text = speakers.bytes.toString('utf8');
  expect(text).not.toContain(CONFIDENTIAL_NAME);
  expect(text).not.toContain(CONFIDENTIAL_ORGANISATION);

  const figures = csvRows((await download(page, 'Export figures (CSV)')).bytes);
  expect(Object.fromEntries(figures.slice(1, 17))).toEqual({
    Sessions: '3',
    'Sessions held': '3',
    'CSOs that took the floor (NHRIs included)': '8',
    'of which NHRIs': '2',
    'CSOs represented by women': '4',
    'CSOs represented by women (% of those recorded)': '57.1',
    'CSOs whose gender is not recorded': '1',
    'National CSOs (NHRIs included)': '7',
    'CSOs whose national or international scope is not recorded': '0',
    'NHRIs that took the floor': '2',
    'Different Permanent Missions present': '7',
    'Different Permanent Missions that took the floor': '4',
    'Permanent Missions per session (average)': '3.7',
    'Share of the missions present per session (average, %)': '52.4',
    'States under Review that attended their own session': '2',
    'States under Review that made their statement': '1',
  });

  const attendance = csvRows((await download(page, 'Export attendance (CSV)')).bytes);
  expect(attendance[0]).not.toContain('Email');
  expect(attendance).toHaveLength(1 + 9 + 7 + 6);
  expect(attendance.map((r) => r[2])).not.toContain('Confidential participant');

  const timings = csvRows((await download(page, 'Export timings (CSV)')).bytes);
  expect(timings.slice(1).map((r) => [r[0], r[8], r[9], r[10], r[11], r[12]])).toEqual([
    ['Cameroon', '10', '4', '2', 'Yes', 'Yes'],
    ['Cuba', '7', '4', '2', 'Yes', 'No'],
    ['Djibouti', '6', '3', '1', 'No', 'No'],
  ]);

  // The workbook, read with the app's own reader: the same tables, the formula still text.
  const xlsx = await download(page, 'Export all (XLSX)');
  expect(xlsx.name).toBe('Reports test series Reports Public.xlsx');
  const book = new Uint8Array(xlsx.bytes);
  expect(readXlsx(book).sheetNames).toEqual(['Attendance', 'Speakers', 'Timings', 'Figures']);
  const sheet = readXlsx(book, 'Speakers').rows;
  const trim = (r: string[]) => r.slice(0, r.findLastIndex((c) => c !== '') + 1);
  expect(sheet.map(trim)).toEqual(rows.map(trim));
  expect(sheet.some((r) => r[4] === `'${FORMULA_NAME}`)).toBe(true);
  expect(JSON.stringify(readXlsx(book, 'Attendance').rows)).not.toContain(CONFIDENTIAL_NAME);

  // The internal version names everyone and keeps contact details.
  await page.getByRole('radio', { name: /Internal/ }).check();
  const internal = csvRows((await download(page, 'Export attendance (CSV)')).bytes);
  expect(internal[0]?.slice(-2)).toEqual(['Email', 'Phone']);
  expect(internal.find((r) => r[2] === CONFIDENTIAL_NAME)?.[10]).toBe('chantal@example.org');
  await expectNoSeriousA11yViolations(page, 'Reports exports');
});

test('the print document has Facts and Figures and a page per session, and the public one names no confidential person', async ({
  page,
  browser,
}, testInfo) => {
  await openFixture(page);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const frame = page.getByTitle('Print preview');
  await expect(frame).toBeAttached();
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  expect(html).toContain('<!doctype html>');
  expect(html).not.toContain(CONFIDENTIAL_NAME);
  expect(html).toContain('=HYPERLINK(&quot;x&quot;)');
  await expectNoSeriousA11yViolationsInHtml(page, html, 'reports print document');

  const printPage = await browser.newPage();
  await printPage.setContent(html);
  await printPage.evaluate(() => document.fonts.ready);
  const pdf = testInfo.outputPath('reports.pdf');
  await printPage.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  await printPage.close();
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBeGreaterThanOrEqual(4);
  expect(pages[0]).toContain('FACTS AND FIGURES');
  expect(pages[0]).toContain('CSOs took the floor');
  expect(pages[0]).toContain('Permanent Missions per session');
  // Table cells wrap in the PDF: the word is there, the whole label is in the document.
  expect(html).toContain('1 confidential participant is not listed.');
  expect(text).toMatch(/confidential participant is not\s+listed/);
  expect(text).not.toContain(CONFIDENTIAL_NAME);
  for (const state of ['Cameroon', 'Cuba', 'Djibouti']) expect(text).toContain(state);
  const fonts = execFileSync('/usr/bin/pdffonts', [pdf], { encoding: 'utf8' });
  expect(fonts).toMatch(/NotoSans/);

  mkdirSync(PICTURES, { recursive: true });
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, `${PICTURES}reports-pdf`]);
  for (const picture of readdirSync(PICTURES).filter((f) => f.startsWith('reports-pdf'))) copyFileSync(`${PICTURES}${picture}`, testInfo.outputPath(picture));
});

test('a series where no session was held yet says so, and offers no paragraph of zeros for the news', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByText('12 sessions · 0 held')).toBeVisible();
  await expect(page.getByText('No session has been held yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For the news' })).toHaveCount(0);
});
