// sync.*: several stations on the venue network, in browser mode. Each station is its own
// persistent Chromium profile behind its own link to its own server running the hub module
// (test/e2e/stations/: the very harness the stations e2e specs use), all on 127.0.0.1.
//   sync.checkin.to.console.p95   Enter at the desk (station A) to station B's console showing the panellist arrived
//   sync.display.remote.follow.p95 a console action (A) to a display-only page (another profile), through the hub
//   sync.offline.converge          two stations cut apart, 500 writes each, one relaunched offline, link back:
//                                  seconds until both stores agree, with lost and duplicated counts
//   sync.silent.drop.detect        seconds from the link dropping every byte (sockets open) to "Offline"
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { percentile } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { root, configFile: false, logLevel: 'error' })).module;

const SAMPLES = 20;
const WRITES_PER_STATION = 500;

/** Epoch ms of the frame after the text of `selector`'s element matching `pattern` appears in the page (a MutationObserver). */
async function watchText(page, pattern) {
  await page.evaluate((source) => {
    const re = new RegExp(source);
    window.__seen = [];
    window.__watch?.disconnect();
    let was = re.test(document.body.innerText);
    window.__watch = new MutationObserver(() => {
      const now = re.test(document.body.innerText);
      if (now && !was) requestAnimationFrame(() => setTimeout(() => window.__seen.push(performance.timeOrigin + performance.now()), 0));
      was = now;
    });
    window.__watch.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, pattern.source);
}

async function chooseFirstSession(desk) {
  await desk.getByRole('radio', { name: 'Choose sessions' }).check();
  await desk.getByRole('checkbox').first().check();
}

async function checkInTimes(a, b, report) {
  const { nav } = await load('../test/e2e/stations/stations.ts');
  await nav(a.page, 'Registration desk');
  await chooseFirstSession(a.page);
  await nav(b.page, 'Moderator');
  await b.page.getByRole('combobox', { name: 'Session' }).selectOption({ index: 1 });
  const search = a.page.getByRole('searchbox', { name: 'Find a participant' });
  await a.page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', (e) => e.key === 'Enter' && window.__keys.push(performance.timeOrigin + e.timeStamp), { capture: true });
  });
  const times = [];
  const stages = { commit: [], wire: [], store: [] };
  const lastMark = (page, name) =>
    page.evaluate((n) => {
      const m = performance.getEntriesByName(n).at(-1);
      return m ? performance.timeOrigin + m.startTime : NaN;
    }, name);
  for (let i = 0; i < SAMPLES + 3; i += 1) {
    await search.fill('PS30-0001');
    await a.page.getByRole('listitem').filter({ hasText: 'Badge PS30-0001' }).first().waitFor();
    const before = await b.page.evaluate(() => document.querySelectorAll('.arrival.arrived').length);
    await b.page.evaluate((n) => {
      window.__arrived = null;
      const check = () => {
        if (document.querySelectorAll('.arrival.arrived').length > n)
          requestAnimationFrame(() => setTimeout(() => (window.__arrived = performance.timeOrigin + performance.now()), 0));
        else requestAnimationFrame(check);
      };
      check();
    }, before);
    await search.press('Enter');
    await b.page.waitForFunction(() => window.__arrived !== null, null, { timeout: 10_000 });
    const [pressed, shown] = await Promise.all([a.page.evaluate(() => window.__keys.at(-1)), b.page.evaluate(() => window.__arrived)]);
    if (i >= 3) {
      times.push(shown - pressed);
      const [sent, received, stored] = await Promise.all([
        lastMark(a.page, 'sd:sync-sent'),
        lastMark(b.page, 'sd:sync-received'),
        lastMark(b.page, 'sd:sync-stored'),
      ]);
      stages.commit.push(sent - pressed);
      stages.wire.push(received - sent);
      stages.store.push(stored - received);
    }
    // Undone, for the next sample.
    await a.page.getByRole('button', { name: 'Undo check-in', exact: true }).click();
    await a.page.getByRole('status').filter({ hasText: 'undone' }).waitFor();
    await b.page.waitForFunction((n) => document.querySelectorAll('.arrival.arrived').length <= n, before);
  }
  const med = (list) => percentile(list, 50).toFixed(1);
  report(
    'sync.checkin.to.console.p95',
    percentile(times, 95),
    'ms',
    `${times.length} check-ins, median ${med(times)} ms: desk commit ${med(stages.commit)}, through the hub ${med(stages.wire)}, into the console's store ${med(stages.store)}, then the screen`,
  );
}

async function displayFollow(lab, a, report) {
  const { nav } = await load('../test/e2e/stations/stations.ts');
  await nav(a.page, 'Settings');
  await a.page.getByRole('button', { name: 'Create display link' }).click();
  const url =
    (await a.page
      .getByRole('link', { name: /\/display\?s=/ })
      .first()
      .textContent()) ?? '';
  // A speaker on: the display shows the session being spoken in (the demo's dates are past).
  await nav(a.page, 'Moderator');
  await a.page.getByRole('combobox', { name: 'Session' }).selectOption({ index: 1 });
  await a.page.keyboard.press('Space');
  await a.page.getByRole('button', { name: 'Pause' }).waitFor();
  // The venue's PC: a profile of its own that holds nothing of the series.
  const venue = await lab.station('venue-pc');
  await venue.page.goto(url);
  await venue.page.getByRole('timer').waitFor({ timeout: 20_000 });
  await a.page.evaluate(() => {
    window.__keys = [];
    document.addEventListener('keydown', (e) => e.key === ' ' && window.__keys.push(performance.timeOrigin + e.timeStamp), { capture: true });
  });
  const times = [];
  const published_ = [];
  for (let i = 0; i < SAMPLES + 3; i += 1) {
    const marks = await venue.page.evaluate(() => performance.getEntriesByName('sd:remote-display-painted').length);
    const publishes = await a.page.evaluate(() => performance.getEntriesByName('sd:display-published').length);
    await a.page.keyboard.press('Space');
    await venue.page.waitForFunction((n) => performance.getEntriesByName('sd:remote-display-painted').length > n, marks, { timeout: 10_000 });
    // The echo of the record (the console's own write read back) may paint a second time: let it pass.
    await a.page.waitForTimeout(400);
    const [pressed, published, painted] = await Promise.all([
      a.page.evaluate(() => window.__keys.at(-1)),
      // The first publish after the key (the record's echo publishes again later).
      a.page.evaluate((n) => performance.timeOrigin + performance.getEntriesByName('sd:display-published')[n].startTime, publishes),
      venue.page.evaluate((n) => performance.timeOrigin + performance.getEntriesByName('sd:remote-display-painted')[n].startTime, marks),
    ]);
    if (i >= 3) {
      times.push(painted - pressed);
      published_.push(published - pressed);
    }
  }
  report(
    'sync.display.remote.follow.p95',
    percentile(times, 95),
    'ms',
    `${times.length} console actions, median ${percentile(times, 50).toFixed(1)} ms (published into the series ${percentile(published_, 50).toFixed(1)} ms after the key)`,
  );
}

async function silentDrop(a, b, report) {
  const { syncStatus } = await load('../test/e2e/stations/stations.ts');
  const seconds = [];
  for (let i = 0; i < 3; i += 1) {
    await syncStatus(b.page).filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await watchText(b.page, /Offline since/);
    const dropped = Date.now();
    a.ingress.silence();
    await b.page.waitForFunction(() => window.__seen.length > 0, null, { timeout: 60_000 });
    seconds.push(((await b.page.evaluate(() => window.__seen[0])) - dropped) / 1000);
    a.ingress.restore();
  }
  report('sync.silent.drop.detect', Math.max(...seconds), 's', `worst of ${seconds.length}: ${seconds.map((s) => s.toFixed(2)).join(', ')}`);
}

/** How many check-in events (check-ins and undos) the station's store holds. */
function countCheckIns(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('session-desk');
        open.onsuccess = () => {
          const count = open.result.transaction('checkIns').objectStore('checkIns').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

async function untilCount(page, expected) {
  for (let i = 0; i < 500; i += 1) {
    if ((await countCheckIns(page)) >= expected) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the store never held ${expected} check-in events`);
}

/**
 * Station `s` writes `count` changes while cut off: 60 % at the desk (each person in turn is
 * checked in, or, when this station has them present, their check-in undone), the rest reorders
 * of the first session's slots in the programme. Each write is awaited in the store.
 */
async function writeWhileOffline(s, count, codes) {
  const { nav } = await load('../test/e2e/stations/stations.ts');
  let writes = 0;
  await nav(s.page, 'Registration desk');
  await chooseFirstSession(s.page);
  const search = s.page.getByRole('searchbox', { name: 'Find a participant' });
  const present = new Set();
  let expected = await countCheckIns(s.page);
  for (let n = 0; writes < count * 0.6; n += 1) {
    const code = codes[n % codes.length];
    await search.fill(code);
    const row = s.page
      .getByRole('listitem')
      .filter({ hasText: `Badge ${code}` })
      .first();
    await row.waitFor();
    if (present.has(code)) {
      await row.getByRole('button', { name: /^Undo check-in of / }).click();
      present.delete(code);
    } else {
      await search.press('Enter');
      present.add(code);
    }
    expected += 1;
    writes += 1;
    await untilCount(s.page, expected);
  }
  await nav(s.page, 'Programme');
  await s.page
    .getByRole('link', { name: /Azerbaijan/ })
    .first()
    .click();
  while (writes < count) {
    await s.page
      .getByRole('button', { name: /^Move .* down$/ })
      .nth(writes % 3)
      .click();
    writes += 1;
  }
  return writes;
}

async function converge(lab, a, b, report) {
  const { readStore } = await load('../test/e2e/stations/store-probe.ts');
  const { syncStatus } = await load('../test/e2e/stations/stations.ts');
  await syncStatus(b.page).filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
  const codes = await a.page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('session-desk');
        open.onsuccess = () => {
          const all = open.result.transaction('participants').objectStore('participants').getAll();
          all.onsuccess = () =>
            resolve(
              all.result
                .map((p) => p.badgeCode)
                .filter(Boolean)
                .sort()
                .slice(0, 120),
            );
        };
      }),
  );
  a.ingress.cut();
  await syncStatus(b.page).filter({ hasText: 'Offline' }).waitFor({ timeout: 30_000 });
  const [writtenA, writtenB] = [await writeWhileOffline(a, WRITES_PER_STATION, codes), await writeWhileOffline(b, WRITES_PER_STATION, [...codes].reverse())];
  const storeA = await readStore(a.page);
  // B is closed and opened again, still offline.
  await b.relaunch();
  await syncStatus(b.page).filter({ hasText: 'Offline' }).waitFor({ timeout: 30_000 });
  const storeB = await readStore(b.page);
  const expected = new Set([...storeA.checkIns, ...storeB.checkIns]);
  const started = Date.now();
  a.ingress.restore();
  let seconds = NaN;
  let finalA = null;
  let finalB = null;
  while (Date.now() - started < 120_000) {
    [finalA, finalB] = await Promise.all([readStore(a.page), readStore(b.page)]);
    if (JSON.stringify(finalA) === JSON.stringify(finalB) && finalA.checkIns.length >= expected.size) {
      seconds = (Date.now() - started) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const lost = [...expected].filter((id) => !finalA.checkIns.includes(id) || !finalB.checkIns.includes(id)).length;
  const extra = Math.max(0, finalA.checkIns.length - expected.size);
  const orders = new Map();
  // Two slots of one session with the same order key: their order would be undecided.
  for (const slot of finalA.slots) orders.set(`${slot.sessionId} ${slot.order}`, (orders.get(`${slot.sessionId} ${slot.order}`) ?? 0) + 1);
  const duplicated = extra + [...orders.values()].filter((c) => c > 1).length;
  report('sync.offline.converge', seconds, 's', `${writtenA} + ${writtenB} writes; lost ${lost}, duplicated ${duplicated}`);
}

/**
 * Two stations sharing the demo series (A the console that shares it, B a desk that joined),
 * set up for one figure and closed after it, so that a figure that fails leaves the next one a
 * clean start.
 */
function withStations(measure) {
  return async (_figure, report) => {
    const { StationLab, shareDemo, joinWith } = await load('../test/e2e/stations/stations.ts');
    const lab = new StationLab();
    try {
      const a = await lab.station('console');
      const b = await lab.station('desk');
      const code = await shareDemo(a, 'Room XXIV console');
      await joinWith(b, code, 'Desk 1');
      await measure(lab, a, b, report);
    } finally {
      await lab.close();
    }
  };
}

export const syncFigures = [
  { ids: ['sync.checkin.to.console.p95'], run: withStations((_lab, a, b, report) => checkInTimes(b, a, report)) },
  { ids: ['sync.display.remote.follow.p95'], run: withStations((lab, a, _b, report) => displayFollow(lab, a, report)) },
  { ids: ['sync.silent.drop.detect'], run: withStations((_lab, a, b, report) => silentDrop(a, b, report)) },
  { ids: ['sync.offline.converge'], run: withStations((lab, a, b, report) => converge(lab, a, b, report)) },
];
