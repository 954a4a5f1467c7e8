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
  await backups
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
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

test('a damaged backup (cut short in the origin-private file system) is refused with a clear message and changes nothing', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A backup was saved.')).toBeVisible();
  // A newer backup of the same series, cut in the middle as a full disk or a crash mid-copy would leave it.
  await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
    const names: string[] = [];
    for await (const name of (folder as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(name);
    const good = names.find((n) => n.startsWith('backup_'));
    if (!good) throw new Error('no backup');
    const text = await (await (await folder.getFileHandle(good)).getFile()).text();
    const cut = good.replace(/_(\d{8})T\d{9}Z/, '_$1T235959999Z');
    const writable = await (await folder.getFileHandle(cut, { create: true })).createWritable();
    await writable.write(text.slice(0, Math.floor(text.length / 2)));
    await writable.close();
  });
  await page.reload();
  const backups = page.getByRole('table').filter({ hasText: 'Taken' });
  await expect(backups.getByRole('row')).toHaveCount(3);
  await backups
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'The backup could not be restored: This event file is damaged and was not imported. Nothing was changed. Nothing was changed.',
  );
  // No backup of the current state was needed (nothing was replaced), and the series is whole.
  await expect(backups.getByRole('row')).toHaveCount(3);
  await page.getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByText('12 sessions · 3 days')).toBeVisible();
});
