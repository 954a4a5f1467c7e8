// @vitest-environment node
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { IpcRejection, registerIpcHandlers, type IpcHandler, type IpcMainLike } from '../../../electron/main/ipc/registry';
import { isTrustedSender } from '../../../electron/main/security/trusted-sender';

interface FakeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

/** A stand-in for ipcMain that lets a test invoke a channel the way a renderer would. */
class FakeIpcMain implements IpcMainLike<FakeEvent> {
  readonly listeners = new Map<string, (event: FakeEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: FakeEvent, ...args: unknown[]) => unknown): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  async invoke(channel: string, event: FakeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

const fromApp: FakeEvent = { senderFrame: { url: 'app://session-desk/index.html#/desk', parent: null } };
const fromWeb: FakeEvent = { senderFrame: { url: 'https://evil.example/', parent: null } };
const fromNowhere: FakeEvent = { senderFrame: null };

function setup() {
  const ipcMain = new FakeIpcMain();
  const log = { warn: vi.fn(), error: vi.fn() };
  const handle = vi.fn((payload: { fileName: string; count: number }) => `wrote ${payload.fileName} x${payload.count}`);
  const handler: IpcHandler<z.ZodType, unknown, FakeEvent> = {
    channel: 'backup:write',
    parse: z.object({ fileName: z.string().regex(/^[a-z]+\.json$/), count: z.number().int() }),
    handle,
  };
  const unregister = registerIpcHandlers(ipcMain, [handler], {
    isTrustedSender: (event) => isTrustedSender(event, null),
    log,
  });
  return { ipcMain, log, handle, unregister };
}

describe('registerIpcHandlers', () => {
  it('passes a parsed payload from a trusted sender to the handler and returns its result', async () => {
    const { ipcMain, handle } = setup();
    await expect(ipcMain.invoke('backup:write', fromApp, { fileName: 'a.json', count: 2 })).resolves.toBe('wrote a.json x2');
    expect(handle).toHaveBeenCalledWith({ fileName: 'a.json', count: 2 }, fromApp);
  });

  it('strips keys the schema does not know before the handler sees them', async () => {
    const { ipcMain, handle } = setup();
    await ipcMain.invoke('backup:write', fromApp, { fileName: 'a.json', count: 1, path: '/etc/passwd' });
    expect(handle.mock.calls[0]?.[0]).toEqual({ fileName: 'a.json', count: 1 });
  });

  it.each([
    ['a page on another origin', fromWeb],
    ['a frame that no longer exists', fromNowhere],
    ['a sub-frame of the app', { senderFrame: { url: 'app://session-desk/index.html', parent: {} } }],
  ])('rejects %s without calling the handler', async (_label, event) => {
    const { ipcMain, handle, log } = setup();
    const result = ipcMain.invoke('backup:write', event, { fileName: 'a.json', count: 1 });
    await expect(result).rejects.toBeInstanceOf(IpcRejection);
    await expect(result).rejects.toMatchObject({ reason: 'untrusted-sender' });
    expect(handle).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith('ipc backup:write: refused, untrusted sender');
  });

  it.each([
    ['no payload', []],
    ['a string instead of an object', ['a.json']],
    ['a path for a name', [{ fileName: '../a.json', count: 1 }]],
    ['a wrong type', [{ fileName: 'a.json', count: '1' }]],
    ['a fraction', [{ fileName: 'a.json', count: 1.5 }]],
    ['a missing field', [{ fileName: 'a.json' }]],
    ['two arguments', [{ fileName: 'a.json', count: 1 }, { extra: true }]],
  ])('rejects %s without calling the handler', async (_label, args) => {
    const { ipcMain, handle, log } = setup();
    await expect(ipcMain.invoke('backup:write', fromApp, ...args)).rejects.toMatchObject({ reason: 'invalid-payload' });
    expect(handle).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('logs where the payload failed, never what it contained', async () => {
    const { ipcMain, log } = setup();
    await ipcMain.invoke('backup:write', fromApp, { fileName: 'Secret Name Of A Panellist', count: 1 }).catch(() => undefined);
    const message = String(log.warn.mock.calls[0]?.[0]);
    expect(message).toContain('fileName');
    expect(message).not.toContain('Panellist');
  });

  it('passes a handler failure on to the renderer and logs it', async () => {
    const ipcMain = new FakeIpcMain();
    const log = { warn: vi.fn(), error: vi.fn() };
    registerIpcHandlers(ipcMain, [{ channel: 'app:info', parse: z.undefined(), handle: () => Promise.reject(new TypeError('disk full')) }], {
      isTrustedSender: () => true,
      log,
    });
    await expect(ipcMain.invoke('app:info', fromApp)).rejects.toThrow('disk full');
    expect(log.error).toHaveBeenCalledWith('ipc app:info: handler failed (TypeError)');
  });

  it('refuses to register a channel twice', () => {
    const handler: IpcHandler<z.ZodType, unknown, FakeEvent> = { channel: 'app:info', parse: z.undefined(), handle: () => 1 };
    expect(() => registerIpcHandlers(new FakeIpcMain(), [handler, handler], { isTrustedSender: () => true, log: { warn() {}, error() {} } })).toThrow(
      'IPC channel registered twice: app:info',
    );
  });

  it('removes its handlers when asked', async () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });
});
