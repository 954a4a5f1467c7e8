// @vitest-environment node
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-origin';
import { hardenWindow, type HardenableWebContents } from '../../../electron/main/security/harden-window';

/** A webContents stand-in that records listeners and the window-open handler. */
class FakeWebContents extends EventEmitter implements HardenableWebContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

function setup() {
  const webContents = new FakeWebContents();
  const deps = { isAppUrl: (url: string) => isAppUrl(url, null), openExternal: vi.fn(), log: { warn: vi.fn() } };
  const win = hardenWindow({ webContents }, deps);
  return { win, webContents, deps };
}

describe('hardenWindow', () => {
  it('lets the app navigate within itself', () => {
    const { webContents } = setup();
    const event = navigation('app://session-desk/index.html#/moderator');
    webContents.emit('will-frame-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other-app/index.html',
    'data:text/html,<h1>hi</h1>',
    'javascript:alert(1)',
  ])('blocks navigation to %s', (url) => {
    const { webContents, deps } = setup();
    const event = navigation(url);
    webContents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(deps.log.warn).toHaveBeenCalledOnce();
  });

  it('logs only the scheme and host of a blocked navigation', () => {
    const { webContents, deps } = setup();
    webContents.emit('will-frame-navigate', navigation('https://evil.example/steal?name=Jane%20Doe'));
    expect(deps.log.warn).toHaveBeenCalledWith('navigation blocked to https://evil.example');
  });

  it('blocks a redirect away from the app', () => {
    const { webContents } = setup();
    const event = navigation('https://evil.example/');
    webContents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('refuses every <webview>', () => {
    const { webContents } = setup();
    const event = { preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', event, {}, { src: 'app://session-desk/index.html' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('never opens a window, but sends a web link to the system browser', () => {
    const { webContents, deps } = setup();
    expect(webContents.openHandler?.({ url: 'https://www.upr-info.org/en' })).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledWith('https://www.upr-info.org/en');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@evil.example/', 'app://session-desk/index.html', '\\\\server\\share'])(
    'drops window.open(%j) without opening anything',
    (url) => {
      const { webContents, deps } = setup();
      expect(webContents.openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );
});
