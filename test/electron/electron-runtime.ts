// Finds the Electron executable without triggering its download: `require('electron')` would
// try to fetch the runtime from GitHub (and fail offline), so its files are checked directly.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronRuntime = { found: true; executablePath: string } | { found: false; reason: string };

export function findElectronRuntime(): ElectronRuntime {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not in node_modules' };
  }

  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const executablePath = path.join(override, relative ?? 'electron');
    return existsSync(executablePath)
      ? { found: true, executablePath }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH points at ${executablePath}, which does not exist` };
  }
  if (relative === null) {
    return { found: false, reason: `${pathFile} is missing: the Electron binary was never downloaded` };
  }
  const executablePath = path.join(packageDir, 'dist', relative);
  return existsSync(executablePath)
    ? { found: true, executablePath }
    : { found: false, reason: `${executablePath} does not exist: the Electron binary was never downloaded` };
}

/** Electron on Linux needs a display server; CI without one should use xvfb-run. */
export function missingDisplayReason(): string | null {
  if (process.platform !== 'linux') return null;
  if (process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']) return null;
  return 'no display server (DISPLAY and WAYLAND_DISPLAY are unset); run under xvfb-run';
}
