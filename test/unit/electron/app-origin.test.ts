// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, ROOM_DISPLAY_ROUTE, isAppUrl, rendererUrl } from '../../../electron/main/app-origin';
import { buildPathsFrom, dataPathsFrom, devServerUrlFrom, userDataOverrideFrom } from '../../../electron/main/environment';
import { isTrustedSender } from '../../../electron/main/security/trusted-sender';

const DEV = 'http://localhost:5173/';

describe('the app origin', () => {
  it('is fixed, because IndexedDB data is keyed by it', () => {
    expect(APP_ORIGIN).toBe('app://session-desk');
    expect(rendererUrl(null)).toBe('app://session-desk/index.html');
    expect(rendererUrl(null, ROOM_DISPLAY_ROUTE)).toBe('app://session-desk/index.html#/display');
    expect(rendererUrl(DEV, ROOM_DISPLAY_ROUTE)).toBe('http://localhost:5173/#/display');
  });

  it.each(['app://session-desk/index.html', 'app://session-desk/index.html#/moderator', 'app://session-desk/assets/index-abc.js?v=1'])(
    'recognises %s as the app',
    (url) => {
      expect(isAppUrl(url, null)).toBe(true);
    },
  );

  it.each([
    'app://evil/index.html',
    'app://session-desk.evil.example/index.html',
    'app://session-desk:8080/index.html',
    'app://user@session-desk/index.html',
    'https://session-desk/index.html',
    'file:///app/out/renderer/index.html',
    'http://localhost:5173/',
    'data:text/html,hi',
    'about:blank',
    '',
  ])('does not take %s for the app', (url) => {
    expect(isAppUrl(url, null)).toBe(false);
  });

  it('accepts the dev server origin only when there is a dev server', () => {
    expect(isAppUrl('http://localhost:5173/#/desk', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
  });
});

describe('devServerUrlFrom', () => {
  it('reads ELECTRON_RENDERER_URL in development', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(DEV);
  });

  it('ignores it in an installed app, so that no environment variable can repoint the app', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
  });

  it.each(['https://evil.example/', 'http://192.168.1.20:5173/', 'file:///tmp/index.html', 'http://u:p@localhost/', 'nonsense'])(
    'refuses a dev server at %s (loopback http only)',
    (url) => {
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: url }, false)).toBeNull();
    },
  );

  it('is null when the variable is absent', () => {
    expect(devServerUrlFrom({}, false)).toBeNull();
  });
});

describe('userDataOverrideFrom', () => {
  it('lets development and tests use their own data folder', () => {
    expect(userDataOverrideFrom({ SESSION_DESK_USER_DATA: '/tmp/sd-test' }, false)).toBe('/tmp/sd-test');
  });

  it('is ignored in an installed app and for relative paths', () => {
    expect(userDataOverrideFrom({ SESSION_DESK_USER_DATA: '/tmp/sd-test' }, true)).toBeNull();
    expect(userDataOverrideFrom({ SESSION_DESK_USER_DATA: 'relative/dir' }, false)).toBeNull();
    expect(userDataOverrideFrom({}, false)).toBeNull();
  });
});

describe('build and data paths', () => {
  it('finds the preload and renderer beside out/main', () => {
    expect(buildPathsFrom('/app/out/main')).toEqual({
      preload: '/app/out/preload/index.cjs',
      rendererRoot: '/app/out/renderer',
    });
  });

  it('keeps backups, the log and the window state in the data folder', () => {
    expect(dataPathsFrom('/home/u/.config/Session Desk')).toEqual({
      backupsFolder: '/home/u/.config/Session Desk/backups',
      backupKeyFile: '/home/u/.config/Session Desk/backup-key.json',
      logFile: '/home/u/.config/Session Desk/session-desk.log',
      windowStateFile: '/home/u/.config/Session Desk/window-state.json',
    });
  });
});

describe('isTrustedSender', () => {
  const top = (url: string) => ({ senderFrame: { url, parent: null } });

  it('trusts the top frame of an app page', () => {
    expect(isTrustedSender(top('app://session-desk/index.html#/desk'), null)).toBe(true);
  });

  it('trusts the dev server only in development', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), DEV)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/'), null)).toBe(false);
  });

  it('refuses a message whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null }, null)).toBe(false);
  });

  it('refuses a sub-frame, even on the app origin', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://session-desk/index.html', parent: {} } }, null)).toBe(false);
  });

  it.each(['https://evil.example/', 'app://evil/index.html', 'file:///etc/passwd', 'data:text/html,x', 'about:blank'])('refuses a frame at %s', (url) => {
    expect(isTrustedSender(top(url), DEV)).toBe(false);
  });
});
