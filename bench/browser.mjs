// Shared set-up for the browser-mode figures: build once, serve on 127.0.0.1, launch Chromium.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startStaticServer } from '../scripts/serve-static.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function startBrowserMode() {
  await build({ configFile: fileURLToPath(new URL('../vite.web.config.ts', import.meta.url)), logLevel: 'error' });
  const port = Number(process.env.BENCH_PORT ?? 5197);
  // The build goes where vite.web.config.ts puts it: SESSION_DESK_WEB_OUT lets parallel runs keep apart.
  const root = process.env.SESSION_DESK_WEB_OUT ?? fileURLToPath(new URL('../out/web', import.meta.url));
  const server = await startStaticServer({ root, port });
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values) {
  return percentile(values, 50);
}

/** The speaking slot's timer fields, read from the store. */
export async function speakingSlot(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open('session-desk');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const all = r.result.transaction('slots').objectStore('slots').getAll();
          all.onsuccess = () => resolve(all.result.find((s) => s.status === 'speaking'));
        };
      }),
  );
}
