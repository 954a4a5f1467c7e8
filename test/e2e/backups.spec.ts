import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo, originPrivateFiles, personalDataInStore } from './helpers';

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
    'The backup could not be restored: The encrypted file is damaged and cannot be opened. Nothing was changed.',
  );
  // No backup of the current state was needed (nothing was replaced), and the series is whole.
  await expect(backups.getByRole('row')).toHaveCount(3);
  await page.getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByText('12 sessions · 3 days')).toBeVisible();
});

test('backups are sealed on the disk; the card says plainly what protects them; a backup can be deleted', async ({ page }, testInfo) => {
  await openDemo(page);
  const personal = await personalDataInStore(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  const protection = card.getByRole('group', { name: 'What protects the backups' });
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A backup was saved.')).toBeVisible();
  await expect(protection).toContainText('Browser mode: backups are encrypted (AES-256) with a key kept in this browser’s storage');
  await expect(protection).toContainText('Whoever can open this browser profile can read them');
  await expect(protection).toContainText('No recovery code yet');
  const files = await originPrivateFiles(page);
  const backupFiles = files.filter((f) => f.path.startsWith('backups/'));
  expect(backupFiles).toHaveLength(1);
  expect(JSON.parse(backupFiles[0]?.text ?? '{}')).toMatchObject({ format: 'session-desk/sealed', cipher: 'AES-256-GCM', lock: { kind: 'backup-key' } });
  for (const file of files) for (const secret of personal) expect(file.text.includes(secret), `${file.path} holds "${secret}"`).toBe(false);
  await expectNoSeriousA11yViolations(page, 'backups card with its protection');
  await card.screenshot({ path: testInfo.outputPath('backups-card-encryption.png') });

  const backups = card.getByRole('table');
  await expect(backups.getByRole('row')).toHaveCount(2);
  await backups.getByRole('button', { name: /^Delete the backup of / }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this backup?' });
  await expect(confirm).toContainText('This cannot be undone.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('The backup was deleted.')).toBeVisible();
  await expect(card.getByText('No backups yet.')).toBeVisible();
  expect((await originPrivateFiles(page)).filter((f) => f.path.startsWith('backups/'))).toEqual([]);
});

test('a failed backup is shown on every screen until a backup succeeds', async ({ page }, testInfo) => {
  // The origin-private file system refuses to write while the flag is set, as a full disk would.
  await page.addInitScript(() => {
    const original = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = function (this: FileSystemFileHandle, ...args) {
      if ((window as { failWrites?: boolean }).failWrites) return Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'));
      return original.apply(this, args);
    };
  });
  await openDemo(page);
  await page.evaluate(() => ((window as { failWrites?: boolean }).failWrites = true));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Back up now' }).click();
  const bar = page.getByRole('alert').filter({ hasText: 'Backups are failing' });
  await expect(bar).toContainText('Backups are failing: the last one could not be written. The disk is full.');
  await expect(bar).toContainText('No backup has worked since the app started.');
  await expectNoSeriousA11yViolations(page, 'settings with a failed backup');
  // It stays on other screens, and after another failure.
  await page.getByRole('link', { name: 'Registration desk' }).click();
  await expect(bar).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('backup-failure.png') });
  const tryAgain = bar.getByRole('button', { name: 'Try again' });
  await tryAgain.click();
  // The retry has ended (the button comes back) and failed again.
  await expect(tryAgain).toBeEnabled();
  await expect(bar).toContainText('The disk is full.');
  // The disk has room again: the next backup clears it.
  await page.evaluate(() => ((window as { failWrites?: boolean }).failWrites = false));
  await tryAgain.click();
  await expect(bar).toHaveCount(0);
});

test('a backup opens on another laptop with its recovery code; a wrong code or a cancel changes nothing', async ({ browser }, testInfo) => {
  // This laptop: a recovery code, shown once, then a backup.
  const laptop = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await laptop.newPage();
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await card.getByRole('button', { name: 'Set up a recovery code' }).click();
  const shown = card.getByRole('group', { name: 'Backup recovery code: write it down now' });
  const code = (await shown.locator('.backup-recovery-code-value').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await card.getByRole('button', { name: 'I have written it down' }).click();
  await expect(shown).toHaveCount(0);
  await expect(card.getByText(code)).toHaveCount(0);
  await expect(card).toContainText('Recovery code set on');
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A backup was saved.')).toBeVisible();
  const backup = (await originPrivateFiles(page)).find((f) => f.path.startsWith('backups/'));
  if (!backup) throw new Error('no backup');
  expect(JSON.stringify(await originPrivateFiles(page))).not.toContain(code.replace(/-/g, ''));
  const saved = testInfo.outputPath(backup.path.slice('backups/'.length));
  await (await import('node:fs/promises')).writeFile(saved, backup.text);
  await laptop.close();

  // Another laptop (a fresh browser profile): import the backup file.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page2 = await other.newPage();
  await page2.goto('./');
  await page2.getByLabel('Series name').fill('Scratch');
  await page2.getByLabel('First day').fill('2026-01-05');
  await page2.getByRole('button', { name: 'Create series' }).click();
  await page2.getByRole('link', { name: 'Settings' }).click();
  const importFile = async () => {
    const choosing = page2.waitForEvent('filechooser');
    await page2.getByRole('button', { name: 'Import an event file' }).click();
    await (await choosing).setFiles(saved);
  };
  const ask = page2.getByRole('dialog', { name: 'This backup was sealed on another laptop' });
  await importFile();
  await ask.getByLabel('Backup recovery code').fill('0000-0000-0000-0000');
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(ask.getByRole('alert')).toHaveText('This recovery code does not open the file. Nothing was changed. Check it and try again.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await page2.getByRole('link', { name: 'Switch series' }).click();
  await expect(page2.getByRole('button', { name: /Pre-sessions 30/ })).toHaveCount(0);

  await page2.getByRole('button', { name: /Scratch/ }).click();
  await page2.getByRole('link', { name: 'Settings' }).click();
  await importFile();
  await ask.getByLabel('Backup recovery code').fill(code.toLowerCase().replace(/-/g, ' '));
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(page2.getByText('“Pre-sessions 30” was imported and is now the current series.')).toBeVisible();
  await expect(page2.getByText('12 sessions · 3 days')).toBeVisible();
  await other.close();
});
