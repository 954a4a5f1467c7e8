// desk.search.20k.p95 and desk.checkin.commit.p95, measured on the Registration desk in
// browser mode over the demo plus 20,000 imported participants: from the key's dispatch in the
// page (the first listener, on window, in the capture phase) to the result in the page (the desk
// marks the React commit that put it in the DOM). That is the work a keystroke costs the app.
// The .painted figures are what a person waits: from the key's own time stamp (when the browser
// received it; here that includes Playwright's way to the page, a millisecond or several on a
// busy machine) to the next frame on screen, so they add the wait for the display's refresh
// (up to 16.7 ms at 60 Hz), which no code can shorten.
import { median, percentile } from './browser.mjs';
import { SLOW_MS, importUntimed, newDemoPage, syntheticFiles } from './setup.mjs';

const CHECK_INS = 40;

/** Until the page has had an idle moment: the desk warms its search up in one (requestIdleCallback). */
async function idle(page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })));
}

/** The demo series with 20,000 more participants, imported through the app's own import, on the desk. */
async function openDeskWith20k(figure) {
  const { csv } = await syntheticFiles();
  const { context, page } = await newDemoPage(figure);
  await importUntimed(page, csv);
  await page.getByRole('link', { name: 'Registration desk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Registration desk' }).waitFor({ timeout: SLOW_MS });
  // The demo's sessions are in 2018: none runs today, so the desk checks in to a chosen one.
  await page.getByRole('radio', { name: 'Choose sessions' }).check();
  await page.getByRole('checkbox').first().check();
  // Settled as a person finds it after reading the screen: the imported people are in the
  // desk's index (one is found), and the warm-up the desk runs when idle has run.
  const box = page.getByRole('searchbox', { name: 'Find a participant' });
  await box.fill('SYN-000001');
  await page.getByRole('listitem').filter({ hasText: 'Badge SYN-000001' }).first().waitFor({ timeout: SLOW_MS });
  await box.fill('');
  await idle(page);
  await idle(page);
  return { context, page };
}

/** Until the last results the desk put on screen are those of `query` (its own mark, after the frame). */
async function shown(page, query) {
  await page.waitForFunction((q) => performance.getEntriesByName('sd:desk-search-painted').at(-1)?.detail === q, query, { timeout: SLOW_MS });
}

/** Per keystroke: from the key event to that query's results committed and painted (marked by the desk). */
async function timeSearch(page, text) {
  const box = page.getByRole('searchbox', { name: 'Find a participant' });
  await box.fill('');
  await shown(page, '');
  await page.evaluate(() => {
    window.__keys = [];
    window.__listening ??=
      window.addEventListener('keydown', (e) => window.__keys.push({ received: e.timeStamp, dispatched: performance.now() }), { capture: true }) ?? true;
    performance.clearMarks('sd:desk-search-committed');
    performance.clearMarks('sd:desk-search-painted');
  });
  await box.focus();
  for (const ch of text) {
    // The protocol: slower than a scanner, as a person types, so the desk does not take it for a badge scan.
    await page.keyboard.type(ch);
    await page.waitForTimeout(150);
  }
  await shown(page, text);
  return page.evaluate((typed) => {
    const after = (name, query, at) => {
      const mark = performance.getEntriesByName(name).find((m) => m.detail === query && m.startTime >= at);
      return mark ? mark.startTime - at : NaN;
    };
    return window.__keys.map((key, i) => {
      const query = typed.slice(0, i + 1);
      return { committed: after('sd:desk-search-committed', query, key.dispatched), painted: after('sd:desk-search-painted', query, key.received) };
    });
  }, text);
}

/** From the Enter that checks a person in to the outcome on screen, the write committed before it. */
async function timeCheckIn(page, badgeCode) {
  const box = page.getByRole('searchbox', { name: 'Find a participant' });
  await box.fill(badgeCode);
  await page
    .getByRole('listitem')
    .filter({ hasText: `Badge ${badgeCode}` })
    .waitFor({ timeout: SLOW_MS });
  // The row's results on screen: Enter then acts on what the person sees.
  await shown(page, badgeCode);
  await page.evaluate(() => {
    window.__enter = null;
    window.__enterListening ??=
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') window.__enter = { received: e.timeStamp, dispatched: performance.now() };
        },
        { capture: true },
      ) ?? true;
    performance.clearMarks('sd:desk-checkin-committed');
    performance.clearMarks('sd:desk-checkin-painted');
  });
  await box.press('Enter');
  // This Enter's outcome on screen: the desk marks it after the frame (the marks were cleared
  // above, so an earlier check-in's notice, still shown, cannot pass for it).
  await page.waitForFunction(() => performance.getEntriesByName('sd:desk-checkin-painted').length > 0, undefined, { timeout: SLOW_MS });
  return page.evaluate(() => {
    const after = (name, at) => {
      const mark = window.__enter && performance.getEntriesByName(name).find((m) => m.startTime >= at);
      return mark ? mark.startTime - at : NaN;
    };
    if (!window.__enter) return { committed: NaN, painted: NaN };
    return { committed: after('sd:desk-checkin-committed', window.__enter.dispatched), painted: after('sd:desk-checkin-painted', window.__enter.received) };
  });
}

async function search(figure, report) {
  const { page } = await openDeskWith20k(figure);
  const keys = [];
  // What a desk types in a morning: surnames, first and last names, organisations, a State, badge
  // codes, typos (muler, lefevr, trore) and words nobody has (mision: no such organisation).
  const QUERIES = [
    'gonzalez',
    'mision permanente',
    'cote',
    'SYN-012345',
    'zoe muler 7',
    'fatou diallo',
    'amnesty',
    'chloe lefevr',
    'kouassi',
    'SYN-004711',
    'human rights watch',
    'trore aminata',
  ];
  for (const query of QUERIES) keys.push(...(await timeSearch(page, query)));
  const typed = keys.map((k) => k.committed).filter(Number.isFinite);
  const typedPainted = keys.map((k) => k.painted).filter(Number.isFinite);
  report(
    'desk.search.20k.p95',
    percentile(typed, 95),
    'ms',
    `${typed.length} of ${keys.length} keystrokes over 20,000+ participants, key dispatched to ranked results in the page (median ${median(typed)?.toFixed(1)})`,
  );
  report('desk.search.20k.painted.p95', percentile(typedPainted, 95), 'ms', `the same keystrokes, key received to the next frame on screen`);
}

async function checkIn(figure, report) {
  const { page } = await openDeskWith20k(figure);
  const checkIns = [];
  for (let i = 0; i < CHECK_INS; i += 1) checkIns.push(await timeCheckIn(page, `SYN-${String(1 + i * 487).padStart(6, '0')}`));
  const committed = checkIns.map((c) => c.committed).filter(Number.isFinite);
  const painted = checkIns.map((c) => c.painted).filter(Number.isFinite);
  report(
    'desk.checkin.commit.p95',
    percentile(committed, 95),
    'ms',
    `${committed.length} of ${checkIns.length} check-ins by Enter, Enter dispatched to the outcome in the page, the write committed before it (median ${median(committed)?.toFixed(1)})`,
  );
  report('desk.checkin.commit.painted.p95', percentile(painted, 95), 'ms', `the same check-ins, Enter received to the next frame on screen`);
}

/**
 * What strict durability costs a check-in's write, alone: one check-in record per transaction in
 * a scratch database of the page, strict and relaxed in turn, so that a busy machine weighs on
 * both alike.
 */
async function durability(figure, report) {
  const { page } = await newDemoPage(figure);
  const durability = await page.evaluate(async (rounds) => {
    const open = indexedDB.open('bench-durability', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('checkIns', { keyPath: 'id' });
    const db = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const commit = (mode, i) =>
      new Promise((resolve, reject) => {
        const start = performance.now();
        const tx = db.transaction('checkIns', 'readwrite', { durability: mode });
        tx.objectStore('checkIns').add({
          id: `${mode}-${i}`,
          seriesId: 's',
          participantId: `p${i}`,
          sessionId: 'x',
          at: Date.now(),
          station: 'desk-1',
          method: 'code',
          kind: 'check-in',
          undoes: null,
        });
        tx.oncomplete = () => resolve(performance.now() - start);
        tx.onerror = () => reject(tx.error);
      });
    const times = { strict: [], relaxed: [] };
    for (let i = 0; i < rounds; i += 1) {
      for (const mode of i % 2 === 0 ? ['strict', 'relaxed'] : ['relaxed', 'strict']) times[mode].push(await commit(mode, i));
    }
    db.close();
    indexedDB.deleteDatabase('bench-durability');
    return times;
  }, 60);
  report(
    'idb.commit.strict.p95',
    percentile(durability.strict, 95),
    'ms',
    `one check-in record per transaction, strict durability (flushed to the disk), 60 in turn with relaxed (median ${median(durability.strict)?.toFixed(1)})`,
  );
  report(
    'idb.commit.relaxed.p95',
    percentile(durability.relaxed, 95),
    'ms',
    `the same writes, relaxed durability (median ${median(durability.relaxed)?.toFixed(1)})`,
  );
}

export const deskFigures = [
  { ids: ['desk.search.20k.p95', 'desk.search.20k.painted.p95'], run: search },
  { ids: ['desk.checkin.commit.p95', 'desk.checkin.commit.painted.p95'], run: checkIn },
  { ids: ['idb.commit.strict.p95', 'idb.commit.relaxed.p95'], run: durability },
];
