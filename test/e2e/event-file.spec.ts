import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openDemo } from './helpers';

test('the demo series is exported, deleted, imported back whole, and imported again as a copy', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this series' }).click();
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
    await expect(page.getByRole('alert')).toContainText(c.message);
  }
  await page.getByRole('link', { name: 'Switch series' }).click();
  await expect(page.getByRole('button', { name: /Pre-sessions 30/ })).toHaveCount(1);
});
