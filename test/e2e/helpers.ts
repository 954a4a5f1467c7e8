import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * A frame sandboxed without scripts (the print preview) cannot take axe's script: Playwright's
 * evaluate in it never settles, and axe's finishing page then never opens (the test hangs for
 * its whole timeout). Such frames are left out here; tests check the print document itself
 * with `expectNoSeriousA11yViolationsInHtml`.
 */
const SCRIPTLESS_FRAMES = 'iframe[sandbox]:not([sandbox~="allow-scripts"])';

/**
 * Runs axe on the page as it stands and fails on any serious or critical violation. The
 * script-less frames are always left out, whether or not one is there yet: a print preview
 * drawn a moment after the check (a slow machine, a busy CI) would otherwise hang axe.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const builder = new AxeBuilder({ page }).exclude(SCRIPTLESS_FRAMES);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
}

export async function openDemo(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open the demo series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
}

/** Runs axe over a whole HTML document (a print document) loaded in a page of its own. */
export async function expectNoSeriousA11yViolationsInHtml(page: Page, html: string, screen: string): Promise<void> {
  const documentPage = await page.context().newPage();
  try {
    await documentPage.setContent(html);
    await expectNoSeriousA11yViolations(documentPage, screen);
  } finally {
    await documentPage.close();
  }
}

/** Every file in the page's origin-private file system (where browser mode keeps backups and their key), with its text. */
export async function originPrivateFiles(page: Page): Promise<Array<{ path: string; text: string }>> {
  return page.evaluate(async () => {
    type Folder = FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };
    const out: Array<{ path: string; text: string }> = [];
    const walk = async (folder: Folder, prefix: string): Promise<void> => {
      for await (const [name, handle] of folder.entries()) {
        if (handle.kind === 'directory') await walk(handle as Folder, `${prefix}${name}/`);
        else out.push({ path: `${prefix}${name}`, text: await (await (handle as FileSystemFileHandle).getFile()).text() });
      }
    };
    await walk((await navigator.storage.getDirectory()) as Folder, '');
    return out;
  });
}

/** The personal data of every participant in the store (names, emails, phones, badge codes), at least 6 characters each. */
export async function personalDataInStore(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('session-desk');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all = db.transaction('participants').objectStore('participants').getAll();
    const people = await new Promise<Array<Record<string, string>>>((resolve) => (all.onsuccess = () => resolve(all.result)));
    db.close();
    return [
      ...new Set(people.flatMap((p) => [p['name'], p['email'], p['phone'], p['badgeCode']]).filter((s): s is string => typeof s === 'string' && s.length >= 6)),
    ];
  });
}

/**
 * The name of the person with badge `code`, read from their row at the desk (the demo draws
 * names at random); the search is left empty.
 */
export async function nameOfBadge(page: Page, code: string): Promise<string> {
  const search = page.getByRole('searchbox', { name: 'Find a participant' });
  await search.fill(code);
  const label = await page
    .getByRole('listitem')
    .filter({ hasText: `Badge ${code}` })
    .getByRole('button', { name: /^(Check in|Undo check-in of) / })
    .first()
    .getAttribute('aria-label');
  await search.fill('');
  const name = label?.replace(/^(Check in|Undo check-in of) /, '');
  if (!name) throw new Error(`no name for ${code}`);
  return name;
}
