import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations, openDemo, personalDataInStore } from './helpers';

test('the demo series is exported, deleted, imported back whole, and imported again as a copy', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export this series' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the event file' });
  await exportDialog.getByRole('radio', { name: /^Not protected/ }).check();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Pre-sessions 30 .*\.sessiondesk\.json$/);
  const saved = testInfo.outputPath('demo.sessiondesk.json');
  await download.saveAs(saved);
  const file = JSON.parse(await readFile(saved, 'utf8')) as { format: string; formatVersion: number; sessions: unknown[]; participants: unknown[] };
  expect(file.format).toBe('session-desk/event');
  expect(file.formatVersion).toBe(4);
  expect(file.sessions).toHaveLength(12);

  await page.getByRole('button', { name: 'Delete series: Pre-sessions 30' }).click();
  await page.getByRole('dialog', { name: 'Delete series' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Session Desk' })).toBeVisible();

  // Import it back from Settings (reached from a fresh series).
  await page.getByLabel('Series name').fill('Scratch');
  await page.getByLabel('First day').fill('2026-01-05');
  await page.getByRole('button', { name: 'Create series' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an event file' }).click();
  await (await choosing).setFiles(saved);
  await expect(page.getByText('“Pre-sessions 30” was imported and is now the current series.')).toBeVisible();
  await expect(page.getByText('12 sessions · 3 days · Palais des Nations, Geneva')).toBeVisible();
  await page.getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByText(`Showing ${file.participants.length} of ${file.participants.length}`)).toBeVisible();

  // The same file again: the series is here already, so the app asks.
  await page.getByRole('link', { name: 'Settings' }).click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an event file' }).click();
  await (await again).setFiles(saved);
  const ask = page.getByRole('dialog', { name: 'This series is already on this laptop' });
  await ask.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByText('“Pre-sessions 30 (imported)” was imported and is now the current series.')).toBeVisible();
});

test('a damaged event file is refused with a clear message and changes nothing', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const cases: Array<{ name: string; body: string; message: string }> = [
    { name: 'notes.sessiondesk.json', body: 'hello, not json', message: 'This file is not an event file: it is not JSON text.' },
    { name: 'other.json', body: '{"hello": "world"}', message: 'This file is not a Session Desk event file.' },
    {
      name: 'future.sessiondesk.json',
      body: '{"format":"session-desk/event","formatVersion":99}',
      message: 'This file was written by a newer version of Session Desk.',
    },
    {
      name: 'cut.sessiondesk.json',
      body: '{"format":"session-desk/event","formatVersion":1,"series":{"id":"x"',
      message: 'This event file is damaged and was not imported.',
    },
  ];
  for (const c of cases) {
    const path = testInfo.outputPath(c.name);
    await (await import('node:fs/promises')).writeFile(path, c.body);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import an event file' }).click();
    await (await choosing).setFiles(path);
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(c.message);
  }
  await page.getByRole('link', { name: 'Switch series' }).click();
  await expect(page.getByRole('button', { name: /Pre-sessions 30/ })).toHaveCount(1);
});

test('an export protected by a passphrase holds no name in clear; import asks for the passphrase and refuses a wrong one', async ({ page }, testInfo) => {
  await openDemo(page);
  const personal = await personalDataInStore(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export this series' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the event file' });
  await expect(exportDialog.getByRole('radio', { name: /^With a passphrase/ })).toBeChecked();
  await exportDialog.getByLabel('Passphrase (at least 10 characters)').fill('short');
  await exportDialog.getByLabel('Repeat the passphrase').fill('short');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  await expect(exportDialog.getByRole('alert')).toHaveText('A passphrase has at least 10 characters.');
  await exportDialog.getByLabel('Passphrase (at least 10 characters)').fill('Geneva in April 2018');
  await exportDialog.getByLabel('Repeat the passphrase').fill('Geneva in April 2019');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  await expect(exportDialog.getByRole('alert')).toHaveText('The two passphrases differ.');
  await exportDialog.getByLabel('Repeat the passphrase').fill('Geneva in April 2018');
  await expectNoSeriousA11yViolations(page, 'export dialog');
  await page.screenshot({ path: testInfo.outputPath('export-passphrase.png') });
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const saved = testInfo.outputPath('sealed.sessiondesk.json');
  await (await downloading).saveAs(saved);
  const text = await readFile(saved, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'session-desk/sealed', lock: { kind: 'passphrase', kdf: { name: 'PBKDF2-SHA-256', iterations: 600000 } } });
  for (const secret of personal) expect(text.includes(secret), `the export holds "${secret}"`).toBe(false);

  // Import it back as a copy: the passphrase is asked for, a wrong one changes nothing.
  const importIt = async () => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import an event file' }).click();
    await (await choosing).setFiles(saved);
  };
  const ask = page.getByRole('dialog', { name: 'This file is protected by a passphrase' });
  await importIt();
  await ask.getByLabel('Passphrase').fill('Geneva in May 2018');
  await ask.getByRole('button', { name: 'Open' }).click();
  await expect(ask.getByRole('alert')).toHaveText('This passphrase does not open the file. Nothing was changed. Check it and try again.');
  await expectNoSeriousA11yViolations(page, 'passphrase prompt');
  await page.screenshot({ path: testInfo.outputPath('passphrase-prompt.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Switch series' }).click();
  await expect(page.getByRole('button', { name: /Pre-sessions 30/ })).toHaveCount(1);
  await page.getByRole('button', { name: /Pre-sessions 30/ }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await importIt();
  await ask.getByLabel('Passphrase').fill('Geneva in April 2018');
  await ask.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('dialog', { name: 'This series is already on this laptop' }).getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByText('“Pre-sessions 30 (imported)” was imported and is now the current series.')).toBeVisible();

  // A damaged sealed file is refused without asking anything.
  const damaged = testInfo.outputPath('damaged.sessiondesk.json');
  await (await import('node:fs/promises')).writeFile(damaged, text.slice(0, 400));
  await page.getByRole('link', { name: 'Settings' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an event file' }).click();
  await (await choosing).setFiles(damaged);
  await expect(page.getByRole('alert')).toHaveText('The encrypted file is damaged and cannot be opened. Nothing was changed.');
  await expect(ask).toHaveCount(0);
});

test('the validator refuses a setting nested 5,000 deep with its own message; an unusable series id is given a new one and backs up', async ({
  page,
}, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export this series' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the event file' });
  await exportDialog.getByRole('radio', { name: /^Not protected/ }).check();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const plain = await readFile(await (await downloading).path(), 'utf8');
  const file = JSON.parse(plain) as { series: { id: string } };
  const { writeFile } = await import('node:fs/promises');
  const importFile = async (path: string) => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import an event file' }).click();
    await (await choosing).setFiles(path);
  };

  const deepPath = testInfo.outputPath('deep.sessiondesk.json');
  await writeFile(deepPath, plain.replace(/"settings": \{[^]*?\}\n\}\s*$/, `"settings": {"deep": ${'['.repeat(5000)}${']'.repeat(5000)}}\n}`));
  await importFile(deepPath);
  await expect(page.getByRole('alert')).toContainText('This event file is damaged and was not imported. Nothing was changed.');
  await expect(page.getByRole('alert')).toContainText('nested too deep: at most 32 levels of lists and objects');

  const oddPath = testInfo.outputPath('odd-id.sessiondesk.json');
  await writeFile(oddPath, plain.split(file.series.id).join('PS30_2018').replace('"name":"Pre-sessions 30"', '"name":"PS30 from 2018"'));
  await importFile(oddPath);
  await expect(page.getByText('“PS30 from 2018” was imported and is now the current series.')).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('A backup was saved.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Backups are failing' })).toHaveCount(0);
});
