// timer.error.max and console.key.to.paint.p95: the moderator's console, measured through its screen.
import { percentile, speakingSlot } from './browser.mjs';
import { SLOW_MS, newDemoPage } from './setup.mjs';

const HOUR_MS = 3_600_000;

/** The demo's first session (Azerbaijan, 11 April 2018, 10:00) on the moderator console, with the opening speaking. */
async function openConsoleSpeaking(figure, clock) {
  const options = { viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' };
  // A clock the bench drives; or none (the fake clock stubs performance.mark), and the session chosen by hand.
  const { context, page } = await newDemoPage(figure, options, async (p) => {
    if (clock) await p.clock.install({ time: clock });
  });
  await page.getByRole('link', { name: 'Moderator' }).click();
  if (!clock) await page.getByRole('combobox', { name: 'Session' }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start' }).waitFor({ timeout: SLOW_MS });
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: SLOW_MS });
  return { context, page };
}

/** Lets the page finish what the clock set off (React commits through a MessageChannel task, not a timer). */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let hops = 2;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (--hops === 0 ? resolve() : channel.port2.postMessage(0));
        channel.port2.postMessage(0);
      }),
  );
}

/**
 * The largest gap, in ms, between the time shown and the clock, over a simulated hour: the clock
 * jumps ahead by irregular steps of 1 to 10 s (page.clock), and after each step the digits on screen are read
 * and compared with the speaking slot's record. A display "m:ss" stands for an interval of true
 * times (a countdown shows a started second whole); the error is how far the truth lies outside it.
 */
async function timerErrorOverAnHour(figure) {
  const { page } = await openConsoleSpeaking(figure, new Date('2018-04-11T09:59:50+02:00'));
  const slot = await speakingSlot(page);
  const startNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(startNow + 1000);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let simulated = 0;
  let worst = 0;
  let samples = 0;
  while (simulated < HOUR_MS) {
    const step = 1000 + Math.floor(random() * 9000);
    // fastForward: the clock jumps, as after a busy moment or a sleeping laptop; due timers fire once.
    await page.clock.fastForward(step);
    simulated += step;
    await settle(page);
    const { now, text } = await page.evaluate(() => ({ now: Date.now(), text: document.querySelector('[role="timer"]')?.textContent ?? '' }));
    const elapsed = slot.elapsedBeforeMs + (now - slot.startedAt);
    const left = slot.allottedSec * 1000 - elapsed;
    const match = /^(\+?)(\d+):(\d\d)$/.exec(text);
    if (!match) throw new Error(`Unreadable timer "${text}"`);
    const shown = Number(match[2]) * 60 + Number(match[3]);
    // Countdown "s" covers left in (s-1, s] seconds; overtime "+s" covers over in [s, s+1).
    const [low, high] = match[1] ? [-(shown + 1) * 1000, -shown * 1000] : [(shown - 1) * 1000, shown * 1000];
    const error = left < low ? low - left : left > high ? left - high : 0;
    worst = Math.max(worst, error);
    samples += 1;
  }
  return { worst, samples };
}

/**
 * From a keypress to the updated console on screen: the app marks `sd:console-painted` after the
 * frame that shows the new record (requestAnimationFrame, then a task); keydown times are taken
 * from the events themselves. Space (pause/resume), + and − each write to the database.
 */
async function keyToPaint(figure) {
  const { page } = await openConsoleSpeaking(figure, null);
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', (e) => window.__keys.push(e.timeStamp), { capture: true });
    performance.clearMarks('sd:console-painted');
  });
  const keys = ['Space', '+', 'Space', '-'];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press(keys[i % keys.length]);
    // The protocol: a key every 120 ms or so, as a moderator presses them.
    await page.waitForTimeout(120);
  }
  // The last key's frame on screen.
  await page.waitForFunction(
    () => {
      const last = window.__keys.at(-1);
      return last !== undefined && performance.getEntriesByName('sd:console-painted').some((m) => m.startTime >= last);
    },
    undefined,
    { timeout: SLOW_MS },
  );
  const delays = await page.evaluate(() => {
    const marks = performance.getEntriesByName('sd:console-painted').map((m) => m.startTime);
    return window.__keys.map((at) => {
      const painted = marks.find((m) => m >= at);
      return painted === undefined ? NaN : painted - at;
    });
  });
  return delays.filter(Number.isFinite);
}

async function timerError(figure, report) {
  const { worst, samples } = await timerErrorOverAnHour(figure);
  report('timer.error.max', worst, 'ms', `${samples} readings of the console's timer over a simulated hour (page.clock), vs. the record`);
}

async function consoleKeys(figure, report) {
  const delays = await keyToPaint(figure);
  report('console.key.to.paint.p95', percentile(delays, 95), 'ms', `${delays.length} keypresses (Space, +, −), keydown to the frame showing the change`);
}

export const moderatorFigures = [
  { ids: ['timer.error.max'], run: timerError },
  { ids: ['console.key.to.paint.p95'], run: consoleKeys },
];
