// @vitest-environment node
// The main process's lifecycle and wiring (index.ts + composition.ts), run in plain Node against
// a fake `electron` module: what is registered before `ready`, what happens once ready, and how
// the app answers a second launch and its last window closing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../common/bridge-contract';

const fake = await vi.hoisted(async () => {
  // vi.hoisted runs before the imports above, so it loads what it needs itself.
  const { EventEmitter: Emitter } = await import('node:events');

  class FakeWebContents extends Emitter {
    openHandler: unknown;
    setWindowOpenHandler(handler: unknown) {
      this.openHandler = handler;
    }
    reload() {}
    getPrintersAsync() {
      return Promise.resolve([]);
    }
  }

  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    static fromWebContents() {
      return null;
    }
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    focused = 0;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    getNormalBounds() {
      return this.getBounds();
    }
  }

  const state = {
    lock: true,
    readyResolve: (() => undefined) as () => void,
    ready: Promise.resolve(),
    paths: {} as Record<string, string>,
    ipcListeners: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    FakeBrowserWindow,
  };

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getPath: (name: string) => state.paths[name] ?? `/fake/${name}`,
    setPath: (name: string, value: string) => {
      state.paths[name] = value;
    },
    requestSingleInstanceLock: () => state.lock,
    quit: () => undefined,
    getVersion: () => '0.1.0',
    whenReady: () => state.ready,
    isReady: () => true,
  });

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: (_schemes: unknown) => undefined, handle: (_s: string, _h: unknown) => undefined },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (_h: unknown) => undefined,
        setPermissionCheckHandler: (_h: unknown) => undefined,
        setDevicePermissionHandler: (_h: unknown) => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
        state.ipcListeners.set(channel, listener);
      },
      removeHandler: (channel: string) => state.ipcListeners.delete(channel),
    },
    screen: {
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 900 } }],
      getPrimaryDisplay: () => ({ id: 1 }),
      getDisplayMatching: () => ({ id: 1 }),
    },
    shell: { openExternal: () => Promise.resolve() },
    dialog: {},
    safeStorage: { isEncryptionAvailable: () => true, encryptString: (text: string) => Buffer.from(text), decryptString: (data: Buffer) => data.toString() },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

async function startMain(options: { lock?: boolean } = {}) {
  fake.state.lock = options.lock ?? true;
  fake.state.ready = new Promise<void>((resolve) => {
    fake.state.readyResolve = resolve;
  });
  await import('../../../electron/main/index');
}

async function becomeReady(options: { expectConsole?: boolean } = {}) {
  fake.state.readyResolve();
  // The console opens after reading its saved state from disk: wait until it exists.
  if (options.expectConsole ?? true) {
    await vi.waitFor(() => expect(fake.state.FakeBrowserWindow.created[0]?.loaded.length).toBe(1));
  } else {
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the main process lifecycle', () => {
  let spies: Record<string, ReturnType<typeof vi.spyOn>>;

  beforeEach(() => {
    vi.resetModules();
    fake.state.paths = {};
    fake.state.ipcListeners.clear();
    fake.state.FakeBrowserWindow.created = [];
    fake.electron.app.removeAllListeners();
    spies = {
      register: vi.spyOn(fake.electron.protocol, 'registerSchemesAsPrivileged'),
      handleProtocol: vi.spyOn(fake.electron.protocol, 'handle'),
      quit: vi.spyOn(fake.electron.app, 'quit'),
      permissionRequest: vi.spyOn(fake.electron.session.defaultSession, 'setPermissionRequestHandler'),
      permissionCheck: vi.spyOn(fake.electron.session.defaultSession, 'setPermissionCheckHandler'),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('before ready: registers the privileged app scheme and pins the data folder', async () => {
    await startMain();
    expect(spies.register).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.state.paths['userData']).toBe('/fake/appData/Session Desk');
    expect(spies.handleProtocol).not.toHaveBeenCalled();
    expect(fake.state.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('once ready: serves the app scheme, denies permissions, registers every channel, opens a secure console', async () => {
    await startMain();
    await becomeReady();

    expect(spies.handleProtocol).toHaveBeenCalledWith('app', expect.any(Function));
    expect(spies.permissionRequest).toHaveBeenCalledOnce();
    expect(spies.permissionCheck).toHaveBeenCalledOnce();
    expect([...fake.state.ipcListeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());

    const [consoleWindow] = fake.state.FakeBrowserWindow.created;
    expect(consoleWindow?.loaded).toEqual(['app://session-desk/index.html']);
    expect(consoleWindow?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
    });
    // hardenWindow ran on it.
    expect(consoleWindow?.webContents.openHandler).toBeTypeOf('function');
    expect(consoleWindow?.webContents.listenerCount('will-frame-navigate')).toBe(1);
    expect(consoleWindow?.webContents.listenerCount('render-process-gone')).toBe(1);
  });

  it('answers IPC from the app page and refuses it from anywhere else', async () => {
    await startMain();
    await becomeReady();
    const appInfo = fake.state.ipcListeners.get(IPC_CHANNELS.appInfo);
    const fromApp = { senderFrame: { url: 'app://session-desk/index.html', parent: null }, sender: {} };
    const fromWeb = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    await expect(appInfo?.(fromApp)).resolves.toMatchObject({ shell: 'electron', version: '0.1.0' });
    await expect(appInfo?.(fromWeb)).rejects.toThrow('untrusted-sender');
  });

  it('a second launch brings the console forward', async () => {
    await startMain();
    await becomeReady();
    fake.electron.app.emit('second-instance');
    expect(fake.state.FakeBrowserWindow.created[0]?.focused).toBe(1);
  });

  it('quits when the last window closes (Windows and Linux)', async () => {
    await startMain();
    await becomeReady();
    fake.electron.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(spies.quit).not.toHaveBeenCalled();
    else expect(spies.quit).toHaveBeenCalledOnce();
  });

  it('quits at once, opening nothing, when another Session Desk is already running', async () => {
    await startMain({ lock: false });
    await becomeReady({ expectConsole: false });
    expect(spies.quit).toHaveBeenCalledOnce();
    expect(fake.state.FakeBrowserWindow.created).toHaveLength(0);
    expect(fake.state.ipcListeners.size).toBe(0);
  });
});
