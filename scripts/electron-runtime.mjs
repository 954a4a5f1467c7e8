// Finds the Electron executable without triggering its download: `require('electron')` would
// try to fetch the runtime from GitHub (and hang or fail offline), so its files are checked
// directly, in the order Electron and electron-vite look for them. Shared by `npm start`
// (scripts/start.mjs) and the Electron smoke test (test/electron/).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The electron package's folder, or null where it is not installed. */
export function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Where the runtime is, or why there is none. Everything it reads comes in as parameters so
 * that tests can stage each case without touching node_modules.
 */
export function findElectronRuntime({
  packageDir = electronPackageDir(),
  env = process.env,
  exists = existsSync,
  readText = (file) => readFileSync(file, 'utf8'),
} = {}) {
  // electron-vite launches ELECTRON_EXEC_PATH when it is set, whatever the package holds.
  const execPath = env.ELECTRON_EXEC_PATH;
  if (execPath) {
    return exists(execPath)
      ? { found: true, executablePath: execPath }
      : { found: false, reason: `ELECTRON_EXEC_PATH points at ${execPath}, which does not exist` };
  }
  if (packageDir === null) return { found: false, reason: 'the electron package is not in node_modules' };

  const pathFile = path.join(packageDir, 'path.txt');
  // path.txt is written by Electron's download, naming the binary inside dist/.
  const relative = exists(pathFile) ? readText(pathFile).trim() || null : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executablePath = path.join(override, relative ?? 'electron');
    return exists(executablePath)
      ? { found: true, executablePath }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH points at ${executablePath}, which does not exist` };
  }
  if (relative === null) return { found: false, reason: 'the Electron binary was never downloaded' };
  const executablePath = path.join(packageDir, 'dist', relative);
  return exists(executablePath)
    ? { found: true, executablePath }
    : { found: false, reason: `${executablePath} does not exist: the Electron binary was never downloaded` };
}

/** Electron on Linux needs a display server; without one it exits at once. */
export function missingDisplayReason({ platform = process.platform, env = process.env } = {}) {
  if (platform !== 'linux') return null;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no display server: DISPLAY and WAYLAND_DISPLAY are unset';
}
