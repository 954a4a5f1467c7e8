// load.demo.interactive and db.open.20k: how fast the app is usable in browser mode.
import { median } from './browser.mjs';
import { SLOW_MS, newDemoPage } from './setup.mjs';

/** Waits until the demo programme is on screen and returns the page's clock then (ms since navigation). */
async function timeToDemoProgramme(page) {
  return page
    .waitForFunction(() => document.querySelectorAll('.session-card').length === 12 && performance.now(), undefined, { polling: 'raf', timeout: SLOW_MS })
    .then((h) => h.jsonValue());
}

async function loadDemo(figure, report) {
  const { page } = await newDemoPage(figure, {});
  const loads = [];
  for (let i = 0; i < 7; i += 1) {
    await page.goto(`${figure.url}?run=${i}#/programme`, { timeout: SLOW_MS });
    loads.push(await timeToDemoProgramme(page));
  }
  report('load.demo.interactive', median(loads), 'ms', 'median of 7 loads, navigation to the demo programme on screen');
}

async function openStore(figure, report) {
  const { page } = await newDemoPage(figure, {});
  // 20,000 participants in the current series, written straight into IndexedDB.
  await page.evaluate(async (count) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('session-desk');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const seriesId = await new Promise((resolve) => {
      const r = db.transaction('settings').objectStore('settings').get('currentSeriesId');
      r.onsuccess = () => resolve(r.result.value);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('participants', 'readwrite');
      const store = tx.objectStore('participants');
      for (let i = 0; i < count; i += 1) {
        store.put({
          id: crypto.randomUUID(),
          seriesId,
          name: `Bench Person ${i}`,
          organisation: `Organisation ${i % 500}`,
          category: i % 3 === 0 ? 'mission' : 'cso',
          scope: null,
          gender: null,
          stateCode: 'CHE',
          email: '',
          phone: '',
          badgeCode: `B${String(i).padStart(6, '0')}`,
          confidential: false,
          plateConsent: false,
          registrations: [],
          createdAt: 0,
          updatedAt: 0,
        });
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, 20_000);

  const opens = [];
  for (let i = 0; i < 7; i += 1) {
    await page.goto(`${figure.url}?open=${i}#/programme`, { timeout: SLOW_MS });
    await timeToDemoProgramme(page);
    opens.push(await page.evaluate(() => performance.getEntriesByName('sd:db-open')[0]?.duration ?? NaN));
  }
  report('db.open.20k', median(opens), 'ms', 'median of 7 opens of the store holding 20,000 participants');
}

export const loadFigures = [
  { ids: ['load.demo.interactive'], run: loadDemo },
  { ids: ['db.open.20k'], run: openStore },
];
