// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { PERMISSION_ALLOWLIST, installPermissionHandlers, isPermissionAllowed, type PermissionSessionLike } from '../../../electron/main/security/permissions';

const APP = 'app://session-desk/index.html';

/** Every permission name Electron 45 can ask about. */
const ELECTRON_PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'deprecated-sync-clipboard-read',
];

function fakeSession() {
  const handlers: {
    request?: Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0];
    check?: Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0];
    device?: Parameters<PermissionSessionLike['setDevicePermissionHandler']>[0];
  } = {};
  const session: PermissionSessionLike = {
    setPermissionRequestHandler: (h) => {
      handlers.request = h;
    },
    setPermissionCheckHandler: (h) => {
      handlers.check = h;
    },
    setDevicePermissionHandler: (h) => {
      handlers.device = h;
    },
  };
  return { session, handlers };
}

describe('the permission allowlist', () => {
  it('is minimal: clipboard writing, full screen and the camera', () => {
    expect([...PERMISSION_ALLOWLIST].sort()).toEqual(['clipboard-sanitized-write', 'fullscreen', 'media']);
  });

  it.each(ELECTRON_PERMISSIONS.filter((p) => !PERMISSION_ALLOWLIST.has(p)))('denies %s even to the app', (permission) => {
    expect(isPermissionAllowed({ permission, requestingUrl: APP, devServerUrl: null })).toBe(false);
  });

  it('grants the camera to the app for video only, never the microphone', () => {
    const media = (mediaTypes: string[] | undefined, requestingUrl = APP) =>
      isPermissionAllowed({ permission: 'media', requestingUrl, devServerUrl: null, mediaTypes });
    expect(media(['video'])).toBe(true);
    expect(media(['audio'])).toBe(false);
    expect(media(['video', 'audio'])).toBe(false);
    expect(media(['unknown'])).toBe(false);
    expect(media([])).toBe(false);
    expect(media(undefined)).toBe(false);
    expect(media(['video'], 'https://evil.example/')).toBe(false);
  });

  it('grants a listed permission to the app', () => {
    expect(isPermissionAllowed({ permission: 'fullscreen', requestingUrl: APP, devServerUrl: null })).toBe(true);
  });

  it.each(['https://evil.example/', 'app://other/index.html', 'file:///x.html', undefined])('denies a listed permission to %s', (requestingUrl) => {
    expect(isPermissionAllowed({ permission: 'fullscreen', requestingUrl, devServerUrl: null })).toBe(false);
  });
});

describe('installPermissionHandlers', () => {
  it('answers requests: media without its types denied and logged, full screen granted, camera granted', () => {
    const { session, handlers } = fakeSession();
    const log = { warn: vi.fn() };
    installPermissionHandlers(session, null, log);

    const camera = vi.fn();
    handlers.request?.({}, 'media', camera, { requestingUrl: APP });
    expect(camera).toHaveBeenCalledWith(false);
    expect(log.warn).toHaveBeenCalledWith('permission refused: media');

    const fullscreen = vi.fn();
    handlers.request?.({}, 'fullscreen', fullscreen, { requestingUrl: APP });
    expect(fullscreen).toHaveBeenCalledWith(true);

    const video = vi.fn();
    handlers.request?.({}, 'media', video, { requestingUrl: APP, mediaTypes: ['video'] });
    expect(video).toHaveBeenCalledWith(true);
    const microphone = vi.fn();
    handlers.request?.({}, 'media', microphone, { requestingUrl: APP, mediaTypes: ['audio'] });
    expect(microphone).toHaveBeenCalledWith(false);
  });

  it('answers checks by origin', () => {
    const { session, handlers } = fakeSession();
    installPermissionHandlers(session, null, { warn() {} });
    expect(handlers.check?.({}, 'notifications', 'app://session-desk', {})).toBe(false);
    expect(handlers.check?.({}, 'clipboard-sanitized-write', 'app://session-desk', {})).toBe(true);
    expect(handlers.check?.({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(handlers.check?.({}, 'media', 'app://session-desk', { mediaType: 'video' })).toBe(true);
    expect(handlers.check?.({}, 'media', 'app://session-desk', { mediaType: 'audio' })).toBe(false);
    expect(handlers.check?.({}, 'media', 'app://session-desk', {})).toBe(false);
  });

  it('refuses all device access (USB, HID, serial)', () => {
    const { session, handlers } = fakeSession();
    installPermissionHandlers(session, null, { warn() {} });
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://session-desk' })).toBe(false);
  });
});
