import { defineConfig } from '@playwright/test';
import { resolveChromium } from '../../scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 5188);
/** Debian's Chromium here; Playwright's own browser where a developer has installed it (scripts/chromium-path.mjs). */
const chromiumPath = resolveChromium().executablePath;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Limits that hold on a busy 2-core machine (CI, or a laptop building at the same time): about
  // eight times what a test takes here under moderate load. The default covers tests of up to
  // 15 s; longer ones set their own with test.setTimeout. A limit only costs time when a test
  // fails, so generous is cheap; waiting on conditions, never on the clock, keeps them honest.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  outputDir: '../../test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 820 },
    locale: 'en-GB',
    timezoneId: 'Europe/Zurich',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/web.mjs`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
