import path from 'node:path';

/**
 * The dev server URL that electron-vite puts in ELECTRON_RENDERER_URL during `npm start`.
 * Ignored in an installed app (an environment variable must not be able to point the app,
 * and its trusted IPC, at some other page), and accepted only on the loopback interface.
 */
export function devServerUrlFrom(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const value = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !loopback) return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * A separate data folder for development and the Electron smoke test, so that they never touch
 * the real series on the machine. Ignored in an installed app, like the dev server URL.
 */
export function userDataOverrideFrom(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const value = env['SESSION_DESK_USER_DATA'];
  if (isPackaged || value === undefined || !path.isAbsolute(value)) return null;
  return path.normalize(value);
}

export interface BuildPaths {
  /** out/preload/index.cjs: the sandboxed bridge. */
  preload: string;
  /** out/renderer: what the app protocol serves. */
  rendererRoot: string;
}

/** Where the other bundles sit relative to out/main, in development and inside the asar alike. */
export function buildPathsFrom(mainDir: string): BuildPaths {
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererRoot: path.join(mainDir, '..', 'renderer'),
  };
}

export interface DataPaths {
  backupsFolder: string;
  /** The backup key, as the OS keychain encrypted it (common/backup-keyring.ts). */
  backupKeyFile: string;
  logFile: string;
  windowStateFile: string;
}

export function dataPathsFrom(userData: string): DataPaths {
  return {
    backupsFolder: path.join(userData, 'backups'),
    backupKeyFile: path.join(userData, 'backup-key.json'),
    logFile: path.join(userData, 'session-desk.log'),
    windowStateFile: path.join(userData, 'window-state.json'),
  };
}
