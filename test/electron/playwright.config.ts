// The Electron smoke test: `npm run build && npm run test:electron`. It needs the Electron
// runtime, which `npx install-electron` downloads where GitHub is reachable (electron 45 has no
// install script: `npm install` does not); where it is missing the test is skipped and says why.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
  outputDir: '../../test-results/electron',
});
