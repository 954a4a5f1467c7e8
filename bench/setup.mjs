// Set-up steps several figures share: opening the demo series and importing 20,000
// participants through the app's own screens. They wait for what the screen shows, with
// limits generous enough for a busy machine, and say what the page showed when they give up.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const ROWS = 20_000;
/** Long enough for a page load or a click on a loaded 2-core machine; a real hang still ends. */
export const SLOW_MS = 90_000;
const OPEN_TRIES = 3;

/** What the page shows, in a few words, for an error message. */
async function describePage(page) {
  const heading = await page
    .getByRole('heading', { level: 1 })
    .first()
    .textContent({ timeout: 2000 })
    .catch(() => null);
  return heading ? `the page shows "${heading.trim()}"` : `no heading on ${page.url()}`;
}

/**
 * The demo series open on its programme. A page that never offers "Open the demo series" (a
 * load that stalled under load) is loaded again, up to OPEN_TRIES times; where the series was
 * created before the stall, the app opens on it and the programme is all there is to wait for.
 */
export async function openDemoSeries(page, url) {
  const button = page.getByRole('button', { name: 'Open the demo series' });
  const programme = page.getByRole('heading', { level: 1, name: 'Programme' });
  let lastError;
  for (let attempt = 1; attempt <= OPEN_TRIES; attempt += 1) {
    try {
      await page.goto(url, { timeout: SLOW_MS });
      await button.or(programme).first().waitFor({ timeout: SLOW_MS });
      if (await button.isVisible()) await button.click({ timeout: SLOW_MS });
      await programme.waitFor({ timeout: SLOW_MS });
      return;
    } catch (error) {
      lastError = `${firstLine(error)}; ${await describePage(page)}`;
    }
  }
  throw new Error(`the demo series did not open in ${OPEN_TRIES} tries (${lastError})`);
}

/** A new context and page on the demo series. */
export async function newDemoPage(figure, contextOptions = { viewport: { width: 1366, height: 900 } }, before = async () => {}) {
  const context = await figure.newContext(contextOptions);
  const page = await context.newPage();
  await before(page);
  await openDemoSeries(page, figure.url);
  return { context, page };
}

let files;
let filesDir;
/** The synthetic 20,000-row CSV and XLSX, written once per bench run. */
export function syntheticFiles() {
  files ??= (async () => {
    const { module } = await runnerImport(fileURLToPath(new URL('../test/fixtures/import/synthetic.ts', import.meta.url)), {
      root: fileURLToPath(new URL('..', import.meta.url)),
      configFile: false,
      logLevel: 'error',
    });
    const dir = await mkdtemp(join(tmpdir(), 'session-desk-bench-'));
    filesDir = dir;
    const csv = join(dir, 'participants-20k.csv');
    const xlsx = join(dir, 'participants-20k.xlsx');
    await writeFile(csv, module.makeSyntheticCsv(ROWS));
    await writeFile(xlsx, await module.makeSyntheticXlsx(ROWS));
    return { csv, xlsx };
  })();
  // A failed attempt is not cached: the next figure that needs the files tries again.
  files.catch(() => (files = undefined));
  return files;
}

/** Removes the synthetic files at the end of the run. */
export async function removeSyntheticFiles() {
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
}

/** The Participants screen with the import dialog open, and its file chooser waiting for a file. */
export async function openImportDialog(page) {
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Import a spreadsheet of participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants' });
  const choosing = page.waitForEvent('filechooser', { timeout: SLOW_MS });
  await dialog.getByRole('button', { name: 'Choose a file' }).click();
  return { dialog, chooser: await choosing };
}

/**
 * Imports a synthetic file through the import screen, untimed (set-up for the search and
 * check-in figures), and waits until the registry lists everyone: the app then holds the
 * participants and has built its search index over them.
 */
export async function importUntimed(page, path) {
  const { dialog, chooser } = await openImportDialog(page);
  await chooser.setFiles(path);
  await dialog.getByRole('button', { name: 'Check the rows' }).click({ timeout: SLOW_MS });
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click({ timeout: 180_000 });
  await page.getByText(new RegExp(`^Imported: ${ROWS} added`)).waitFor({ timeout: 180_000 });
  await registryHoldsAll(page);
}

/**
 * The registry's subtitle counts 20,000 and more participants (the demo's own plus the import),
 * and its list shows them all: indexed (a large registry is indexed in steps after a change).
 */
export async function registryHoldsAll(page) {
  await page.getByText(/^2\d[,\s\u202f]?\d{3} participants$/).waitFor({ timeout: SLOW_MS });
  await page.getByText(/^Showing (2\d[,\s\u202f]?\d{3}) of \1$/).waitFor({ timeout: SLOW_MS });
}

/** The first line of an error's message, without the call log and colours Playwright adds. */
export function firstLine(error) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const text = String(error instanceof Error ? error.message : error).replace(/\u001b\[[0-9;]*m/g, '');
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'unknown error'
  );
}
