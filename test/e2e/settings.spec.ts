import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

test('switching to French changes the interface, survives a reload, and switches back', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Français' }).check();

  const nav = page.getByRole('navigation', { name: 'Espaces' });
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  for (const label of ['Programme', 'Participants', 'Accueil', 'Modération', 'Écran de salle', 'Chevalets', 'Rapports', 'Paramètres']) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectNoSeriousA11yViolations(page, 'settings in French');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await nav.getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'mercredi 11 avril 2018' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Fédération de Russie' })).toBeVisible();
  await nav.getByRole('link', { name: 'Rapports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chiffres clés' })).toBeVisible();

  await nav.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the dark theme is kept and passes axe', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, 'settings, dark');
  await page.getByRole('link', { name: 'Programme' }).click();
  await expectNoSeriousA11yViolations(page, 'programme, dark');
});

test('deleting a series asks once and then removes it', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete series: Pre-sessions 30' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete series' });
  await expect(dialog).toContainText('Delete “Pre-sessions 30” and everything recorded for it?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete series: Pre-sessions 30' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Session Desk' })).toBeVisible();
  await expect(page.getByText('No series on this laptop yet.')).toBeVisible();
});
