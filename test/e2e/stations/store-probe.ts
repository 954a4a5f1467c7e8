/** Reads a station's store directly (IndexedDB in its page), to compare stations record by record. */
import type { Page } from '@playwright/test';

export interface StoreSummary {
  checkIns: string[];
  slots: Array<{ id: string; sessionId: string; order: string; status: string; log: number }>;
  participants: Array<{ id: string; name: string; email: string }>;
}

export async function readStore(page: Page): Promise<StoreSummary> {
  return page.evaluate(
    () =>
      new Promise<StoreSummary>((resolve, reject) => {
        const request = indexedDB.open('session-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['checkIns', 'slots', 'participants'], 'readonly');
          const all = (name: string) =>
            new Promise<unknown[]>((res) => {
              const r = tx.objectStore(name).getAll();
              r.onsuccess = () => res(r.result as unknown[]);
            });
          void Promise.all([all('checkIns'), all('slots'), all('participants')]).then(([c, s, p]) => {
            db.close();
            resolve({
              checkIns: (c as Array<{ id: string }>).map((x) => x.id).sort(),
              slots: (s as Array<{ id: string; sessionId: string; order: string; status: string; log: unknown[] }>)
                .map((x) => ({ id: x.id, sessionId: x.sessionId, order: x.order, status: x.status, log: x.log.length }))
                .sort((a, b) => a.id.localeCompare(b.id)),
              participants: (p as Array<{ id: string; name: string; email: string }>)
                .map((x) => ({ id: x.id, name: x.name, email: x.email }))
                .sort((a, b) => a.id.localeCompare(b.id)),
            });
          });
        };
      }),
  );
}

/** The names of the stations this store says hold a room's console (series settings "…console.<room>"). */
export async function readConsoleHolders(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('session-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const r = db.transaction('settings', 'readonly').objectStore('settings').getAll();
          r.onsuccess = () => {
            db.close();
            const rows = r.result as Array<{ key: string; value: unknown }>;
            resolve(
              rows
                .filter((row) => /:console\.[0-9a-f]+$/.test(row.key))
                .map((row) => (row.value as { stationName?: string } | null)?.stationName ?? '')
                .sort(),
            );
          };
        };
      }),
  );
}
