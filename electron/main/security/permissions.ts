import { isAppUrl } from '../app-origin';

/**
 * The permissions the renderer may have, and nothing else. Every entry says why it is
 * needed; a permission that is not listed here is refused, whoever asks.
 *
 * Deliberately absent: the microphone (see 'media' below), geolocation, notifications, midi,
 * hid/serial/usb, display-capture, openExternal (links go through the bridge and its URL
 * check instead).
 */
export const PERMISSION_ALLOWLIST: ReadonlySet<string> = new Set([
  // navigator.clipboard.writeText: copy a participant list or a report to paste elsewhere.
  'clipboard-sanitized-write',
  // element.requestFullscreen(): the room display can be put full screen from the page too.
  'fullscreen',
  // getUserMedia({ video }): the registration desk reads QR badges with the laptop camera.
  // Video only: a request or check that names audio (or no media type) is refused below.
  'media',
]);

export interface PermissionContext {
  /** The permission name as Electron gives it, e.g. "media" or "notifications". */
  permission: string;
  /** URL of the page asking (details.requestingUrl) or its origin (requestingOrigin). */
  requestingUrl: string | undefined;
  /** The dev server's URL in development, null in an installed app. */
  devServerUrl: string | null;
  /** For 'media': what is asked for (details.mediaTypes of a request, details.mediaType of a check). */
  mediaTypes?: readonly string[];
}

/** Grant only listed permissions, and only to the app's own pages. */
export function isPermissionAllowed(context: PermissionContext): boolean {
  if (!PERMISSION_ALLOWLIST.has(context.permission)) return false;
  if (context.permission === 'media') {
    const types = context.mediaTypes ?? [];
    if (types.length === 0 || types.some((t) => t !== 'video')) return false;
  }
  return isAppUrl(context.requestingUrl, context.devServerUrl);
}

/** The subset of Electron's Session that the permission handlers are installed on. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string; mediaTypes?: string[] },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

export interface PermissionLogger {
  warn(message: string): void;
}

/**
 * Deny by default. Electron grants most permissions when no handler is set, so both the
 * request handler (asked when a page requests) and the check handler (asked when a page
 * queries the state) are installed, and device access (USB, HID, serial) is refused outright.
 */
export function installPermissionHandlers(session: PermissionSessionLike, devServerUrl: string | null, log: PermissionLogger): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const granted = isPermissionAllowed({ permission, requestingUrl: details.requestingUrl, devServerUrl, mediaTypes: details.mediaTypes });
    if (!granted) log.warn(`permission refused: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    const mediaType = (details as { mediaType?: unknown } | null)?.mediaType;
    const mediaTypes = typeof mediaType === 'string' ? [mediaType] : undefined;
    return isPermissionAllowed({ permission, requestingUrl: requestingOrigin, devServerUrl, mediaTypes });
  });
  session.setDevicePermissionHandler(() => false);
}
