import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC_CHANNELS } from '../../common/bridge-contract';
import { findElectronRuntime, missingDisplayReason } from '../../scripts/electron-runtime.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const builtMain = path.join(repoRoot, 'out', 'main', 'index.js');

const runtime = findElectronRuntime();
const displayProblem = missingDisplayReason();

const skipReason = !runtime.found
  ? `Electron runtime not installed (${runtime.reason}); ` + 'run `npx install-electron` where the network allows the download from GitHub'
  : displayProblem !== null
    ? `Electron cannot open a window here: ${displayProblem}; run under xvfb-run`
    : null;

// The list reporter does not print skip reasons, so say it where a person reading the run sees it.
if (skipReason !== null) console.warn(`[electron smoke] SKIPPED: ${skipReason}`);

test.describe('Electron smoke test', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let dataFolder: string;

  test.beforeAll(async () => {
    if (!runtime.found) return;
    if (!existsSync(builtMain)) {
      throw new Error(`${builtMain} is missing: run \`npm run build\` before the Electron smoke test`);
    }
    dataFolder = await mkdtemp(path.join(tmpdir(), 'session-desk-smoke-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    // Load the built app from app://, not a dev server, and keep the real data folder untouched.
    delete env['ELECTRON_RENDERER_URL'];
    env['SESSION_DESK_USER_DATA'] = dataFolder;

    app = await electron.launch({ executablePath: runtime.executablePath, args: [repoRoot], env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataFolder) await rm(dataFolder, { recursive: true, force: true });
  });

  test('the console window loads the app from its fixed origin', async () => {
    expect(page.url()).toMatch(/^app:\/\/session-desk\/index\.html/);
    await expect(page).toHaveTitle(/Session Desk/);
    await expect(page.getByRole('heading').first()).toBeVisible();
  });

  test('the page has the bridge and nothing of Node', async () => {
    const globals = await page.evaluate(() => ({
      bridgeKeys: window.sessionDesk ? Object.keys(window.sessionDesk).sort() : null,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(globals.bridgeKeys).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.module).toBe('undefined');
  });

  test('the bridge answers through main, which checks what it is sent', async () => {
    const info = await page.evaluate(() => window.sessionDesk?.appInfo());
    expect(info).toMatchObject({ shell: 'electron', dataFolder });

    const refused = await page.evaluate(() =>
      window.sessionDesk?.writeBackup({ seriesId: '../escape', reason: 'auto', json: '{}' }).then(
        () => 'written',
        (error: unknown) => String(error),
      ),
    );
    expect(refused).toContain('invalid-payload');
  });

  test('navigation away from the app is blocked', async () => {
    // A blocked navigation never commits, so there is nothing to see in the page: watch main
    // instead. This listener is added after the hardening one, so it sees the event cancelled.
    await app.evaluate(({ BrowserWindow }) => {
      const seen: { url: string; prevented: boolean }[] = [];
      (globalThis as { __navigations?: typeof seen }).__navigations = seen;
      BrowserWindow.getAllWindows()[0]?.webContents.on('will-frame-navigate', (event) => {
        seen.push({ url: event.url, prevented: event.defaultPrevented });
      });
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect
      .poll(() => app.evaluate(() => (globalThis as { __navigations?: { url: string; prevented: boolean }[] }).__navigations ?? []))
      .toContainEqual({ url: 'https://example.com/', prevented: true });
    const urls = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()));
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^app:\/\/session-desk\//);
  });

  test('window.open creates no window', async () => {
    // A file: URL: not a web link, so it is not even handed to the system browser.
    const opened = await page.evaluate(() => window.open('file:///etc/passwd') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
