import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

test('a first run shows the welcome screen, which passes axe', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Session Desk' })).toBeVisible();
  await expect(page.getByText('No series on this laptop yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'welcome');
});

test('creating a series asks for what is missing, then keeps the series across a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Create series' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the series a name.');
  await expect(page.getByRole('alert')).toContainText('Enter the first day as a date.');

  await page.getByLabel('Series name').fill('Pre-sessions 45 <b>draft</b>');
  await page.getByLabel('First day').fill('2026-04-07');
  await page.getByLabel('Last day').fill('2026-04-09');
  await page.getByLabel('Venue').fill('CICG, Geneva');
  await page.getByRole('button', { name: 'Create series' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  // Markup in a name is shown as text, never interpreted.
  await expect(page.getByText('Pre-sessions 45 <b>draft</b>', { exact: true })).toBeVisible();
  await expect(page.getByText('No sessions yet')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Pre-sessions 45 <b>draft</b>', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Switch series' }).click();
  await expect(page.getByRole('button', { name: /Pre-sessions 45 <b>draft<\/b>/ })).toBeVisible();
});

test('the last day cannot come before the first', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Series name').fill('Backwards');
  await page.getByLabel('First day').fill('2026-04-09');
  await page.getByLabel('Last day').fill('2026-04-07');
  await page.getByRole('button', { name: 'Create series' }).click();
  await expect(page.getByRole('alert')).toHaveText('The last day cannot be before the first day.');
});

test('joining a shared series offers to scan the pairing code, and says plainly when no camera can be used', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Join a shared series' }).click();
  const join = page.getByRole('dialog', { name: 'Join a shared series' });
  await join.getByRole('button', { name: 'Scan the QR code' }).click();
  const scan = page.getByRole('dialog', { name: 'Scan the pairing code' });
  // The test browser has no camera: the station types the code instead.
  await expect(scan.getByRole('status')).toHaveText('No camera is available, or it was refused. Type the code instead.');
  await expectNoSeriousA11yViolations(page, 'pairing code scan dialog');
  await scan.getByRole('button', { name: 'Close' }).click();
  await expect(scan).toBeHidden();
  await expect(join.getByLabel('Pairing code')).toBeVisible();
});
