// plates.pdf.200: how long 200 tent cards take from the plates screen to one PDF: the app fits
// every name and builds the print document, then Chromium prints it to PDF (as Electron's
// printToPDF does from its hidden window).
import { median } from './browser.mjs';
import { SLOW_MS, newDemoPage } from './setup.mjs';

const CARDS = 200;
const FIRST = ['Amina', 'Jean-François', 'Ekaterina', 'Abdourahman', 'Zeynep', 'Marie-Ève', 'Björn', 'Ольга'];
const LAST = ['Aliyeva', 'Pérez Rivero', 'Ouédraogo', 'Nkemelu-Abdillahi', 'Lindqvist', 'Иванова', 'Castillo'];
const ORGS = [
  'Independent Journalists Association of Azerbaijan',
  'Legal Aid Collective',
  'Association pour la Défense des Droits Humains d’Azerbaïdjan',
  'NHRI',
];

function customText() {
  const lines = [];
  for (let i = 0; i < CARDS; i += 1) lines.push(`${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} | ${ORGS[i % ORGS.length]}`);
  return lines.join('\n');
}

async function platesPdf(figure, report) {
  const { context, page } = await newDemoPage(figure);
  await page.getByRole('link', { name: 'Name plates' }).click();
  await page.getByLabel('Custom text').check();
  const printPage = await context.newPage();
  const text = customText();
  const runs = [];
  for (let run = 0; run < 3; run += 1) {
    await page.getByLabel('Text of the plates').fill('');
    await page.getByText('Nothing to print').waitFor({ timeout: SLOW_MS });
    const started = Date.now();
    // A different last line each run, so that nothing is reused from the run before.
    await page.getByLabel('Text of the plates').fill(`${text}\nRun ${run}`);
    await page.getByText(`${CARDS + 1} pages`).waitFor({ timeout: SLOW_MS });
    const html = await page.getByTitle('Print preview').getAttribute('srcdoc');
    await printPage.setContent(html ?? '');
    await printPage.evaluate(() => document.fonts.ready);
    await printPage.pdf({ printBackground: true, preferCSSPageSize: true });
    runs.push(Date.now() - started);
  }
  report('plates.pdf.200', median(runs), 'ms', `median of 3: ${CARDS} tent cards fitted, previewed and printed to one PDF`);
}

export const platesFigures = [{ ids: ['plates.pdf.200'], run: platesPdf }];
