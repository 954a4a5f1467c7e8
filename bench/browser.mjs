// Shared set-up for the browser-mode figures: build once, serve on 127.0.0.1, launch Chromium.
// Each figure gets its own browser contexts through `forFigure()`, closed after it whatever
// happened, so that a figure that fails or hangs leaves nothing behind for the next one.
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { missingChromiumLine, resolveChromium } from '../scripts/chromium-path.mjs';
import { startStaticServer } from '../scripts/serve-static.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launchChromium() {
  const chosen = resolveChromium({
    playwrightPath: () => {
      try {
        return chromium.executablePath();
      } catch {
        return null;
      }
    },
  });
  if (!chosen.found) throw new Error(missingChromiumLine(chosen.reason));
  return chromium.launch({ executablePath: chosen.executablePath, args: CHROMIUM_ARGS });
}

export async function startBrowserMode() {
  await build({ configFile: fileURLToPath(new URL('../vite.web.config.ts', import.meta.url)), logLevel: 'error' });
  const port = Number(process.env.BENCH_PORT ?? 5197);
  // The build goes where vite.web.config.ts puts it: SESSION_DESK_WEB_OUT lets parallel runs keep apart.
  const root = process.env.SESSION_DESK_WEB_OUT ?? fileURLToPath(new URL('../out/web', import.meta.url));
  const server = await startStaticServer({ root, port });
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    /** The browser and a context factory for one figure; `done()` closes what the figure opened. */
    async forFigure() {
      // A browser that crashed (out of memory, killed) is started again rather than failing every later figure.
      if (!browser.isConnected()) browser = await launchChromium();
      const opened = [];
      const current = browser;
      return {
        url,
        browser: current,
        async newContext(options) {
          const context = await current.newContext(options);
          opened.push(context);
          return context;
        },
        async done() {
          await Promise.all(opened.map((context) => context.close().catch(() => undefined)));
        },
      };
    },
    async close() {
      await browser.close().catch(() => undefined);
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
