import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

// A failed write is never silent: with the store refusing every write as a full disk does (each
// IndexedDB write throws QuotaExceededError), the desk and the console say so at once, in
// words, drop what they showed ahead of the record, and nothing acknowledged before is lost.

/** 11 April 2018, 09:50 in Geneva: Azerbaijan's session (10:00-11:00) is the one now running. */
const MORNING = new Date('2018-04-11T09:50:00+02:00');

/**
 * The disk fills up, or frees again: every IndexedDB write of the page throws the error a full
 * disk gives. (Chromium's quota override does not refuse small writes reliably enough to test with.)
 */
async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => {
    type Patched = { __sdOriginals?: Array<[object, string, unknown]> };
    const w = window as unknown as Patched;
    if (on && !w.__sdOriginals) {
      const targets: Array<[object, string]> = [
        [IDBObjectStore.prototype, 'add'],
        [IDBObjectStore.prototype, 'put'],
        [IDBObjectStore.prototype, 'delete'],
        [IDBObjectStore.prototype, 'clear'],
        [IDBCursor.prototype, 'update'],
        [IDBCursor.prototype, 'delete'],
      ];
      w.__sdOriginals = targets.map(([proto, name]) => [proto, name, (proto as Record<string, unknown>)[name]]);
      for (const [proto, name] of targets) {
        (proto as Record<string, unknown>)[name] = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
    } else if (!on && w.__sdOriginals) {
      for (const [proto, name, original] of w.__sdOriginals) (proto as Record<string, unknown>)[name] = original;
      delete w.__sdOriginals;
    }
  }, full);
}

async function goTo(page: Page, area: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
}

/** Checks in the first match of `code` at the desk; answers the name the desk said it checked in. */
async function checkInByCode(page: Page, code: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Find a participant' });
  await search.fill(code);
  await expect(page.getByRole('listitem').filter({ hasText: `Badge ${code}` })).toBeVisible();
  await search.press('Enter');
}

test('a full disk: the desk and the console say at once that nothing was saved, drop what they showed, and lose no acknowledged write', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: MORNING });
  await openDemo(page);
  await goTo(page, 'Registration desk');

  // Acknowledged before the fault.
  await checkInByCode(page, 'PS30-0001');
  const saved = page.getByRole('status').filter({ hasText: /checked in/ });
  await expect(saved).toBeVisible();
  const savedText = await saved.innerText();
  const savedName = /^(.+?) checked in/.exec(savedText)?.[1];
  expect(savedName).toBeTruthy();

  await setDiskFull(page, true);
  await checkInByCode(page, 'PS30-0002');
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText(/Not saved: the check-in of .+\./);
  await expect(alert).toContainText('The disk is full');
  // The desk's own line says it too, and the person is not shown as checked in.
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  const second = page.getByRole('listitem').filter({ hasText: 'Badge PS30-0002' });
  await page.getByRole('searchbox', { name: 'Find a participant' }).fill('PS30-0002');
  await expect(second.getByRole('button', { name: /^Check in / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the desk with a write failure');
  await page.screenshot({ path: testInfo.outputPath('desk-failed-check-in.png') });

  // The console: Start shows nothing running once the write is refused.
  await goTo(page, 'Moderator');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('the console’s action “Start”');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);

  // Space back: the next write succeeds and the alert goes; the record holds what was acknowledged, not what was refused.
  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  await page.reload();
  await goTo(page, 'Registration desk');
  const search = page.getByRole('searchbox', { name: 'Find a participant' });
  await search.fill('PS30-0001');
  await expect(page.getByRole('button', { name: `Undo check-in of ${savedName}` })).toBeVisible();
  await search.fill('PS30-0002');
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Badge PS30-0002' })
      .getByRole('button', { name: /^Check in / }),
  ).toBeVisible();
});

test('a screen that stops drawing says so, keeps the rest of the app working and offers to reload itself', async ({ page }) => {
  await page.clock.install({ time: MORNING });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('screen stopped')) logged.push(message.text());
  });
  await openDemo(page);
  // A record damaged in the store (written by hand, as a broken disk or a bad tool might).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('session-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('participants', 'readwrite');
      const store = tx.objectStore('participants');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        const value = c.value as { badgeCode: string; registrations: unknown };
        if (value.badgeCode === 'PS30-0003') c.update({ ...value, registrations: null });
        c.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  // The desk lists the session's panellists, the damaged one among them: it cannot draw.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
  const stopped = page.getByRole('alert').filter({ hasText: 'This screen stopped working' });
  await expect(stopped).toBeVisible();
  await expect(stopped.getByRole('button', { name: 'Reload this screen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'a stopped screen');

  // The stop is logged, with the area and the error.
  await expect.poll(() => logged.length).toBeGreaterThan(0);
  expect(logged[0]).toContain('The desk screen stopped: TypeError');

  // The other areas still work. "Reload this screen" draws the desk afresh: while the record is
  // damaged it stops again (and logs it again); once the record is mended, the desk is back.
  await goTo(page, 'Programme');
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
  await expect(stopped).toBeVisible();
  const before = logged.length;
  await stopped.getByRole('button', { name: 'Reload this screen' }).click();
  await expect.poll(() => logged.length).toBeGreaterThan(before);
  await expect(stopped).toBeVisible();
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('session-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('participants', 'readwrite');
      const cursor = tx.objectStore('participants').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        const value = c.value as { registrations: unknown };
        if (value.registrations === null) c.update({ ...value, registrations: [] });
        c.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Registration desk' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Find a participant' })).toBeVisible();
});
