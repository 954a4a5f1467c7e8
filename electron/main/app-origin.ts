/**
 * The app's fixed origin. IndexedDB is keyed by origin, so this origin is part of the data
 * format: changing the scheme or host later strands every user's data unless a migration
 * copies it across (see electron#37702, where file:// origins changed under users' feet).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'session-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The hash route of the room display window itself (renderer/src/app/router.ts: 'display-window'). */
export const ROOM_DISPLAY_ROUTE = '#/display';

/**
 * Where a window loads the renderer. In development electron-vite serves it over http and
 * tells us where in ELECTRON_RENDERER_URL; otherwise our own protocol serves out/renderer.
 */
export function rendererUrl(devServerUrl: string | null, hash = ''): string {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  return `${base}${hash}`;
}

/**
 * True when `value` is a URL of the app itself: `app://session-desk/...`, or, in development
 * only, a URL on the dev server's origin.
 *
 * Node's URL reports the origin of a non-special scheme as "null", so the app scheme is
 * compared by protocol and host rather than by `origin`.
 */
export function isAppUrl(value: unknown, devServerUrl: string | null): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '') {
    return true;
  }
  if (devServerUrl === null) return false;
  try {
    const dev = new URL(devServerUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin;
  } catch {
    return false;
  }
}
