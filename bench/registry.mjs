// import.csv.20k, import.xlsx.20k and registry.search.20k.p95, measured through the app's own
// screens in browser mode: the time a person waits, not a library call.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { median, percentile } from './browser.mjs';

const ROWS = 20_000;

async function syntheticFiles() {
  const { module } = await runnerImport(fileURLToPath(new URL('../test/fixtures/import/synthetic.ts', import.meta.url)), {
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'error',
  });
  const dir = await mkdtemp(join(tmpdir(), 'session-desk-bench-'));
  const csv = join(dir, 'participants-20k.csv');
  const xlsx = join(dir, 'participants-20k.xlsx');
  await writeFile(csv, module.makeSyntheticCsv(ROWS));
  await writeFile(xlsx, await module.makeSyntheticXlsx(ROWS));
  return { csv, xlsx };
}

async function openDemoParticipants(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Open the demo series' }).click();
  await page.getByRole('link', { name: 'Participants' }).click();
  return { context, page };
}

/** Read + check + write, each phase timed from the click that starts it to its result on screen. */
async function timeImport(page, path) {
  await page.getByRole('button', { name: 'Import a spreadsheet of participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file' }).click();
  const chooser = await choosing;
  let start = Date.now();
  await chooser.setFiles(path);
  await dialog.getByRole('button', { name: 'Check the rows' }).waitFor();
  const read = Date.now() - start;
  start = Date.now();
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).waitFor({ timeout: 120_000 });
  const check = Date.now() - start;
  start = Date.now();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await page.getByText(/^Imported: 20000 added/).waitFor({ timeout: 120_000 });
  const write = Date.now() - start;
  const transaction = await page.evaluate(() => performance.getEntriesByName('sd:import-write').at(-1)?.duration ?? NaN);
  return { read, check, write, transaction: Math.round(transaction), total: read + check + write };
}

/** Per keystroke: from the key event to that query's results in the page and on screen (marked by the app). */
async function timeSearch(page, text) {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__keys = [];
    // Once per page: a listener added per query would record every key several times over and
    // pair each key with another query's paint.
    window.__listening ??=
      window.addEventListener('keydown', (e) => window.__keys.push({ received: e.timeStamp, dispatched: performance.now() }), { capture: true }) ?? true;
    performance.clearMarks('sd:search-committed');
    performance.clearMarks('sd:search-painted');
  });
  await box.focus();
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  return page.evaluate((typed) => {
    const after = (name, query, at) => {
      const mark = performance.getEntriesByName(name).find((m) => m.detail === query && m.startTime >= at);
      return mark ? mark.startTime - at : NaN;
    };
    return window.__keys.map((key, i) => {
      const query = typed.slice(0, i + 1);
      return { committed: after('sd:search-committed', query, key.dispatched), painted: after('sd:search-painted', query, key.received) };
    });
  }, text);
}

export async function benchRegistry({ browser, url }, report) {
  const files = await syntheticFiles();

  const csvRun = await openDemoParticipants(browser, url);
  const csv = await timeImport(csvRun.page, files.csv);
  report('import.csv.20k', csv.total, 'ms', `read ${csv.read} + check ${csv.check} + write ${csv.write} (transaction ${csv.transaction})`);
  // Let the registry settle after the import, as a person reads the confirmation first.
  await csvRun.page.waitForTimeout(2000);
  const times = [];
  for (const query of ['gonzalez', 'mission permanente', 'cote', 'ps-01234', 'zoe muller']) times.push(...(await timeSearch(csvRun.page, query)));
  const committed = times.map((k) => k.committed).filter(Number.isFinite);
  const painted = times.map((k) => k.painted).filter(Number.isFinite);
  report(
    'registry.search.20k.p95',
    percentile(committed, 95),
    'ms',
    `${committed.length} of ${times.length} keystrokes over 20,000+ participants, key dispatched to the results in the page (median ${median(committed).toFixed(1)})`,
  );
  report('registry.search.20k.painted.p95', percentile(painted, 95), 'ms', 'the same keystrokes, key received to the next frame on screen');
  await csvRun.context.close();

  const xlsxRun = await openDemoParticipants(browser, url);
  const xlsx = await timeImport(xlsxRun.page, files.xlsx);
  report('import.xlsx.20k', xlsx.total, 'ms', `read ${xlsx.read} + check ${xlsx.check} + write ${xlsx.write} (transaction ${xlsx.transaction})`);
  await xlsxRun.context.close();
}
