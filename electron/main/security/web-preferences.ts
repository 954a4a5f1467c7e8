import type { WebPreferences } from 'electron';

export interface SecureWebPreferencesOptions {
  /** Absolute path of the CJS preload bundle; omit for windows that get no bridge (printing). */
  preloadPath?: string;
  /** DevTools only in development: an installed app has no use for them in the room. */
  devTools: boolean;
}

/**
 * The one source of webPreferences for every window, following Electron's security
 * checklist. Each value is spelled out even where it is already Electron's default, so that a
 * change of default or a careless edit shows up here and in the tests.
 */
export function createSecureWebPreferences(options: SecureWebPreferencesOptions): WebPreferences {
  const preferences: WebPreferences = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    // Names of people at risk are typed here; the spellchecker may reach for online dictionaries.
    spellcheck: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
  if (options.preloadPath !== undefined) preferences.preload = options.preloadPath;
  return preferences;
}
