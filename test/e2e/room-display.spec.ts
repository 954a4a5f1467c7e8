import { expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

/** The demo's first session: Azerbaijan, Wednesday 11 April 2018, 10:00–11:00 (the browser runs on Geneva time). */
const BEFORE_FIRST_SESSION = new Date('2018-04-11T09:55:00+02:00');
const FIRST_SESSION_START = new Date('2018-04-11T10:00:00+02:00');

interface Room {
  console: Page;
  display: Page;
  /** Moves the (shared, fixed) clock of both pages on by `ms`. */
  advance: (ms: number) => Promise<void>;
}

/**
 * The moderator's console and the room display as two pages of one context, opened the way a
 * moderator does it (the console's "Open the room display" opens a second tab). The clock is
 * the context's: held still at 10:00 and moved only by `advance`, so every second is exact.
 */
async function openRoom(page: Page, context: BrowserContext, prepare?: (page: Page) => Promise<void>): Promise<Room> {
  await page.clock.install({ time: BEFORE_FIRST_SESSION });
  await openDemo(page);
  if (prepare) await prepare(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();
  await expect(page.getByText('Azerbaijan · Wednesday, 11 April 2018, 10:00–11:00')).toBeVisible();
  let now = FIRST_SESSION_START.getTime();
  await page.clock.setFixedTime(now);
  const [display] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the room display' }).click()]);
  await display.setViewportSize({ width: 1280, height: 720 });
  await expect(display.getByRole('heading', { name: 'Room display' })).toBeAttached();
  // The console learns that a display answered.
  await expect(page.getByRole('button', { name: 'Close the room display' })).toBeVisible();
  return {
    console: page,
    display,
    advance: async (ms: number) => {
      now += ms;
      await page.clock.setFixedTime(now);
    },
  };
}

test('the display follows the console: start, phases at the right second, pause, next speaker, message, blackout, layout, reloads', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const { console: desk, display, advance } = await openRoom(page, context);
  const timer = display.getByRole('timer');
  const asked = await desk
    .getByRole('list', { name: 'Floor queue' })
    .getByRole('button', { name: /^Give the floor to / })
    .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace('Give the floor to ', '')));

  // Before the start: the first slot, its whole time, "Ready"; the session and its State under Review.
  await expect(display.getByText('Opening by the moderator')).toBeVisible();
  await expect(timer).toHaveText('3:00');
  await expect(timer).toHaveAccessibleDescription('Ready');
  await expect(display.getByText('State under Review')).toBeVisible();
  await expect(display.getByText('Azerbaijan', { exact: true })).toBeVisible();
  await expect(display.getByText('Pre-sessions 30')).toBeVisible();
  await expect(display.getByRole('time')).toHaveText('10:00');
  await expect(display.getByRole('region', { name: 'Next' })).toContainText('Statement by the Permanent Mission of Azerbaijan');
  await expectNoSeriousA11yViolations(display, 'room display, ready');

  // Start, then the SuR statement (2:00): the phase changes at the right second, in words too.
  await desk.keyboard.press('Space');
  await expect(timer).toHaveAccessibleDescription('On time');
  await advance(30_000);
  await expect(timer).toHaveText('2:30');
  await desk.keyboard.press('n');
  await expect(display.getByText('Statement by the Permanent Mission of Azerbaijan')).toBeVisible();
  await expect(timer).toHaveText('2:00');
  await advance(59_000);
  await expect(timer).toHaveText('1:01');
  await expect(timer).toHaveAccessibleDescription('On time');
  await advance(1_000);
  await expect(timer).toHaveText('1:00');
  await expect(timer).toHaveAccessibleDescription('Last minute');
  await advance(29_000);
  await expect(timer).toHaveAccessibleDescription('Last minute');
  await advance(1_000);
  await expect(timer).toHaveText('0:30');
  await expect(timer).toHaveAccessibleDescription('Last 30 seconds');
  await advance(30_000);
  await expect(timer).toHaveText('+0:00');
  await expect(timer).toHaveAccessibleDescription('Time is up');
  await advance(42_000);
  await expect(timer).toHaveText('+0:42');
  await expectNoSeriousA11yViolations(display, 'room display, overtime');

  // Pause: the time stands still and says so.
  await desk.keyboard.press('Space');
  await expect(timer).toHaveAccessibleDescription('Paused');
  await advance(20_000);
  await expect(timer).toHaveText('+0:42');
  await desk.keyboard.press('Space');
  await expect(timer).toHaveAccessibleDescription('Time is up');

  // Next speaker: the first panellist, with their organisation; the one after is "Next".
  await desk.keyboard.press('n');
  await expect(timer).toHaveText('6:00');
  await expect(display.getByText('Panellist', { exact: true })).toBeVisible();
  // The display is sent the plan before the console draws it: the console's timer names the panellist a moment later.
  await expect(desk.getByRole('timer')).not.toHaveAccessibleName(/Statement by/);
  const speakerName = ((await desk.getByRole('timer').getAttribute('aria-label')) ?? '').replace('Speaking time of ', '');
  await expect(display.getByText(speakerName, { exact: true })).toBeVisible();
  await expect(display.getByRole('timer')).toHaveAccessibleName(`Time left for ${speakerName}`);

  // A message to the speaker, from the console's compact card; then Blackout and back.
  await desk.getByLabel('Message to the speaker').selectOption('Please conclude');
  await expect(display.getByRole('status').filter({ hasText: 'Please conclude' })).toBeVisible();
  await desk.getByRole('button', { name: 'Blackout' }).click();
  await expect(display.getByRole('timer')).toHaveCount(0);
  await expect(display.getByText('The room display is blank')).toBeAttached();
  await expect(display.getByText('Please conclude')).toHaveCount(0);
  await expectNoSeriousA11yViolations(display, 'room display, blackout');
  await desk.getByRole('button', { name: 'Blackout' }).click();
  await expect(timer).toHaveText('6:00');

  // The console reloads: the display keeps running on its own.
  await desk.reload();
  await advance(10_000);
  await expect(timer).toHaveText('5:50');
  await expect(desk.getByRole('heading', { level: 1, name: 'Moderator' })).toBeVisible();

  // Layout and message from the Room display page.
  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Room display' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: 'Room display' })).toBeVisible();
  await expect(desk.getByText('The room display is open.')).toBeVisible();
  await desk.getByRole('radio', { name: 'Timer only' }).check();
  await expect(display.getByRole('region', { name: 'Next' })).toHaveCount(0);
  await expect(display.getByText('Panellist', { exact: true })).toHaveCount(0);
  await expect(timer).toHaveText('5:50');
  await desk.getByRole('radio', { name: 'Floor queue' }).check();
  await expect(display.getByRole('heading', { name: 'Floor requests' })).toBeVisible();
  // The demo's three missions that asked in advance, in the console's order.
  await expect(display.getByRole('region', { name: 'Floor requests' }).getByRole('listitem')).toHaveText(asked.map((name) => new RegExp(`${name}$`)));
  await desk.getByLabel('Your message').fill('Two more recommendations, please');
  await desk.getByRole('button', { name: 'Show message' }).click();
  await expect(display.getByRole('status').filter({ hasText: 'Two more recommendations, please' })).toBeVisible();
  await expectNoSeriousA11yViolations(desk, 'Room display page');

  // The display reloads: it recovers the layout, the message and the time from the record.
  await display.reload();
  await expect(display.getByRole('heading', { name: 'Floor requests' })).toBeVisible();
  await expect(display.getByRole('status').filter({ hasText: 'Two more recommendations, please' })).toBeVisible();
  await expect(timer).toHaveText('5:50');
  await advance(5_000);
  await expect(timer).toHaveText('5:45');

  // Logo only (no logo set: the series name), then Clear message and back to speakers.
  await desk.getByRole('button', { name: 'Logo only' }).click();
  await expect(display.getByText('Pre-sessions 30')).toBeVisible();
  await expect(display.getByRole('timer')).toHaveCount(0);
  await desk.getByRole('button', { name: 'Logo only' }).click();
  await desk.getByRole('button', { name: 'Clear message' }).click();
  await expect(display.getByRole('status')).toHaveCount(0);
  await desk.getByRole('radio', { name: 'Timer and speakers' }).check();
  await expect(display.getByRole('region', { name: 'Next' })).toBeVisible();

  // The display never offers anything to edit.
  await expect(display.getByRole('button')).toHaveCount(0);
  await expect(display.getByRole('textbox')).toHaveCount(0);
  await expect(display.getByRole('link')).toHaveCount(0);

  // Close the room display from the console.
  const closed = display.waitForEvent('close');
  await desk.getByRole('button', { name: 'Close the room display' }).click();
  await closed;
  await expect(desk.getByRole('button', { name: 'Open the room display' })).toBeVisible();
});

test('a confidential panellist appears on the display by organisation only', async ({ page, context }) => {
  const { console: desk, display } = await openRoom(page, context);
  // Burkina Faso's session has a confidential panellist in the demo: who, and where in the order.
  const { name, organisation, index } = await desk.evaluate(
    () =>
      new Promise<{ name: string; organisation: string; index: number }>((resolve, reject) => {
        const open = indexedDB.open('session-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['sessions', 'slots', 'participants']);
          const sessions = tx.objectStore('sessions').getAll();
          const slots = tx.objectStore('slots').getAll();
          const people = tx.objectStore('participants').getAll();
          tx.oncomplete = () => {
            const bfa = (sessions.result as Array<{ id: string; stateCode: string }>).find((s) => s.stateCode === 'BFA');
            const panel = (slots.result as Array<{ sessionId: string; kind: string; order: string; participantId: string }>)
              .filter((s) => s.sessionId === bfa?.id && s.kind === 'panellist')
              .sort((a, b) => (a.order < b.order ? -1 : 1));
            const byId = new Map((people.result as Array<{ id: string; name: string; organisation: string; confidential: boolean }>).map((p) => [p.id, p]));
            const at = panel.findIndex((s) => byId.get(s.participantId)?.confidential);
            const person = byId.get(panel[at]?.participantId ?? '');
            resolve({ name: person?.name ?? '', organisation: person?.organisation ?? '', index: at });
          };
        };
      }),
  );
  expect(index, 'the demo has a confidential panellist for Burkina Faso').toBeGreaterThanOrEqual(0);
  await desk.getByRole('combobox', { name: 'Session' }).selectOption({ label: 'Wednesday, 11 April 2018, 14:00 · Burkina Faso' });
  // Opening, statement, then the panellists up to the confidential one.
  await desk.keyboard.press('Space');
  for (let i = 0; i < index + 2; i += 1) await desk.keyboard.press('n');
  // The console (private) names them.
  await expect(desk.getByRole('timer')).toHaveAccessibleName(`Speaking time of ${name}`);

  await expect(display.getByText('Burkina Faso', { exact: true })).toBeVisible();
  await expect(display.getByText(organisation, { exact: true })).toBeVisible();
  await expect(display.getByRole('timer')).toHaveAccessibleName(`Time left for ${organisation}`);
  // Nowhere on the display: not in the text, not in an accessible name, not in the markup.
  expect(await display.content()).not.toContain(name);
  await expect(display.locator('body')).not.toContainText(name);
});

/** A 60-character organisation, and missions with the longest names, for the layout test. */
const LONG_ORGANISATION = 'International Federation of Human Rights Defenders in Africa';
const LONG_MISSIONS = ['United Kingdom', 'Saint Vincent', 'Bosnia', 'Lao', 'Central African', 'Venezuela', 'Micronesia'];

/** Every text of the display inside its box and inside the screen; returns what does not fit. */
async function overflowingText(display: Page): Promise<string[]> {
  return display.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    for (const el of document.querySelectorAll<HTMLElement>('.rd *')) {
      if (el.closest('.visually-hidden')) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!hasText) continue;
      const box = el.getBoundingClientRect();
      const name = `${el.className || el.tagName} "${(el.textContent ?? '').slice(0, 40)}"`;
      if (getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth)
        problems.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5) {
        problems.push(
          `${name}: box ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} outside ${width}×${height}`,
        );
      }
    }
    // The regions must hold their content too (nothing spilling over the next one).
    for (const el of document.querySelectorAll<HTMLElement>('.rd, .rd-now, .rd-split, .rd-queue, .rd-timer')) {
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`${el.className}: scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}`);
    }
    return problems;
  });
}

test('the longest names fit at 1280×720, in portrait 1080×1920 and at 4K, in every layout', async ({ page, context }, testInfo: TestInfo) => {
  test.setTimeout(240_000);
  const {
    console: desk,
    display,
    advance,
  } = await openRoom(page, context, async (p) => {
    // The first panellist of Azerbaijan gets a 60-character organisation (written before the display opens).
    expect(LONG_ORGANISATION).toHaveLength(60);
    await p.evaluate(
      (organisation) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('session-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['sessions', 'slots', 'participants'], 'readwrite');
            const sessions = tx.objectStore('sessions').getAll();
            sessions.onsuccess = () => {
              const aze = (sessions.result as Array<{ id: string; stateCode: string }>).find((s) => s.stateCode === 'AZE');
              const slots = tx.objectStore('slots').getAll();
              slots.onsuccess = () => {
                const first = (slots.result as Array<{ sessionId: string; kind: string; order: string; participantId: string }>)
                  .filter((s) => s.sessionId === aze?.id && s.kind === 'panellist')
                  .sort((a, b) => (a.order < b.order ? -1 : 1))[0];
                const people = tx.objectStore('participants');
                const get = people.get(first?.participantId ?? '');
                get.onsuccess = () => people.put({ ...get.result, organisation });
              };
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      LONG_ORGANISATION,
    );
    await p.reload();
  });

  // The floor queue: missions with the longest names, after the demo's three.
  await expect(desk.getByRole('list', { name: 'Floor queue' }).getByRole('listitem')).toHaveCount(3);
  await desk.keyboard.press('a');
  for (const mission of LONG_MISSIONS) {
    await desk.keyboard.type(mission);
    await desk.keyboard.press('Enter');
  }
  await desk.keyboard.press('Escape');
  await expect(desk.getByRole('list', { name: 'Floor queue' }).getByRole('listitem')).toHaveCount(LONG_MISSIONS.length + 3);
  // Opening, statement, then the first panellist speaks into the warning phase.
  await desk.keyboard.press('Space');
  await desk.keyboard.press('n');
  await desk.keyboard.press('n');
  await advance(5 * 60_000 + 18_000);
  await expect(display.getByRole('timer')).toHaveText('0:42');
  await expect(display.getByText(LONG_ORGANISATION)).toBeVisible();
  await desk.getByLabel('Message to the speaker').selectOption('Please slow down for the interpreters');
  await expect(display.getByRole('status')).toBeVisible();

  const sizes = [
    { name: '1280x720', width: 1280, height: 720 },
    { name: '1080x1920-portrait', width: 1080, height: 1920 },
    { name: '3840x2160', width: 3840, height: 2160 },
  ];
  const modes = ['Timer and speakers', 'Floor queue', 'Timer only'] as const;
  const shoot = async (label: string) => {
    for (const size of sizes) {
      await display.setViewportSize({ width: size.width, height: size.height });
      await display.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await overflowingText(display), `${label} at ${size.name}`).toEqual([]);
      await display.screenshot({ path: testInfo.outputPath(`display-${label}-${size.name}.png`) });
    }
  };

  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Room display' }).click();
  for (const mode of modes) {
    await desk.getByRole('radio', { name: mode }).check();
    await expect(display.locator(`.rd-mode-${mode === 'Timer only' ? 'timer' : mode === 'Floor queue' ? 'queue' : 'speakers'}`)).toBeVisible();
    await shoot(mode.toLowerCase().replace(/ /g, '-'));
  }

  // The United Kingdom has the floor: the longest State name as the speaker, in overtime.
  await desk.getByRole('radio', { name: 'Timer and speakers' }).check();
  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();
  await desk.getByRole('button', { name: 'Give the floor to United Kingdom of Great Britain and Northern Ireland' }).click();
  await advance(125_000);
  await expect(display.getByRole('timer')).toHaveText('+0:05');
  await expect(display.getByText('United Kingdom of Great Britain and Northern Ireland')).toBeVisible();
  await shoot('floor-overtime');
  await expectNoSeriousA11yViolations(display, 'room display, floor in overtime');
});

test('the series logo shows in the header and alone with Logo only', async ({ page, context }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Series logo' });
  const chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'Choose a logo' }).click();
  // A 1 × 1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(card.getByRole('img', { name: 'Current logo of the series' })).toBeVisible();

  // A display opened by hand (a second tab on the same address) works as well as one the console opened.
  const display = await context.newPage();
  await display.goto('./#/display');
  await expect(display.getByRole('img', { name: 'Logo of Pre-sessions 30' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Room display' }).click();
  await page.getByRole('button', { name: 'Logo only' }).click();
  await expect(page.getByRole('button', { name: 'Logo only' })).toHaveAttribute('aria-pressed', 'true');
  await expect(display.getByRole('img', { name: 'Logo of Pre-sessions 30' })).toBeVisible();
  await expect(display.getByText('Pre-sessions 30')).toHaveCount(0);
  await expectNoSeriousA11yViolations(display, 'room display, logo only');
});

test('the display shows the session the console chose before anyone speaks, and follows the clock again on “the session now running”', async ({
  page,
  context,
}) => {
  const { console: desk, display } = await openRoom(page, context);
  await expect(display.getByText('Azerbaijan', { exact: true })).toBeVisible();
  // Bangladesh run early: chosen in the console, nobody speaking yet.
  await desk.getByRole('combobox', { name: 'Session' }).selectOption({ label: 'Wednesday, 11 April 2018, 11:15 · Bangladesh' });
  await expect(display.getByText('Bangladesh', { exact: true })).toBeVisible();
  // A reloaded display keeps the choice: it is in the record.
  await display.reload();
  await expect(display.getByText('Bangladesh', { exact: true })).toBeVisible();
  await desk.getByRole('combobox', { name: 'Session' }).selectOption({ index: 0 });
  await expect(display.getByText('Azerbaijan', { exact: true })).toBeVisible();
});

/** The words a timer showing `text` may say, in English and French: the phase the digits are in. */
function phaseWordsFor(text: string): { en: string; fr: string } {
  if (text.startsWith('+')) return { en: 'Time is up', fr: 'Temps écoulé' };
  const [minutes = 0, seconds = 0] = text.split(':').map(Number);
  const left = minutes * 60 + seconds;
  if (left <= 30) return { en: 'Last 30 seconds', fr: '30 dernières secondes' };
  if (left <= 60) return { en: 'Last minute', fr: 'Dernière minute' };
  return { en: 'On time', fr: 'Dans les temps' };
}

/** A bilingual caption: the first language, then the second (a separator between them). */
function both(first: string, second: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(first)}\\W*${escape(second)}$`);
}

/** "2:00" … "0:01", then "+0:00" …: what a timer of `allottedSec` shows after `spoken` whole seconds. */
function shownAfter(allottedSec: number, spoken: number): string {
  const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return spoken >= allottedSec ? `+${clock(spoken - allottedSec)}` : clock(allottedSec - spoken);
}

test('the phase words are true at every second of a 2:00 statement, on the console and the bilingual display, in English and French', async ({
  page,
  context,
}, testInfo: TestInfo) => {
  test.setTimeout(300_000);
  const { console: desk, display } = await openRoom(page, context);
  // English and French together on the display.
  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Room display' }).click();
  await desk.getByRole('checkbox', { name: 'English and French together' }).check();
  await expect(display.getByText('État examiné')).toBeVisible();
  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();

  // From here the clock stands still and moves one second at a time, firing the timers due in
  // it (page.clock.runFor): every second below is shown, and checked, exactly once.
  const start = FIRST_SESSION_START.getTime() + 60_000;
  // A system time first: it ends the fixed time of openRoom, which would hold Date.now still.
  await desk.clock.setSystemTime(start - 1000);
  await desk.clock.pauseAt(start);
  await desk.keyboard.press('Space');
  await desk.keyboard.press('n');
  const consoleTimer = desk.getByRole('timer');
  const displayTimer = display.getByRole('timer');
  await expect(consoleTimer).toHaveAccessibleName('Speaking time of Statement by the Permanent Mission of Azerbaijan');
  await expect(displayTimer).toHaveText('2:00');

  const check = async (allottedSec: number, spoken: number, language: 'en' | 'fr') => {
    const text = shownAfter(allottedSec, spoken);
    const words = phaseWordsFor(text);
    const other = language === 'en' ? words.fr : words.en;
    await expect(consoleTimer, `console at ${spoken} s`).toHaveText(text);
    await expect(consoleTimer, `console at ${spoken} s`).toHaveAccessibleDescription(words[language]);
    await expect(displayTimer, `display at ${spoken} s`).toHaveText(text);
    // The display's caption: the interface language first, the other one beside it.
    await expect(displayTimer, `display at ${spoken} s`).toHaveAccessibleDescription(both(words[language], other));
  };
  const shots: Record<number, string> = { 0: 'on-time', 60: 'last-minute', 90: 'last-30-seconds', 125: 'time-is-up' };
  for (let spoken = 0; spoken <= 125; spoken += 1) {
    if (spoken > 0) await desk.clock.runFor(1000);
    await check(120, spoken, 'en');
    if (shots[spoken]) await display.screenshot({ path: testInfo.outputPath(`display-bilingual-${shots[spoken]}.png`) });
  }
  await desk.keyboard.press('Space');
  await expect(desk.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(displayTimer).toHaveAccessibleDescription(both('Paused', 'En pause'));
  await display.screenshot({ path: testInfo.outputPath('display-bilingual-paused.png') });

  // In French: the clock runs again while the language changes (the statement is paused).
  await desk.clock.resume();
  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Settings' }).click();
  await desk.getByRole('radio', { name: 'Français' }).check();
  await desk.getByRole('navigation', { name: 'Espaces' }).getByRole('link', { name: 'Modération' }).click();
  await expect(display.getByText('Dans les temps').or(display.getByText('En pause'))).toBeVisible();
  // 1:30 more for the statement (three times +30 s), then Resume, the clock standing still again.
  await desk.clock.setSystemTime(start + 10 * 60_000 - 1000);
  await desk.clock.pauseAt(start + 10 * 60_000);
  for (let i = 0; i < 3; i += 1) await desk.keyboard.press('+');
  await expect(consoleTimer).toHaveText('1:25');
  await desk.keyboard.press('Space');
  await expect(desk.getByRole('button', { name: 'Pause' })).toBeVisible();
  for (let spoken = 125; spoken <= 215; spoken += 1) {
    if (spoken > 125) await desk.clock.runFor(1000);
    await check(210, spoken, 'fr');
  }
});

test('a message near its limit shows its count while typing and fits on the display, in both languages too; the tabs tell the console from the display', async ({
  page,
  context,
}, testInfo: TestInfo) => {
  const { console: desk, display } = await openRoom(page, context);

  // Titles and icons: the console's tab names its area, the display's says it is the projector.
  await expect(desk).toHaveTitle('Moderator · Pre-sessions 30 · Session Desk');
  await expect(display).toHaveTitle('Room display (projector) · Pre-sessions 30');
  const icon = async (p: Page) => p.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '');
  const consoleIcon = await icon(desk);
  const displayIcon = await icon(display);
  expect(consoleIcon).not.toBe(displayIcon);
  for (const href of [consoleIcon, displayIcon]) {
    const response = await desk.request.get(href);
    expect(response.ok(), href).toBe(true);
    expect(await response.text()).toContain('<svg');
  }

  // Typing: the count shows, and the field stops at the limit rather than cutting the message later.
  await desk.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Room display' }).click();
  const field = desk.getByLabel('Your message');
  const sentence =
    'Distinguished delegates, the panel will take questions from the Permanent Missions after the last speaker; please keep your questions short so that all can speak';
  await field.fill(sentence.slice(0, 20));
  await expect(field).toHaveAccessibleDescription('20 of 160 characters');
  await field.fill(`${sentence} today, thank you.`);
  const kept = [...`${sentence} today, thank you.`].slice(0, 160).join('');
  await expect(field).toHaveValue(kept);
  await expect(field).toHaveAccessibleDescription('160 of 160 characters');
  await desk.getByRole('button', { name: 'Show message' }).click();
  const message = display.getByRole('status').filter({ hasText: 'Distinguished delegates' });
  await expect(message).toHaveText(`Message to the speaker: ${kept}`);

  // On the screen: every word inside its box and the screen, the timer still in view, at two sizes and in both languages.
  for (const bilingual of [false, true]) {
    await desk.getByRole('checkbox', { name: 'English and French together' }).setChecked(bilingual);
    await expect(display.getByText('État examiné')).toHaveCount(bilingual ? 1 : 0);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await display.setViewportSize(size);
      await display.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await overflowingText(display), `${size.width}×${size.height}${bilingual ? ', bilingual' : ''}`).toEqual([]);
      const timer = await display.getByRole('timer').boundingBox();
      expect(timer && timer.y + timer.height <= size.height && timer.height > size.height / 8).toBe(true);
      await display.screenshot({ path: testInfo.outputPath(`display-message-${size.width}${bilingual ? '-bilingual' : ''}.png`) });
    }
  }
  await expectNoSeriousA11yViolations(display, 'room display, bilingual, with a long message');
  await expectNoSeriousA11yViolations(desk, 'Room display page, message at its limit');
});
