// import.csv.20k, import.xlsx.20k and registry.search.20k.p95, measured through the app's own
// screens in browser mode: the time a person waits, not a library call. Each figure opens its
// own demo series, so that one failing leaves the others measured.
import { median, percentile } from './browser.mjs';
import { ROWS, SLOW_MS, importUntimed, newDemoPage, openImportDialog, registryHoldsAll, syntheticFiles } from './setup.mjs';

/**
 * Starts recording the page's long tasks (50 ms and more on the main thread, the Long Tasks API):
 * while one runs, the screen answers no click and paints nothing.
 */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
}

const pageNow = (page) => page.evaluate(() => performance.now());

/** The longest task of each phase (0 when none reached 50 ms), phases given as [name, from, to] in page time. */
async function longestTasks(page, phases) {
  // The observer delivers entries after the task: let it catch up with the last one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const tasks = await page.evaluate(() => window.__longTasks);
  return Object.fromEntries(
    phases.map(([name, from, to]) => [name, Math.round(Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration)))]),
  );
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * The page's main-thread tasks from a Chromium trace: the longest one's duration and its own CPU
 * time (the trace's thread time). On a busy machine a task waits for a core as well as working,
 * and the Long Tasks API counts both; its CPU time is what it costs on an idle one.
 */
function longestTraceTask(trace) {
  const { traceEvents } = JSON.parse(trace.toString('utf8'));
  const mainThreads = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let wall = 0;
  let cpu = 0;
  for (const e of traceEvents) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    wall = Math.max(wall, (e.dur ?? 0) / 1000);
    cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
  }
  return { wall: Math.round(wall), cpu: Math.round(cpu) };
}

/** Read + check + write, each phase timed from the click that starts it to its result on screen. */
async function timeImport(page, path) {
  const { dialog, chooser } = await openImportDialog(page);
  await watchLongTasks(page);
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const marks = [await pageNow(page)];
  let start = Date.now();
  await chooser.setFiles(path);
  await dialog.getByRole('button', { name: 'Check the rows' }).waitFor({ timeout: SLOW_MS });
  const read = Date.now() - start;
  marks.push(await pageNow(page));
  start = Date.now();
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).waitFor({ timeout: 180_000 });
  const check = Date.now() - start;
  marks.push(await pageNow(page));
  start = Date.now();
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await page.getByText(new RegExp(`^Imported: ${ROWS} added`)).waitFor({ timeout: 180_000 });
  const write = Date.now() - start;
  marks.push(await pageNow(page));
  const transaction = await page.evaluate(() => performance.getEntriesByName('sd:import-write').at(-1)?.duration ?? NaN);
  // Not timed, but part of the import for the person waiting: the registry lists everyone.
  await registryHoldsAll(page);
  marks.push(await pageNow(page));
  const traced = longestTraceTask(await browser.stopTracing());
  const blocked = await longestTasks(page, [
    ['read', marks[0], marks[1]],
    ['check', marks[1], marks[2]],
    ['write', marks[2], marks[3]],
    ['list', marks[3], marks[4]],
  ]);
  return { read, check, write, transaction: Math.round(transaction), total: read + check + write, blocked, traced };
}

/** The longest main-thread task of each import measured so far, by format: import.ui.blocked.max is their maximum. */
const blockedByFormat = {};
const tracedByFormat = {};

function reportBlocked(report) {
  const formats = Object.entries(blockedByFormat);
  const max = Math.max(...formats.flatMap(([, phases]) => Object.values(phases)));
  const detail = formats.map(([format, p]) => `${format} read ${p.read} / check ${p.check} / write ${p.write} / list ${p.list}`).join('; ');
  // No task reached 50 ms (the Long Tasks API reports none shorter): the figure is that bound.
  report('import.ui.blocked.max', max === 0 ? 50 : max, 'ms', max === 0 ? `no task of 50 ms or more (${detail})` : `longest main-thread task: ${detail}`);
  const traced = Object.entries(tracedByFormat);
  report(
    'import.ui.blocked.cpu.max',
    Math.max(...traced.map(([, t]) => t.cpu)),
    'ms',
    `the longest task's own CPU time (trace): ${traced.map(([format, t]) => `${format} ${t.cpu} (of ${t.wall} wall)`).join('; ')}`,
  );
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
  blockedByFormat.csv = result.blocked;
  tracedByFormat.csv = result.traced;
  report('import.csv.20k', result.total, 'ms', `read ${result.read} + check ${result.check} + write ${result.write} (transaction ${result.transaction})`);
}

async function importXlsx(figure, report) {
  const { xlsx } = await syntheticFiles();
  const { page } = await newDemoPage(figure);
  const result = await timeImport(page, xlsx);
  blockedByFormat.xlsx = result.blocked;
  tracedByFormat.xlsx = result.traced;
  report('import.xlsx.20k', result.total, 'ms', `read ${result.read} + check ${result.check} + write ${result.write} (transaction ${result.transaction})`);
  reportBlocked(report);
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
  // Reports the longest task over both imports (or over the XLSX one alone if the CSV one failed).
  { ids: ['import.xlsx.20k', 'import.ui.blocked.max', 'import.ui.blocked.cpu.max'], run: importXlsx },
];
