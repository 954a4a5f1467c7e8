// desk.search.20k.p95 and desk.checkin.commit.p95, measured on the Registration desk in
// browser mode over the demo plus 20,000 imported participants: the time a person at the
// door waits, from the key pressed to the result painted.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { percentile } from './browser.mjs';

const ROWS = 20_000;
const CHECK_INS = 40;

async function syntheticCsv() {
  const { module } = await runnerImport(fileURLToPath(new URL('../test/fixtures/import/synthetic.ts', import.meta.url)), {
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'error',
  });
  const dir = await mkdtemp(join(tmpdir(), 'session-desk-bench-desk-'));
  const csv = join(dir, 'participants-20k.csv');
  await writeFile(csv, module.makeSyntheticCsv(ROWS));
  return csv;
}

/** The demo series with 20,000 more participants, imported through the app's own import. */
async function openDeskWith20k(browser, url, csv) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Open the demo series' }).click();
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Import a spreadsheet of participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file' }).click();
  await (await choosing).setFiles(csv);
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click({ timeout: 120_000 });
  await page.getByText(/^Imported: 20000 added/).waitFor({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Registration desk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Registration desk' }).waitFor();
  // The demo's sessions are in 2018: none runs today, so the desk checks in to a chosen one.
  await page.getByRole('radio', { name: 'Choose sessions' }).check();
  await page.getByRole('checkbox').first().check();
  // Let the registry settle (index built) as a person reads the screen first.
  await page.waitForTimeout(2000);
  return { context, page };
}

/** Per keystroke: from the key event to the paint of that query's results (marked by the desk). */
async function timeSearch(page, text) {
  const box = page.getByRole('searchbox', { name: 'Find a participant' });
  await box.fill('');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__keys = [];
    window.__listening ??= document.addEventListener('keydown', (e) => window.__keys.push(e.timeStamp), { capture: true }) ?? true;
    performance.clearMarks('sd:desk-search-painted');
  });
  await box.focus();
  for (const ch of text) {
    // Slower than a scanner, as a person types: the desk must not take it for a badge scan.
    await page.keyboard.type(ch);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  return page.evaluate((typed) => {
    const marks = performance.getEntriesByName('sd:desk-search-painted');
    return window.__keys.map((at, i) => {
      const query = typed.slice(0, i + 1);
      const mark = marks.find((m) => m.detail === query && m.startTime >= at);
      return mark ? mark.startTime - at : NaN;
    });
  }, text);
}

/** From the Enter that checks a person in to the outcome on screen, the write committed before it. */
async function timeCheckIn(page, badgeCode) {
  const box = page.getByRole('searchbox', { name: 'Find a participant' });
  await box.fill(badgeCode);
  await page.getByRole('listitem').filter({ hasText: `Badge ${badgeCode}` }).waitFor();
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    window.__enter = NaN;
    window.__enterListening ??= document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__enter = e.timeStamp; }, { capture: true }) ?? true;
    performance.clearMarks('sd:desk-checkin-shown');
  });
  await box.press('Enter');
  await page.getByRole('status').filter({ hasText: 'checked in to' }).waitFor();
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('sd:desk-checkin-shown').find((m) => m.startTime >= window.__enter);
    return mark ? mark.startTime - window.__enter : NaN;
  });
}

export async function benchDesk({ browser, url }, report) {
  const csv = await syntheticCsv();
  const { context, page } = await openDeskWith20k(browser, url, csv);

  const keys = [];
  for (const query of ['gonzalez', 'mision permanente', 'cote', 'SYN-012345', 'zoe muler 7']) keys.push(...(await timeSearch(page, query)));
  const typed = keys.filter(Number.isFinite);
  report('desk.search.20k.p95', percentile(typed, 95), 'ms', `${typed.length} of ${keys.length} keystrokes over 20,000+ participants, key to painted result (fuzzy, ranked)`);

  const commits = [];
  for (let i = 0; i < CHECK_INS; i += 1) commits.push(await timeCheckIn(page, `SYN-${String(1 + i * 487).padStart(6, '0')}`));
  const committed = commits.filter(Number.isFinite);
  report('desk.checkin.commit.p95', percentile(committed, 95), 'ms', `${committed.length} of ${commits.length} check-ins by Enter, key to outcome shown after the write committed`);

  await context.close();
}
