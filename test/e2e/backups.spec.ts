import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

test('a backup is taken, the series changed, and the backup restored; the restore can be undone', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A backup was saved.')).toBeVisible();
  const backups = page.getByRole('table').filter({ hasText: 'Taken' });
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expect(backups).toContainText('Pre-sessions 30');
  await expectNoSeriousA11yViolations(page, 'settings with backups');

  // Change the series: delete the session on Cuba.
  await page.getByRole('link', { name: 'Programme' }).click();
  await page.getByRole('link', { name: 'Cuba' }).click();
  await page.getByRole('button', { name: 'Delete session' }).click();
  await page.getByRole('dialog', { name: 'Delete session' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('11 sessions · 3 days')).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await backups.getByRole('button', { name: /^Restore the backup of / }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('The series as it is now is backed up first');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^The backup of .* was restored\.$/)).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(3);

  await page.getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByText('12 sessions · 3 days')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cuba' })).toBeVisible();
});

test('a backup is written automatically five minutes after a change', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-11T08:00:00Z') });
  await openDemo(page);
  await page.clock.fastForward('05:01');
  await page.getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('table').filter({ hasText: 'Taken' });
  await expect(backups.getByRole('row')).toHaveCount(2);
  // Nothing changed since: five more minutes write nothing new.
  await page.getByRole('link', { name: 'Programme' }).click();
  await page.clock.fastForward('05:01');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(backups.getByRole('row')).toHaveCount(2);
});
