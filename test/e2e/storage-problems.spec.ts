import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

test('without IndexedDB the user gets a clear screen with what to do, not a blank window', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Storage is not available' })).toBeVisible();
  await expect(page.getByText('Open Session Desk in a normal window')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'storage unavailable');
});

test('data from a newer version is left untouched and explained', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Session Desk' })).toBeVisible();
  // Simulate a newer app version having upgraded the store: bump its IndexedDB version.
  await page.evaluate(async () => {
    const current = await new Promise<number>((resolve) => {
      const r = indexedDB.open('session-desk');
      r.onsuccess = () => {
        resolve(r.result.version);
        r.result.close();
      };
    });
    await new Promise<void>((resolve) => {
      const r = indexedDB.open('session-desk', current + 1000);
      r.onupgradeneeded = () => r.result.createObjectStore('fromTheFuture');
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
    });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'The data is from a newer version' })).toBeVisible();
  const stores = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const r = indexedDB.open('session-desk');
        r.onsuccess = () => {
          resolve([...r.result.objectStoreNames]);
          r.result.close();
        };
      }),
  );
  expect(stores).toContain('fromTheFuture');
});
