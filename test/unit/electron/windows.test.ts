// @vitest-environment node
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Rect } from '../../../electron/main/window-state';
import { createRoomDisplayWindowController, type RoomDisplayWindowLike } from '../../../electron/main/windows/room-display-window';
import type { DisplayLike } from '../../../electron/main/windows/pick-display';
import { createPrintDocumentStore } from '../../../electron/main/printing/print-documents';
import { createPrintRunner, type PrintWindowLike } from '../../../electron/main/printing/print-window';

class FakeRoomDisplayWindow extends EventEmitter implements RoomDisplayWindowLike {
  destroyed = false;
  readonly calls: string[] = [];
  constructor(readonly bounds: Rect) {
    super();
  }
  isDestroyed = () => this.destroyed;
  focus = () => void this.calls.push('focus');
  show = () => void this.calls.push('show');
  setFullScreen = (flag: boolean) => void this.calls.push(`fullscreen:${flag}`);
  loadURL = async (url: string) => void this.calls.push(`load:${url}`);
  close = () => {
    this.calls.push('close');
    this.destroyed = true;
    this.emit('closed');
  };
}

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

function setupDisplay(displays: DisplayLike[]) {
  const created: FakeRoomDisplayWindow[] = [];
  const controller = createRoomDisplayWindowController({
    createWindow: (bounds) => {
      const win = new FakeRoomDisplayWindow(bounds);
      created.push(win);
      return win;
    },
    getDisplays: () => displays,
    getPrimaryDisplayId: () => 1,
    getConsoleDisplayId: () => 1,
    url: 'app://session-desk/index.html#/display',
    log: { warn: vi.fn() },
  });
  return { controller, created };
}

describe('the room display window', () => {
  it('opens full screen on the projector, once shown', () => {
    const { controller, created } = setupDisplay([laptop, projector]);
    controller.open();
    const win = created[0];
    expect(win?.bounds).toEqual(projector.bounds);
    expect(win?.calls).toEqual(['load:app://session-desk/index.html#/display']);
    win?.emit('ready-to-show');
    expect(win?.calls.slice(1)).toEqual(['show', 'fullscreen:true']);
  });

  it('opens as a window, not full screen, when there is only the laptop', () => {
    const { controller, created } = setupDisplay([laptop]);
    controller.open();
    created[0]?.emit('ready-to-show');
    expect(created[0]?.calls).not.toContain('fullscreen:true');
  });

  it('brings the open display forward instead of opening a second one', () => {
    const { controller, created } = setupDisplay([laptop, projector]);
    controller.open();
    controller.open();
    expect(created).toHaveLength(1);
    expect(created[0]?.calls).toContain('focus');
  });

  it('closes it, and opens a fresh one next time', () => {
    const { controller, created } = setupDisplay([laptop, projector]);
    controller.open();
    controller.close();
    expect(controller.isOpen()).toBe(false);
    controller.open();
    expect(created).toHaveLength(2);
  });

  it('forgets a display the user closed by hand', () => {
    const { controller, created } = setupDisplay([laptop, projector]);
    controller.open();
    created[0]?.close();
    expect(controller.isOpen()).toBe(false);
  });
});

describe('the print runner', () => {
  function setupPrint(loadFails = false) {
    const store = createPrintDocumentStore(() => '0f8fad5b-d9cb-469f-a165-70867728950e');
    const win: PrintWindowLike & { destroyed: boolean; loaded: string[] } = {
      destroyed: false,
      loaded: [],
      loadURL: async (url) => {
        win.loaded.push(url);
        if (loadFails) throw new Error('ERR_FAILED');
      },
      isDestroyed: () => win.destroyed,
      destroy: () => {
        win.destroyed = true;
      },
      webContents: {
        print: vi.fn(),
        printToPDF: vi.fn(async () => new Uint8Array([1])),
        executeJavaScriptInIsolatedWorld: vi.fn(async () => true),
      },
    };
    const run = createPrintRunner({ store, createHiddenWindow: () => win, log: { warn: vi.fn() } });
    return { run, win, store };
  }

  it('loads the document from the app origin, runs the job, then destroys the window and forgets the document', async () => {
    const { run, win, store } = setupPrint();
    const seenDuringJob: Array<string | undefined> = [];
    const result = await run('<p>plate</p>', async () => {
      seenDuringJob.push(store.get('0f8fad5b-d9cb-469f-a165-70867728950e'));
      return 'done';
    });
    expect(result).toBe('done');
    expect(win.loaded).toEqual(['app://session-desk/__print-0f8fad5b-d9cb-469f-a165-70867728950e.html']);
    expect(seenDuringJob).toEqual(['<p>plate</p>']);
    expect(win.webContents.executeJavaScriptInIsolatedWorld).toHaveBeenCalledOnce();
    expect(win.destroyed).toBe(true);
    expect(store.get('0f8fad5b-d9cb-469f-a165-70867728950e')).toBeUndefined();
  });

  it('cleans up when the document fails to load', async () => {
    const { run, win, store } = setupPrint(true);
    const job = vi.fn();
    await expect(run('<p>plate</p>', job)).rejects.toThrow('ERR_FAILED');
    expect(job).not.toHaveBeenCalled();
    expect(win.destroyed).toBe(true);
    expect(store.get('0f8fad5b-d9cb-469f-a165-70867728950e')).toBeUndefined();
  });
});
