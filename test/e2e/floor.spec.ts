import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

/** The demo's first session: Azerbaijan, Wednesday 11 April 2018, 10:00–11:00 (the browser runs on Geneva time). */
const BEFORE_FIRST_SESSION = new Date('2018-04-11T09:55:00+02:00');
const FIRST_SESSION_START = new Date('2018-04-11T10:00:00+02:00');

/** The console at 10:00 with the clock held still; `advance` moves it on (as in moderator.spec.ts). */
async function openConsole(page: Page): Promise<(ms: number) => Promise<void>> {
  await page.clock.install({ time: BEFORE_FIRST_SESSION });
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();
  await expect(page.getByText('Azerbaijan · Wednesday, 11 April 2018, 10:00–11:00')).toBeVisible();
  let now = FIRST_SESSION_START.getTime();
  await page.clock.setFixedTime(now);
  return async (ms: number) => {
    now += ms;
    await page.clock.setFixedTime(now);
  };
}

/** The missions waiting in the console's floor queue, in order, by the names of their "Give the floor" buttons. */
async function waiting(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('list', { name: 'Floor queue' })
    .getByRole('button', { name: /^Give the floor to / })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace('Give the floor to ', ''));
}

/** Presses N (Next speaker), moving the clock 30 s each time, until `name` has the floor. */
async function nextUntil(page: Page, advance: (ms: number) => Promise<void>, name: string): Promise<void> {
  const timer = page.getByRole('timer');
  for (let i = 0; i < 15; i += 1) {
    if ((await timer.getAttribute('aria-label')) === `Speaking time of ${name}`) return;
    const before = await timer.getAttribute('aria-label');
    await advance(30_000);
    await page.keyboard.press('n');
    await expect(timer).not.toHaveAttribute('aria-label', before ?? '');
  }
  throw new Error(`${name} never had the floor`);
}

/** Every box fully inside the window: nothing of it needs a scroll to be seen. */
async function expectInViewport(page: Page, what: Record<string, Locator>): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const [name, locator] of Object.entries(what)) {
    const box = await locator.boundingBox();
    expect(box, `${name} is on screen`).not.toBeNull();
    if (!box) continue;
    expect(box.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${name} top edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} right edge within ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height, `${name} bottom edge within ${viewport.height}`).toBeLessThanOrEqual(viewport.height);
  }
}

test('a session runs through its floor block: three missions, one withdrawn, each turn timed, shown and recorded as its own', async ({
  page,
  context,
}, testInfo: TestInfo) => {
  test.setTimeout(240_000);
  const advance = await openConsole(page);
  const [display] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the room display' }).click()]);
  await display.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('button', { name: 'Close the room display' })).toBeVisible();

  // The demo's session has a floor block in its programme, with three missions that asked in advance.
  const [first, second, third] = await waiting(page);
  if (!first || !second || !third) throw new Error('the demo session has three missions waiting');
  await expect(page.getByRole('list', { name: 'Floor queue' }).getByRole('listitem')).toHaveCount(3);

  // The session runs up to the floor: the moderator's questions end, the floor opens, the first mission has it.
  await page.keyboard.press('Space');
  await nextUntil(page, advance, "Moderator's questions");
  await expect(page.getByText('Up next', { exact: true })).toBeVisible();
  await expect(page.getByText(first, { exact: true }).first()).toBeVisible();
  await page.keyboard.press('n');
  const timer = page.getByRole('timer');
  await expect(timer).toHaveAccessibleName(`Speaking time of ${first}`);
  await expect(timer).toHaveText('2:00');
  await expect(page.getByText(/^Floor open · 15:00 of floor time left · 2 waiting/)).toBeVisible();
  const displayTimer = display.getByRole('timer');
  await expect(displayTimer).toHaveAccessibleName(`Time left for ${first}`);
  await expect(display.getByText('Permanent Mission', { exact: true })).toBeVisible();
  await expect(display.getByRole('region', { name: 'Next' })).toContainText(second);

  // The second mission withdraws its request: off the queue, and the display's "Next" follows.
  await page.getByRole('button', { name: `Remove ${second} from the queue` }).click();
  await expect.poll(() => waiting(page)).toEqual([third]);
  await expect(display.getByRole('region', { name: 'Next' })).toContainText(third);

  // The first mission speaks 2:08.9: the console shows +0:08 (a second counts once it is over).
  await advance(128_900);
  await expect(timer).toHaveText('+0:08');
  await expect(displayTimer).toHaveText('+0:08');
  await page.keyboard.press('n');
  await expect(timer).toHaveAccessibleName(`Speaking time of ${third}`);
  const order = page.getByRole('list', { name: 'Speaker order' });
  await expect(order.getByRole('listitem').filter({ hasText: first })).toContainText('Spoke 2:08');
  await expect(displayTimer).toHaveAccessibleName(`Time left for ${third}`);
  // Nobody waits: after this mission comes the closing.
  await expect(display.getByRole('region', { name: 'Next' })).toContainText('Closing');

  // A plate goes up while the third mission speaks: a fourth request joins the queue.
  await page.keyboard.press('a');
  await page.keyboard.type('japon');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect.poll(() => waiting(page)).toEqual(['Japan']);
  await expect(display.getByRole('region', { name: 'Next' })).toContainText('Japan');
  await advance(75_000);
  await expect(timer).toHaveText('0:45');
  await expect(timer).toHaveAccessibleDescription('Last minute');

  // The console at 1366×768 and at 1920×1080: the timer and its controls, who speaks and who is
  // next, and the floor queue, all in view without scrolling.
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await expectInViewport(page, {
      timer,
      'current speaker': page.getByRole('heading', { level: 2, name: third }),
      'up next': page.getByText('Up next', { exact: true }),
      'who is next': page.getByText('Japan', { exact: true }).first(),
      Pause: page.getByRole('button', { name: 'Pause' }),
      'Next speaker': page.getByRole('button', { name: 'Next speaker' }),
      '+30 s': page.getByRole('button', { name: 'Add 30 seconds' }),
      'Close the floor': page.getByRole('button', { name: 'Close the floor' }),
      'floor queue': page.getByRole('list', { name: 'Floor queue' }),
      'Add to floor': page.getByRole('searchbox', { name: 'Permanent Mission asking for the floor' }),
    });
    await page.screenshot({ path: testInfo.outputPath(`console-floor-${size.width}x${size.height}.png`) });
  }
  await display.screenshot({ path: testInfo.outputPath('display-floor.png') });
  await expectNoSeriousA11yViolations(page, 'moderator console, floor open');

  // Next speaker: Japan has the floor; after Japan nobody waits, and the floor stays open for a late plate.
  await page.keyboard.press('n');
  await expect(timer).toHaveAccessibleName('Speaking time of Japan');
  await advance(40_000);
  await page.keyboard.press('n');
  await expect(page.getByText(/^Now · Floor open/)).toBeVisible();
  await expect(page.getByText('No mission is waiting. Add one (A), or press Next speaker to close the floor.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close the floor' })).toHaveCount(1);
  // Kenya raises its plate: Space would give it the floor; the moderator closes the floor instead.
  await page.keyboard.press('a');
  await page.keyboard.type('kenya');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Give the floor to Kenya' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Close the floor' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Closing' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Floor queue' })).toHaveCount(0);
  await expect(order.getByRole('listitem').filter({ hasText: 'Kenya' })).toContainText('Not reached');
  await expect(display.getByText('Closing', { exact: true }).first()).toBeVisible();

  // The record: each mission's turn is its own intervention, with the same seconds the console showed;
  // the withdrawn and the unreached requests are kept as such; no speaker called "Floor".
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByLabel('Session report').selectOption({ label: 'Azerbaijan · Wednesday, 11 April 2018, 10:00' });
  const speakers = page.getByRole('table', { name: /Speakers of the session/ });
  const row = (name: string) => speakers.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row(first).getByRole('cell')).toHaveText([/\d+/, 'Floor', '2:00', '2:08', '+0:08', 'Done', '']);
  await expect(row(third).getByRole('cell').nth(3)).toHaveText('1:15');
  await expect(speakers.getByRole('rowheader', { name: 'Floor', exact: true })).toHaveCount(0);
  await expect(speakers.getByRole('rowheader', { name: second })).toHaveCount(0);
  const notHeard = page.getByRole('list').filter({ hasText: 'request withdrawn' });
  await expect(row('Japan').getByRole('cell').nth(3)).toHaveText('0:40');
  await expect(notHeard.getByRole('listitem')).toHaveText([`${second} (request withdrawn)`, 'Kenya (not reached before the floor closed)']);
});

test('the run of show says durations and ahead or behind in words, never as a time of day or a bare sign', async ({ page }) => {
  const advance = await openConsole(page);
  const show = page.getByRole('region', { name: 'Run of show' });
  await page.keyboard.press('Space');
  await advance(3 * 60_000 + 20_000);
  await page.keyboard.press('n');
  await advance(65_000);
  // 3:20 of opening and 1:05 of statement: 4 min 25 s, and the start at 10:00 as a time of day.
  await expect(show.getByRole('definition')).toHaveText(['10:00–11:00', '10:00', '4 min 25 s', /^\d\d:\d\d$/]);
  await expect(show.getByText(/^(\d+ min (ahead|behind)|On time)$/)).toBeVisible();
  // Far behind: a panellist runs 30 minutes over.
  await page.keyboard.press('n');
  await advance(36 * 60_000);
  await expect(show.getByText(/^\d+ min behind$/)).toBeVisible();
});
