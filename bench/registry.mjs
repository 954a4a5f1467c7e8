// import.csv.20k, import.xlsx.20k and registry.search.20k.p95, measured through the app's own
// screens in browser mode: the time a person waits, not a library call. Each figure opens its
// own demo series, so that one failing leaves the others measured.
import { median, percentile } from './browser.mjs';
import { ROWS, SLOW_MS, importUntimed, newDemoPage, openImportDialog, syntheticFiles } from './setup.mjs';

/** Read + check + write, each phase timed from the click that starts it to its result on screen. */
async function timeImport(page, path) {
  const { dialog, chooser } = await openImportDialog(page);
  let start = Date.now();
  await chooser.setFiles(path);
  await dialog.getByRole('button', { name: 'Check the rows' }).waitFor({ timeout: SLOW_MS });
  const read = Date.now() - start;
  start = Date.now();
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).waitFor({ timeout: 180_000 });
  const check = Date.now() - start;
  start = Date.now();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await page.getByText(new RegExp(`^Imported: ${ROWS} added`)).waitFor({ timeout: 180_000 });
  const write = Date.now() - start;
  const transaction = await page.evaluate(() => performance.getEntriesByName('sd:import-write').at(-1)?.duration ?? NaN);
  return { read, check, write, transaction: Math.round(transaction), total: read + check + write };
}

/** Until the last results the registry put on screen are those of `query` (its own mark, after the frame). */
async function shown(page, query) {
  await page.waitForFunction((q) => performance.getEntriesByName('sd:search-painted').at(-1)?.detail === q, query, { timeout: SLOW_MS });
}

/** Per keystroke: from the key event to that query's results in the page and on screen (marked by the app). */
async function timeSearch(page, text) {
  const box = page.getByRole('searchbox');
  await box.fill('');
  // The full list back on screen: the registry is idle before the first key.
  await shown(page, '');
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
    // The protocol: a person's typing pace, one key every 150 ms or so.
    await page.waitForTimeout(150);
  }
  await shown(page, text);
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

async function importCsv(figure, report) {
  const { csv } = await syntheticFiles();
  const { page } = await newDemoPage(figure);
  const result = await timeImport(page, csv);
  report('import.csv.20k', result.total, 'ms', `read ${result.read} + check ${result.check} + write ${result.write} (transaction ${result.transaction})`);
}

async function importXlsx(figure, report) {
  const { xlsx } = await syntheticFiles();
  const { page } = await newDemoPage(figure);
  const result = await timeImport(page, xlsx);
  report('import.xlsx.20k', result.total, 'ms', `read ${result.read} + check ${result.check} + write ${result.write} (transaction ${result.transaction})`);
}

async function search(figure, report) {
  const { csv } = await syntheticFiles();
  const { page } = await newDemoPage(figure);
  await importUntimed(page, csv);
  const times = [];
  for (const query of ['gonzalez', 'mission permanente', 'cote', 'ps-01234', 'zoe muller']) times.push(...(await timeSearch(page, query)));
  const committed = times.map((k) => k.committed).filter(Number.isFinite);
  const painted = times.map((k) => k.painted).filter(Number.isFinite);
  report(
    'registry.search.20k.p95',
    percentile(committed, 95),
    'ms',
    `${committed.length} of ${times.length} keystrokes over 20,000+ participants, key dispatched to the results in the page (median ${median(committed)?.toFixed(1)})`,
  );
  report('registry.search.20k.painted.p95', percentile(painted, 95), 'ms', 'the same keystrokes, key received to the next frame on screen');
}

export const registryFigures = [
  { ids: ['import.csv.20k'], run: importCsv },
  { ids: ['registry.search.20k.p95', 'registry.search.20k.painted.p95'], run: search },
  { ids: ['import.xlsx.20k'], run: importXlsx },
];
