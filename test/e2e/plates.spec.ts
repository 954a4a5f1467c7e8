import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsInHtml, openDemo } from './helpers';

/** A word of a PDF page as pdftotext -bbox-layout reports it, in points from the top left. */
interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
interface PdfPage {
  width: number;
  height: number;
  words: Word[];
}

const MM = 72 / 25.4;

// Each test renders PDFs and runs axe over a preview of real pages: on a busy machine that
// takes longer than the default minute.
test.describe.configure({ timeout: 120_000 });

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function readPdf(path: string): PdfPage[] {
  const xml = execFileSync('/usr/bin/pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...(m[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescapeXml(w[5] ?? ''),
    })),
  }));
}

/** What the app would print, rendered to PDF by Chromium as Electron's printToPDF does, then read back. */
async function printPreviewToPdf(page: Page, browser: Browser, testInfo: TestInfo, name: string): Promise<PdfPage[]> {
  const html = await page.getByTitle('Print preview').getAttribute('srcdoc');
  expect(html).toBeTruthy();
  const printPage = await browser.newPage();
  await printPage.setContent(html ?? '');
  await printPage.evaluate(() => document.fonts.ready);
  const path = testInfo.outputPath(`${name}.pdf`);
  await printPage.pdf({ path, printBackground: true, preferCSSPageSize: true });
  await printPage.close();
  // Pictures of the pages, for people to look at (attached to the report).
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', path, testInfo.outputPath(name)]);
  return readPdf(path);
}

const sortedWords = (text: string) => text.split(/\s+/).filter(Boolean).sort();

/** The words of one face: the upper or the lower half of a tent card. */
function face(page: PdfPage, half: 'upper' | 'lower'): Word[] {
  return page.words.filter((w) => (half === 'upper' ? w.yMax <= page.height / 2 : w.yMin >= page.height / 2));
}

/** Every word is inside the face's safe text area: nothing runs off the card or over the fold. */
function expectInsideTextArea(page: PdfPage, words: Word[], half: 'upper' | 'lower') {
  const margin = 10 * MM - 2;
  const top = half === 'upper' ? 0 : page.height / 2;
  for (const w of words) {
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(margin);
    expect(w.xMax, w.text).toBeLessThanOrEqual(page.width - margin);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(top + margin - 6);
    expect(w.yMax, w.text).toBeLessThanOrEqual(top + page.height / 2 - margin + 6);
  }
}

const MARKUP_NAME = 'Jean <b>Bold</b> Dupont';
const LONG_ORGANISATION = 'Association pour la Défense des Droits Humains d’Azerbaïdjan';

test('panellists’ tent cards print every name on both faces, the upper face upside down, text as text', async ({ page, browser }, testInfo) => {
  expect(LONG_ORGANISATION).toHaveLength(60);
  await openDemo(page);
  // A panellist whose name holds markup and whose organisation is 60 characters long.
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Add participant' }).click();
  const dialog = page.getByRole('dialog', { name: 'New participant' });
  await dialog.getByLabel('Name', { exact: true }).fill(MARKUP_NAME);
  await dialog.getByLabel('Organisation').fill(LONG_ORGANISATION);
  await dialog.getByLabel('Azerbaijan · 2018-04-11 10:00').selectOption({ label: 'Panellist' });
  await dialog.getByRole('button', { name: 'Save participant' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Name plates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Name plates' })).toBeVisible();
  await expect(page.getByLabel('Print for')).toHaveValue(/^session:/);
  await expect(page.getByRole('checkbox', { name: new RegExp(MARKUP_NAME) })).toBeChecked();
  const names = await page.getByRole('group', { name: 'Selection' }).getByRole('listitem').locator('.strong').allTextContents();
  expect(names.length).toBeGreaterThan(3);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(page.getByText(`${names.length} pages · A4 landscape`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'name plates');
  await expectNoSeriousA11yViolationsInHtml(page, (await page.getByTitle('Print preview').getAttribute('srcdoc')) ?? '', 'tent cards');

  const pdf = await printPreviewToPdf(page, browser, testInfo, 'panellists');
  expect(pdf).toHaveLength(names.length);
  for (const [index, sheet] of pdf.entries()) {
    expect(sheet.width).toBeCloseTo(297 * MM, 0);
    expect(sheet.height).toBeCloseTo(210 * MM, 0);
    const upper = face(sheet, 'upper');
    const lower = face(sheet, 'lower');
    expect(upper.length + lower.length).toBe(sheet.words.length);
    // Both faces carry the whole text, and the name first.
    const name = names[index] ?? '';
    expect(sortedWords(lower.map((w) => w.text).join(' '))).toEqual(sortedWords(upper.map((w) => w.text).join(' ')));
    expect(lower.map((w) => w.text).join(' ')).toContain(name);
    expectInsideTextArea(sheet, upper, 'upper');
    expectInsideTextArea(sheet, lower, 'lower');
    // Upright below: the name above the organisation. Rotated above: the name below it, read from the right.
    const firstName = name.split(' ')[0] ?? '';
    const lowerName = lower.find((w) => w.text === firstName);
    const upperName = upper.find((w) => w.text === firstName);
    const lowerOther = lower.filter((w) => !name.split(' ').includes(w.text));
    const upperOther = upper.filter((w) => !name.split(' ').includes(w.text));
    if (!lowerName || !upperName) throw new Error(`No ${firstName} on page ${index + 1}`);
    for (const w of lowerOther) expect(w.yMin).toBeGreaterThan(lowerName.yMin);
    for (const w of upperOther) expect(w.yMax).toBeLessThan(upperName.yMax);
    const upperLast = upper.find((w) => w.text === name.split(' ').at(-1));
    if (upperLast && upperLast !== upperName && Math.abs(upperLast.yMin - upperName.yMin) < 5) expect(upperName.xMin).toBeGreaterThan(upperLast.xMin);
    // Names print large: at least 28 pt (a glyph box is taller than the size).
    expect(lowerName.yMax - lowerName.yMin).toBeGreaterThanOrEqual(28);
  }
  const marked = pdf.find((p) => p.words.some((w) => w.text === '<b>Bold</b>'));
  if (!marked) throw new Error('The name with markup is not printed as text');
  for (const half of ['upper', 'lower'] as const) {
    const text = face(marked, half).map((w) => w.text);
    expect(text).toContain('<b>Bold</b>');
    expect(text.sort()).toEqual(sortedWords(`${MARKUP_NAME} ${LONG_ORGANISATION}`));
  }
});

test('country placards: English and French names fit, on one face or on the back', async ({ page, browser }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Name plates' }).click();
  await page.getByLabel('Country placards').check();
  await expect(page.getByRole('checkbox', { name: /Russian Federation/ })).toBeChecked();
  await page.getByRole('combobox', { name: 'Add a State' }).fill('Bolivie');
  await page.getByRole('combobox', { name: 'Add a State' }).press('Enter');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Select none' }).click();
  await expect(page.getByText('Nothing to print')).toBeVisible();
  for (const name of ['Bolivia (Plurinational State of)', 'Russian Federation', 'United Kingdom of Great Britain and Northern Ireland']) {
    await page.getByRole('checkbox', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).check();
  }
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'country placards');

  const expected = [
    ['Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)'],
    ['Russian Federation', 'Fédération de Russie'],
    ['United Kingdom of Great Britain and Northern Ireland', "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
  ];
  const sameFace = await printPreviewToPdf(page, browser, testInfo, 'placards-same-face');
  expect(sameFace).toHaveLength(3);
  // Registered States first, in the order of the English names, then the one added by hand.
  const order = [expected[1], expected[2], expected[0]];
  for (const [index, sheet] of sameFace.entries()) {
    const [en = '', fr = ''] = order[index] ?? [];
    for (const half of ['upper', 'lower'] as const) {
      const words = face(sheet, half);
      expect(words.map((w) => w.text).sort()).toEqual(sortedWords(`${en} ${fr}`));
      expectInsideTextArea(sheet, words, half);
      // The English name is the large one: 36 pt at least.
      const enFirst = words.find((w) => w.text === en.split(' ')[0]);
      expect((enFirst?.yMax ?? 0) - (enFirst?.yMin ?? 0)).toBeGreaterThanOrEqual(36);
    }
  }

  await page.getByLabel('On the back').check();
  const back = await printPreviewToPdf(page, browser, testInfo, 'placards-back');
  for (const [index, sheet] of back.entries()) {
    const [en = '', fr = ''] = order[index] ?? [];
    expect(
      face(sheet, 'lower')
        .map((w) => w.text)
        .sort(),
    ).toEqual(sortedWords(en));
    expect(
      face(sheet, 'upper')
        .map((w) => w.text)
        .sort(),
    ).toEqual(sortedWords(fr));
  }
});

test('an absent panellist keeps a plate; one person’s plate and badge print alone', async ({ page }) => {
  await openDemo(page);
  // Mark the first panellist slot of the day absent, as the moderator would.
  const absent = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('session-desk');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
      });
    const slots = await all<{ id: string; kind: string; participantId: string | null; status: string; sessionId: string }>('slots');
    const sessions = await all<{ id: string; date: string; start: string }>('sessions');
    const first = sessions.sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`))[0];
    const slot = slots.find((s) => s.sessionId === first?.id && s.kind === 'panellist' && s.participantId);
    if (!slot) throw new Error('no panellist slot');
    await new Promise<void>((resolve) => {
      const tx = db.transaction('slots', 'readwrite');
      tx.objectStore('slots').put({ ...slot, status: 'absent' });
      tx.oncomplete = () => resolve();
    });
    const people = await all<{ id: string; name: string }>('participants');
    db.close();
    return people.find((p) => p.id === slot.participantId) ?? null;
  });
  if (!absent) throw new Error('no absent panellist');
  await page.goto('./#/plates');
  await page.reload();
  const row = page.getByRole('checkbox', { name: new RegExp(`${absent.name}.*absent`) });
  await expect(row).toBeChecked();
  await expect(page.getByTitle('Print preview')).toHaveAttribute('srcdoc', new RegExp(absent.name));

  // From the registration desk: "#/plates/<participant id>".
  await page.goto(`./#/plates/${absent.id}`);
  await expect(page.getByLabel('Print for')).toHaveValue(`person:${absent.id}`);
  await expect(page.getByText('1 page · A4 landscape')).toBeVisible();
  await page.getByLabel('Badges').check();
  await page.getByLabel('Print for').selectOption(`person:${absent.id}`);
  await page.getByLabel('A6, one per page').check();
  await expect(page.getByText('1 page · A6 portrait')).toBeVisible();
  const html = (await page.getByTitle('Print preview').getAttribute('srcdoc')) ?? '';
  expect(html.match(/<svg /g)).toHaveLength(1);
  expect(html).toMatch(/PS30-\d{4}/);
  await expectNoSeriousA11yViolations(page, 'badges');
});

test('text that cannot fit at a readable size is announced before printing', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Name plates' }).click();
  await page.getByLabel('Custom text').check();
  const long = 'Rapporteurs and note-takers of the informal working group on the implementation of accepted recommendations';
  await page.getByLabel('Text of the plates').fill(`Interpreters | English – French\n${long}`);
  await expect(page.getByText('2 pages · A4 landscape')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('1 text does not fit at a readable size');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('(at 28 pt)');
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Some texts do not fit' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  // Printed anyway, it is whole: nothing is cut.
  const html = (await page.getByTitle('Print preview').getAttribute('srcdoc')) ?? '';
  expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(long);
});

test('the series logo is set once in Settings, refused when SVG, and printed on plates', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Series logo' });
  await expect(card).toContainText('No logo for this series.');

  let chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'Choose a logo' }).click();
  await (
    await chooser
  ).setFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') });
  await expect(card.getByRole('alert')).toContainText('SVG files are not accepted');

  // A 1 × 1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  writeFileSync(test.info().outputPath('logo.png'), png);
  chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'Choose a logo' }).click();
  await (await chooser).setFiles(test.info().outputPath('logo.png'));
  await expect(card.getByRole('img', { name: 'Current logo of the series' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'settings with logo');

  await page.getByRole('link', { name: 'Name plates' }).click();
  await expect(page.getByLabel('Series logo')).toBeChecked();
  await expect(page.getByTitle('Print preview')).toHaveAttribute('srcdoc', /<img class="logo" src="data:image\/png;base64,/);
  await page.getByLabel('Series logo').uncheck();
  await expect(page.getByTitle('Print preview')).not.toHaveAttribute('srcdoc', /<img/);
});

test('Cyrillic and accented Latin print in the bundled font, bold included, on US Letter', async ({ page, browser }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Name plates' }).click();
  await page.getByLabel('Custom text').check();
  const plates = [
    ['Ольга Иванова', 'Правозащитный центр «Мемориал»'],
    ['Łukasz Żółć-Ørsted', 'Fundación Ñandú, Côte d’Ivoire'],
  ];
  await page.getByLabel('Text of the plates').fill(plates.map(([title, below]) => `${title} | ${below}`).join('\n'));
  await page.getByLabel('US Letter').check();
  await expect(page.getByText('2 pages · US Letter landscape')).toBeVisible();
  const pdf = await printPreviewToPdf(page, browser, testInfo, 'letter');
  for (const [index, sheet] of pdf.entries()) {
    expect(sheet.width).toBeCloseTo(279.4 * MM, 0);
    expect(sheet.height).toBeCloseTo(215.9 * MM, 0);
    const [title = '', below = ''] = plates[index] ?? [];
    for (const half of ['upper', 'lower'] as const)
      expect(
        face(sheet, half)
          .map((w) => w.text)
          .sort(),
      ).toEqual(sortedWords(`${title} ${below}`));
  }
  // Only the bundled Noto Sans is embedded: no glyph fell back to another font.
  const fonts = execFileSync('/usr/bin/pdffonts', [testInfo.outputPath('letter.pdf')], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => (line.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
  expect([...new Set(fonts)].sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
});
