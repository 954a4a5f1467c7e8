import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

/** The demo's first session: Azerbaijan, Wednesday 11 April 2018, 10:00–11:00 (the browser runs on Geneva time). */
const BEFORE_FIRST_SESSION = new Date('2018-04-11T09:55:00+02:00');
const FIRST_SESSION_START = new Date('2018-04-11T10:00:00+02:00');

/**
 * The console at 10:00 sharp, with the clock held still: `advance` moves it on. The time is
 * fixed rather than paused so that the app's own zero-delay tasks (Dexie's live queries) run.
 */
async function openConsole(page: Page): Promise<(ms: number) => Promise<void>> {
  await page.clock.install({ time: BEFORE_FIRST_SESSION });
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderator' })).toBeVisible();
  await expect(page.getByText('Azerbaijan · Wednesday, 11 April 2018, 10:00–11:00')).toBeVisible();
  // From here on time moves only when the test says so: every second below is exact.
  let now = FIRST_SESSION_START.getTime();
  await page.clock.setFixedTime(now);
  return async (ms: number) => {
    now += ms;
    await page.clock.setFixedTime(now);
  };
}

/** Presses Tab until the focused element has this accessible name: the keyboard alone, no pointer. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('a whole session: the 2:00 statement turns warning, final and overtime at the right second; pause, resume and reload keep time', async ({ page }) => {
  const advance = await openConsole(page);
  const timer = page.getByRole('timer');

  // Opening by the moderator: Space starts it, N gives the floor to the State under Review.
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(timer).toHaveText('3:00');
  await advance(150_000);
  await expect(timer).toHaveText('0:30');
  await page.keyboard.press('n');
  await expect(page.getByRole('timer', { name: 'Speaking time of Statement by the Permanent Mission of Azerbaijan' })).toHaveText('2:00');
  await expect(timer).toHaveAccessibleDescription('On time');

  // Warning exactly at 1:00 left.
  await advance(59_000);
  await expect(timer).toHaveText('1:01');
  await expect(timer).toHaveAccessibleDescription('On time');
  await advance(1_000);
  await expect(timer).toHaveText('1:00');
  await expect(timer).toHaveAccessibleDescription('Last minute');

  // Pause for 45 s: nothing moves; resume: it goes on from where it stopped.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await advance(45_000);
  await expect(timer).toHaveText('1:00');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Final call exactly at 0:30 left.
  await advance(29_000);
  await expect(timer).toHaveText('0:31');
  await expect(timer).toHaveAccessibleDescription('Last minute');
  await advance(1_000);
  await expect(timer).toHaveText('0:30');
  await expect(timer).toHaveAccessibleDescription('Last 30 seconds');

  // A reload mid-speech resumes with the right time (the record is the source, not a counter).
  await advance(10_000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderator' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0:(20|19)$/);

  // Overtime from the allotted time on, counting up.
  await advance(20_000);
  await expect(page.getByRole('timer')).toHaveText('+0:00');
  await expect(page.getByRole('timer')).toHaveAccessibleDescription('Time is up');
  await advance(5_000);
  await expect(page.getByRole('timer')).toHaveText('+0:05');

  // +30 s gives the speaker time back; Z undoes it.
  await page.keyboard.press('+');
  await expect(page.getByRole('timer')).toHaveText('0:25');
  await page.keyboard.press('z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Time adjusted.' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('+0:05');

  // Next speaker: the statement is recorded as made; the first panellist speaks.
  await page.keyboard.press('n');
  const order = page.getByRole('list', { name: 'Speaker order' });
  await expect(order.getByRole('listitem').nth(1)).toContainText('Statement made');
  await expect(order.locator('[aria-current="step"]')).toContainText('Speaking');
  await expect(order.locator('[aria-current="step"]')).toContainText('Panellist');
  await expect(page.getByRole('timer')).toHaveText('6:00');

  // Mark absent: the next panellist, with a private reason; the slot stays in the order, marked.
  const nextPanellist = order.getByRole('listitem').nth(3);
  const absentButton = nextPanellist.getByRole('button', { name: /^Mark absent: / });
  await absentButton.click();
  const dialog = page.getByRole('dialog', { name: /^Mark absent: / });
  await dialog.getByLabel('Reason (optional)').fill('Visa refused');
  await dialog.getByRole('button', { name: 'Mark absent' }).click();
  await expect(nextPanellist).toContainText('Absent');
  await expectNoSeriousA11yViolations(page, 'moderator console');
});

test('the floor queue adds, refuses a duplicate, reorders and gives the floor by keyboard alone', async ({ page }) => {
  const advance = await openConsole(page);
  const queue = page.getByRole('list', { name: 'Floor queue' });
  const search = page.getByRole('searchbox', { name: 'Permanent Mission asking for the floor' });

  // The demo's missions that asked in advance are waiting; new requests join the queue after them.
  await expect(queue.getByRole('listitem')).toHaveCount(3);
  const askedNames = (
    await queue.getByRole('button', { name: /^Give the floor to / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''))
  ).map((label) => label.replace('Give the floor to ', ''));
  const asked = askedNames.map((name) => new RegExp(name));
  await page.keyboard.press('a');
  await expect(search).toBeFocused();
  await page.keyboard.type('germ');
  await page.keyboard.press('Enter');
  await expect(queue.getByRole('listitem')).toHaveText([...asked, /Germany/]);
  // French names work too; a second request of Germany is noted, not added.
  await page.keyboard.type('allem');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Germany is already in the queue' })).toBeVisible();
  await expect(queue.getByRole('listitem')).toHaveText([...asked, /Germany.*Asked again/]);
  await page.keyboard.type('fran');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ghana');
  await page.keyboard.press('Enter');
  await expect(queue.getByRole('listitem')).toHaveText([...asked, /Germany/, /France/, /Ghana/]);

  // Reorder: Ghana up, twice, with Tab and Enter only.
  await tabTo(page, 'Move Ghana up');
  await page.keyboard.press('Enter');
  await expect(queue.getByRole('listitem')).toHaveText([...asked, /Germany/, /Ghana/, /France/]);
  await expect(page.getByRole('button', { name: 'Move Ghana up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(queue.getByRole('listitem')).toHaveText([...asked, /Ghana/, /Germany/, /France/]);

  // Give the floor to Ghana out of turn: the floor opens, its 2:00 timer starts.
  await tabTo(page, 'Give the floor to Ghana');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer', { name: 'Speaking time of Ghana' })).toHaveText('2:00');
  await advance(10_000);
  await expect(page.getByRole('timer')).toHaveText('1:50');
  await expect(queue.getByRole('listitem')).toHaveText([...asked, /Germany/, /France/]);

  // N: Ghana is done, the first mission waiting has the floor; Ghana shows as having spoken.
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(page.getByRole('timer', { name: `Speaking time of ${askedNames[0]}` })).toHaveText('2:00');
  await page.keyboard.press('a');
  await page.keyboard.type('ghan');
  await expect(page.getByRole('list', { name: 'Matching Permanent Missions' }).getByRole('listitem').first()).toContainText(/Ghana.*Spoke already/);

  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page, 'moderator console with a floor queue');
});

test('the shortcuts dialog opens with ? and shortcuts stay silent while it is open', async ({ page }) => {
  await openConsole(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /N\s+Next speaker/ })).toBeVisible();
  // Shortcuts stay silent while a dialog is open: N does not start anything.
  await page.keyboard.press('n');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('3:00');
});
