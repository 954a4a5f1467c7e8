import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

async function createSeries(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Series name').fill('Pre-sessions 45');
  await page.getByLabel('First day').fill('2026-04-07');
  await page.getByLabel('Last day').fill('2026-04-09');
  await page.getByRole('button', { name: 'Create series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
}

/** The names of the slots of the open session, in order, as the list reads them. */
async function slotOrder(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Order of speakers' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
}

test('a session is created with its starting programme, checked, edited and reordered by keyboard', async ({ page }) => {
  await createSeries(page);
  await page.getByRole('button', { name: 'Add session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByRole('button', { name: 'Create session' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose the State under Review.');
  await dialog.getByLabel('State under Review').selectOption({ label: 'Türkiye' });
  await dialog.getByLabel('Start').fill('14:00');
  await dialog.getByLabel('End').fill('13:00');
  await dialog.getByRole('button', { name: 'Create session' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The session must end after it starts.');
  await dialog.getByLabel('End').fill('15:00');
  await dialog.getByRole('button', { name: 'Create session' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Türkiye' })).toBeVisible();
  // A new session starts with the floor block of its Q&A (15:00) before the closing.
  await expect.poll(() => slotOrder(page)).toEqual(['1. Opening', '2. SuR statement', '3. Moderator’s questions', '4. Floor', '5. Closing']);
  await expect(page.getByLabel('Allotted time (2)')).toHaveValue('2:00');
  await expect(page.getByLabel('Allotted time (4)')).toHaveValue('15:00');

  // + Panellist goes where panellists go (after the SuR statement), never after the closing.
  await page.getByRole('button', { name: '+ Panellist' }).click();
  await expect.poll(() => slotOrder(page)).toEqual(['1. Opening', '2. SuR statement', '3. Panellist', '4. Moderator’s questions', '5. Floor', '6. Closing']);
  await expect(page.getByLabel('Allotted time (3)')).toHaveValue('6:00');

  // Keyboard drag and drop: focus the handle, Space, arrows, Space. Each key waits for the
  // drag's own announcement of the place it reached (the live region a screen reader reads),
  // so that the next key moves from there, however slowly the machine draws.
  const handle = page.getByRole('button', { name: 'Reorder Panellist' });
  const announced = (text: string) => page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(announced('Panellist: 3 / 6')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(announced('Panellist: 4 / 6')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(announced('Panellist: 5 / 6')).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(handle).not.toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => slotOrder(page)).toEqual(['1. Opening', '2. SuR statement', '3. Moderator’s questions', '4. Floor', '5. Panellist', '6. Closing']);

  // The arrow buttons do the same in one click.
  await page.getByRole('button', { name: 'Move Panellist up' }).click();
  await page.getByRole('button', { name: 'Move Panellist up' }).click();
  await expect.poll(() => slotOrder(page)).toEqual(['1. Opening', '2. SuR statement', '3. Panellist', '4. Moderator’s questions', '5. Floor', '6. Closing']);

  await page.getByLabel('Allotted time (3)').fill('7:30');
  await page.getByLabel('Allotted time (3)').press('Enter');
  await page.getByLabel('Allotted time (1)').fill('abc');
  await page.getByLabel('Allotted time (1)').press('Enter');
  await expect(page.getByLabel('Allotted time (1)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'session editor');

  await page.reload();
  await expect.poll(() => slotOrder(page)).toEqual(['1. Opening', '2. SuR statement', '3. Panellist', '4. Moderator’s questions', '5. Floor', '6. Closing']);
  await expect(page.getByLabel('Allotted time (3)')).toHaveValue('7:30');

  // A second panellist goes after the last panellist, wherever the first one was put.
  await page.getByRole('button', { name: '+ Panellist' }).click();
  await expect
    .poll(() => slotOrder(page))
    .toEqual(['1. Opening', '2. SuR statement', '3. Panellist', '4. Panellist', '5. Moderator’s questions', '6. Floor', '7. Closing']);
});

test('drag and drop with the mouse reorders the demo programme', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open the demo series' }).click();
  await page.getByRole('link', { name: 'Azerbaijan' }).click();
  await page.setViewportSize({ width: 1366, height: 2000 });
  const before = await slotOrder(page);
  const handle = page.getByRole('button', { name: 'Reorder Closing' });
  const target = page.getByRole('button', { name: /^Reorder / }).nth(2);
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('no boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect.poll(async () => (await slotOrder(page))[2]).toBe('3. Closing');
  expect((await slotOrder(page)).length).toBe(before.length);
});

test('default times apply to new slots; a session duplicates as a template and can be deleted', async ({ page }) => {
  await createSeries(page);
  await page.getByRole('button', { name: 'Default times' }).click();
  const defaults = page.getByRole('dialog', { name: 'Default times' });
  await expect(defaults.getByLabel('SuR statement')).toHaveValue('2:00');
  await expect(defaults.getByLabel('Panellist')).toHaveValue('6:00');
  await expect(defaults.getByLabel('Floor, per mission')).toHaveValue('2:00');
  await defaults.getByLabel('Panellist').fill('5');
  await defaults.getByRole('button', { name: 'Save default times' }).click();

  await page.getByRole('button', { name: 'Add session' }).click();
  await page.getByRole('dialog', { name: 'New session' }).getByLabel('State under Review').selectOption({ label: 'Bolivia (Plurinational State of)' });
  await page.getByRole('dialog', { name: 'New session' }).getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('button', { name: '+ Panellist' }).click();
  await expect(page.getByLabel('Allotted time (3)')).toHaveValue('5:00');

  await page.getByRole('button', { name: 'Duplicate as template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'A copy was made. You are now editing the copy.' })).toBeVisible();
  await page.getByLabel('State under Review').selectOption({ label: 'Chile' });
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chile' })).toBeVisible();
  await expect.poll(async () => (await slotOrder(page)).length).toBe(6);

  await page.getByRole('link', { name: 'Back to the programme' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Bolivia (Plurinational State of)', 'Chile']);
  await page.getByRole('link', { name: 'Chile' }).click();
  await page.getByRole('button', { name: 'Delete session' }).click();
  await page.getByRole('dialog', { name: 'Delete session' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Bolivia (Plurinational State of)']);
});
