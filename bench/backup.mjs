// backup.write.20k and backup.size.20k: a backup of a series with 20,000 participants, taken
// from Settings → Back up now in browser mode: the snapshot read from IndexedDB, serialized and
// written by the browser Host into the origin-private file system. Timed from the click to the
// confirmation on screen, as the person waits for it.
import { median } from './browser.mjs';
import { SLOW_MS, newDemoPage } from './setup.mjs';

const PARTICIPANTS = 20_000;
const RUNS = 5;

/** 20,000 participants in the demo series, written straight into IndexedDB (the import is benched elsewhere). */
async function seedParticipants(page, count) {
  await page.evaluate(async (n) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('session-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const seriesId = await new Promise((resolve) => {
      const get = db.transaction('settings').objectStore('settings').get('currentSeriesId');
      get.onsuccess = () => resolve(get.result.value);
    });
    const categories = ['cso', 'cso', 'cso', 'nhri', 'mission', 'un-io', 'media'];
    const tx = db.transaction('participants', 'readwrite');
    const store = tx.objectStore('participants');
    for (let i = 0; i < n; i += 1) {
      const category = categories[i % categories.length];
      store.put({
        id: `bench-${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`,
        seriesId,
        name: `Participant Bench ${i} Ngozi-Émilie Okonkwo-Lefèvre`,
        organisation: `Organisation for Human Rights and Civic Space number ${i % 900}`,
        category,
        scope: category === 'cso' ? (i % 2 ? 'national' : 'international') : null,
        gender: i % 3 === 0 ? 'woman' : i % 3 === 1 ? 'man' : null,
        stateCode: category === 'mission' ? 'FRA' : 'AZE',
        email: `participant.${i}@example.org`,
        phone: `+41 22 555 ${String(i % 10_000).padStart(4, '0')}`,
        badgeCode: `BENCH-${String(i).padStart(5, '0')}`,
        confidential: i % 17 === 0,
        plateConsent: false,
        registrations: [],
        createdAt: 1_523_000_000_000 + i,
        updatedAt: 1_523_000_000_000 + i,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

async function newestBackupSize(page) {
  return page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
    const names = [];
    for await (const name of folder.keys()) names.push(name);
    names.sort();
    const last = names.at(-1);
    return last ? (await (await folder.getFileHandle(last)).getFile()).size : NaN;
  });
}

async function backup(figure, report) {
  const { page } = await newDemoPage(figure);
  await seedParticipants(page, PARTICIPANTS);
  await page.reload({ timeout: SLOW_MS });
  await page.getByRole('link', { name: 'Settings' }).click();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    // Each run waits for the previous notice to go, so that the next one is this run's.
    const saved = page.getByText('A backup was saved.');
    const close = page.getByRole('status').getByRole('button', { name: 'Close' });
    if (await close.isVisible()) await close.click();
    await saved.waitFor({ state: 'hidden', timeout: SLOW_MS });
    const start = Date.now();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await saved.waitFor({ timeout: SLOW_MS });
    times.push(Date.now() - start);
  }
  report('backup.write.20k', median(times), 'ms', `median of ${RUNS}, click to confirmation: snapshot + serialize + OPFS write (${times.join(', ')})`);
  const size = await newestBackupSize(page);
  report(
    'backup.size.20k',
    size,
    'bytes',
    `${(size / 1024 / 1024).toFixed(1)} MB for ${PARTICIPANTS.toLocaleString('en')} participants and the demo programme`,
  );
}

export const backupFigures = [{ ids: ['backup.write.20k', 'backup.size.20k'], run: backup }];
