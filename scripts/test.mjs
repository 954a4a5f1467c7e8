// npm test: type-check, unit tests (Vitest), end-to-end tests (Playwright in Chromium, browser mode)
// and the Electron smoke test (skipped, with its reason, where the Electron runtime is missing).
// Ends with one line "N passed, N failed, N skipped" summed from the runners' JSON reports,
// so that a run that executed no test shows as such.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { missingChromiumLine, resolveChromium } from './chromium-path.mjs';

// Without Chromium the end-to-end tests would fail one by one, each with Playwright's long
// error. The run cannot pass without them, so it stops at once with the one thing to do
// (`npm run test:unit` still runs the unit tests alone), and still ends with the line CI reads.
const browser = resolveChromium({
  playwrightPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      return null;
    }
  },
});
if (!browser.found) {
  console.log(missingChromiumLine(browser.reason));
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
function run(label, args) {
  console.log(`\n=== ${label} ===`);
  const { status } = spawnSync(npx, args, { stdio: 'inherit', env: process.env });
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const steps = [];
// Three TypeScript projects: the renderer (DOM, no Node), Node (main, preload, scripts), the tests.
steps.push(['typecheck', ['web', 'node', 'test'].every((project) => run(`Type-check (${project})`, ['tsc', '-p', `tsconfig.${project}.json`]))]);
steps.push(['unit', run('Unit tests (Vitest)', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`])]);
steps.push(['e2e', run('End-to-end tests (Playwright, browser mode)', ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts'])]);
// The Electron build must succeed everywhere, even where the runtime to launch it is missing.
steps.push(['electron-build', run('Electron build (main, preload, renderer)', ['electron-vite', 'build'])]);
steps.push(['electron', run('Electron smoke test', ['playwright', 'test', '--config', 'test/electron/playwright.config.ts'])]);

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = readJson(`${results}/unit.json`);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  failed += 1;
  console.error('No Vitest report was written: counting the unit run as failed.');
}
for (const report of ['e2e.json', 'electron.json']) {
  const json = readJson(`${results}/${report}`);
  if (!json?.stats) {
    failed += 1;
    console.error(`No Playwright report ${report} was written: counting that run as failed.`);
    continue;
  }
  passed += (json.stats.expected ?? 0) + (json.stats.flaky ?? 0);
  failed += json.stats.unexpected ?? 0;
  skipped += json.stats.skipped ?? 0;
}
// A failed step with no failing test (a type error, a crashed runner) still fails the run.
const brokenSteps = steps.filter(([, ok]) => !ok).map(([name]) => name);
if (brokenSteps.length > 0) console.error(`\nSteps that failed: ${brokenSteps.join(', ')}`);
if (brokenSteps.includes('typecheck')) failed += 1;
if (!existsSync(`${results}/e2e.json`)) console.error('The end-to-end run wrote no report.');

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(brokenSteps.length > 0 || failed > 0 ? 1 : 0);
