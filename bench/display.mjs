// display.follow.p95, display.follow.dom.p95, display.tick.late.p95 and display.cpu.running: the room display window,
// measured through its own screen beside the moderator's console (two pages of one context).
import { percentile, speakingSlot } from './browser.mjs';
import { SLOW_MS, newDemoPage } from './setup.mjs';

const CPU_WINDOW_MS = 10_000;
// Long enough for 25 seconds shown: the p95 of fewer would be their maximum.
const TICK_WINDOW_MS = 25_000;

/** Epoch ms (sub-millisecond) of each performance mark of that name in the page: comparable across pages. */
async function markTimes(page, name) {
  return page.evaluate((mark) => performance.getEntriesByName(mark).map((m) => performance.timeOrigin + m.startTime), name);
}

/**
 * The console on the demo's first session with the opening speaking, and the room display as a
 * second page. No fake clock: the figures are about real time (and the fake clock stubs marks).
 */
async function openRoom(figure) {
  const { context, page: desk } = await newDemoPage(figure, { viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
  await desk.getByRole('link', { name: 'Moderator' }).click();
  await desk.getByRole('combobox', { name: 'Session' }).selectOption({ index: 1 });
  await desk.getByRole('button', { name: 'Start' }).waitFor({ timeout: SLOW_MS });
  await desk.keyboard.press('Space');
  await desk.getByRole('button', { name: 'Pause' }).waitFor({ timeout: SLOW_MS });
  // The display finds the session by its live slot (the demo's dates are past: none runs by the clock).
  const display = await context.newPage();
  await display.setViewportSize({ width: 1920, height: 1080 });
  await display.goto(`${figure.url}#/display`, { timeout: SLOW_MS });
  await display.getByRole('timer').waitFor({ timeout: SLOW_MS });
  // The display in front (as on its own screen): a hidden tab gets no animation frames. Keys
  // still reach the console, whose handler broadcasts without waiting for a frame of its own.
  await display.bringToFront();
  await display.waitForFunction(() => document.querySelector('.rd-timer.caption-normal') !== null, undefined, { timeout: SLOW_MS });
  return { context, desk, display };
}

/**
 * From a console action to the display's frame showing it. Actions: Space (pause / resume:
 * the console broadcasts the slots its plan gives) and Blackout on and off (the display state).
 * The console's times: the keydown's own timestamp, and the `sd:display-command` mark of a
 * display control; the display marks `sd:display-painted` after the frame that shows a change
 * (requestAnimationFrame, then a task). Both as epoch ms, so the two pages compare. Actions are
 * 300 ms apart, so that the record's slower echo (Dexie, ~90 ms) of one action is never taken
 * for the paint of the next.
 */
async function follow(desk, display) {
  const blackout = desk.getByRole('button', { name: 'Blackout' });
  // A few unmeasured actions first: the first ones also pay for compiling the code they run.
  for (let i = 0; i < 4; i += 1) {
    if (i % 2 === 1) await blackout.click();
    else await desk.keyboard.press('Space');
    await desk.waitForTimeout(300);
  }
  await desk.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', (e) => window.__keys.push(performance.timeOrigin + e.timeStamp), { capture: true });
    performance.clearMarks('sd:display-command');
  });
  await desk.evaluate(() => performance.clearMarks('sd:display-sent'));
  await display.evaluate(() => {
    performance.clearMarks('sd:display-painted');
    performance.clearMarks('sd:display-dom');
    performance.clearMarks('sd:display-received');
  });
  for (let i = 0; i < 40; i += 1) {
    if (i % 4 === 3) await blackout.click();
    else await desk.keyboard.press('Space');
    await desk.waitForTimeout(300);
  }
  // The last action's frame on the display (actions are 300 ms apart, so this is rarely a wait).
  const lastAction = Math.max(...(await desk.evaluate(() => window.__keys)), ...(await markTimes(desk, 'sd:display-command')));
  await display.waitForFunction(
    (at) => performance.getEntriesByName('sd:display-painted').some((m) => performance.timeOrigin + m.startTime >= at),
    lastAction,
    { timeout: SLOW_MS },
  );
  const actions = [...(await desk.evaluate(() => window.__keys)), ...(await markTimes(desk, 'sd:display-command'))].sort((a, b) => a - b);
  const delays = (marks) =>
    actions
      .slice(0, 40)
      .map((at) => {
        const shown = marks.find((p) => p >= at);
        return shown === undefined ? NaN : shown - at;
      })
      .filter(Number.isFinite);
  // Where the time goes: the console's own share (keypress to the message sent) and the
  // display's (message received to its DOM); the rest is the channel and the wait for the
  // display's main thread.
  const keys = (await desk.evaluate(() => window.__keys)).sort((a, b) => a - b);
  const sent = await markTimes(desk, 'sd:display-sent');
  const dom = await markTimes(display, 'sd:display-dom');
  const received = await markTimes(display, 'sd:display-received');
  const after = (from, marks) => from.map((at) => (marks.find((m) => m >= at) ?? NaN) - at).filter(Number.isFinite);
  return {
    painted: delays(await markTimes(display, 'sd:display-painted')),
    dom: delays(dom),
    send: after(keys, sent),
    handle: after(received, dom),
  };
}

/**
 * How late the shown second changes: the display marks `sd:display-tick` in the first animation
 * frame after it rendered a new second; the true change is when the remaining time crosses a
 * whole second (from the slot's record). The difference, per tick, over a few seconds.
 */
async function tickLateness(display) {
  const slot = await speakingSlot(display);
  await display.evaluate(() => performance.clearMarks('sd:display-tick'));
  await display.waitForTimeout(TICK_WINDOW_MS);
  const ticks = await markTimes(display, 'sd:display-tick');
  // The shown second changes when `allotted - elapsedBefore - (t - startedAt)` crosses a multiple of 1000.
  const origin = slot.startedAt + slot.allottedSec * 1000 - slot.elapsedBeforeMs;
  return ticks.map((t) => {
    const sinceBoundary = (((t - origin) % 1000) + 1000) % 1000;
    return sinceBoundary;
  });
}

/**
 * Main-thread CPU of the display while a timer runs: Chrome's own task accounting through CDP
 * (`Performance.getMetrics`: TaskDuration, the seconds the renderer's main thread spent in
 * tasks: script, style, layout, paint), sampled before and after CPU_WINDOW_MS of a running
 * timer with the console's page closed, as a share of one core. The compositor thread (which
 * runs the progress bar's CSS animation) is not in it: the note adds the renderer process's CPU
 * time (CDP SystemInfo.getProcessInfo, all its threads) over the same window for that.
 */
async function cpuWhileRunning(browser, display) {
  const cdp = await display.context().newCDPSession(display);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const browserCdp = await browser.newBrowserCDPSession();
  const rendererCpu = async () => {
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0);
  };
  const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? 0;
  // The protocol: a second for the closed console's work to drain, then the window itself.
  await display.waitForTimeout(1000);
  const before = (await cdp.send('Performance.getMetrics')).metrics;
  const processBefore = await rendererCpu();
  const start = Date.now();
  await display.waitForTimeout(CPU_WINDOW_MS);
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  const processAfter = await rendererCpu();
  const wallSeconds = (Date.now() - start) / 1000;
  const task = metric(after, 'TaskDuration') - metric(before, 'TaskDuration');
  const script = metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration');
  await browserCdp.detach();
  await cdp.detach();
  return {
    mainThread: (task / wallSeconds) * 100,
    script: (script / wallSeconds) * 100,
    process: ((processAfter - processBefore) / wallSeconds) * 100,
    wallSeconds,
  };
}

async function followFigure(figure, report) {
  const { desk, display } = await openRoom(figure);
  const { painted, dom, send, handle } = await follow(desk, display);
  report('display.follow.p95', percentile(painted, 95), 'ms', `${painted.length} console actions (Space, Blackout), action to the display's frame showing it`);
  report(
    'display.follow.dom.p95',
    percentile(dom, 95),
    'ms',
    `the same ${dom.length} actions, action to the display's DOM showing it; of which keypress to message sent p95 ${percentile(send, 95).toFixed(1)} ms, message received to DOM p95 ${percentile(handle, 95).toFixed(1)} ms`,
  );
}

async function tickFigure(figure, report) {
  const { display } = await openRoom(figure);
  const late = await tickLateness(display);
  report('display.tick.late.p95', percentile(late, 95), 'ms', `${late.length} seconds shown, true second to the first frame showing it`);
}

async function cpuFigure(figure, report) {
  const { desk, display } = await openRoom(figure);
  await desk.close();
  const cpu = await cpuWhileRunning(figure.browser, display);
  report(
    'display.cpu.running',
    cpu.mainThread,
    '%',
    `main thread, ${cpu.wallSeconds.toFixed(0)} s of a running timer (CDP TaskDuration; script ${cpu.script.toFixed(2)} %; whole renderer process ${cpu.process.toFixed(1)} %)`,
  );
}

export const displayFigures = [
  { ids: ['display.follow.p95', 'display.follow.dom.p95'], run: followFigure },
  { ids: ['display.tick.late.p95'], run: tickFigure },
  { ids: ['display.cpu.running'], run: cpuFigure },
];
