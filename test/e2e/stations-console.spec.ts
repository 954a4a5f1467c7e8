import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';
import { StationLab, joinWith, nav, shareDemo } from './stations/stations';
import { readConsoleHolders } from './stations/store-probe';

const CLOCK = new Date('2018-04-11T09:50:00+02:00');
test.setTimeout(180_000);

let lab: StationLab;
test.beforeEach(() => {
  lab = new StationLab();
});
test.afterEach(async () => {
  await lab.close();
});

test('two consoles never drive one room by accident: the second watches it live, read-only, until Take over', async () => {
  const a = await lab.station('console-a', { clock: CLOCK });
  const b = await lab.station('console-b', { clock: CLOCK });
  const code = await shareDemo(a, 'Room XXIV console');
  await joinWith(b, code, 'Spare console');

  await nav(a.page, 'Moderator');
  await expect(a.page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  // A's hold has reached B before B opens the room (two consoles opening it at the same moment
  // would both claim it, and one of them, the same on both, would keep it).
  await expect.poll(() => readConsoleHolders(b.page), { timeout: 15_000 }).toEqual(['Room XXIV console']);
  await nav(b.page, 'Moderator');
  const banner = b.page.getByRole('status').filter({ hasText: 'drives this room' });
  await expect(banner).toHaveText(/Room XXIV console drives this room\. You see it live, read-only\./);
  await expect(b.page.getByRole('button', { name: 'Start', exact: true })).toBeDisabled();
  await expectNoSeriousA11yViolations(b.page, 'a read-only console');

  // A drives: B sees the timer run, and its keys do nothing.
  await a.page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(b.page.getByRole('button', { name: 'Pause', exact: true })).toBeDisabled({ timeout: 10_000 });
  await b.page.keyboard.press('Space');
  await expect(a.page.getByRole('button', { name: 'Pause', exact: true })).toBeEnabled();

  // Take over, confirmed: B drives, A watches.
  await banner.getByRole('button', { name: 'Take over' }).click();
  const dialog = b.page.getByRole('dialog', { name: 'Take over this room?' });
  await expect(dialog).toContainText('Room XXIV console drives the timer of this room now.');
  await dialog.getByRole('button', { name: 'Take over' }).click();
  await expect(b.page.getByRole('button', { name: 'Pause', exact: true })).toBeEnabled();
  await expect(a.page.getByRole('status').filter({ hasText: 'drives this room' })).toHaveText(/Spare console drives this room/, { timeout: 10_000 });
  await b.page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(a.page.getByRole('button', { name: 'Resume', exact: true })).toBeDisabled({ timeout: 10_000 });
});
