import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host } from './host';

declare const __APP_VERSION__: string;

/** Picks the Host once at start: the preload bridge when Electron put it there, else the browser. */
export function detectHost(): Host {
  const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
  return window.sessionDesk ? createElectronHost(window.sessionDesk) : createBrowserHost(version);
}
