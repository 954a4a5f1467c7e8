import type { Rect } from '../window-state';
import { pickDisplayForRoom, type DisplayLike, type RoomDisplayPlacement } from './pick-display';

/** The parts of a BrowserWindow the controller uses; a real one fits, tests pass a fake. */
export interface RoomDisplayWindowLike {
  isDestroyed(): boolean;
  focus(): void;
  show(): void;
  close(): void;
  setFullScreen(flag: boolean): void;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
}

export interface RoomDisplayWindowDeps<W extends RoomDisplayWindowLike> {
  /** Makes the window through createAppWindow('room display', ...). */
  createWindow(bounds: Rect): W;
  getDisplays(): DisplayLike[];
  getPrimaryDisplayId(): number;
  /** The display the console window is on, when there is one. */
  getConsoleDisplayId(): number | undefined;
  /** app://session-desk/index.html#/display, or the dev server's equivalent. */
  url: string;
  log: { warn(message: string): void };
}

/** Size of the room display when it must share the only screen with the console. */
const WINDOWED_SIZE = { width: 960, height: 540 } as const;

export function roomDisplayBounds(placement: RoomDisplayPlacement): Rect {
  const screen = placement.display.bounds;
  if (placement.kind === 'fullscreen') return { ...screen };
  const width = Math.min(WINDOWED_SIZE.width, screen.width);
  const height = Math.min(WINDOWED_SIZE.height, screen.height);
  return {
    x: screen.x + Math.round((screen.width - width) / 2),
    y: screen.y + Math.round((screen.height - height) / 2),
    width,
    height,
  };
}

/**
 * At most one room display window. Opening it again brings the existing one forward rather
 * than stacking a second one on the projector.
 */
export function createRoomDisplayWindowController<W extends RoomDisplayWindowLike>(deps: RoomDisplayWindowDeps<W>) {
  let current: W | null = null;
  const isOpen = (win: W | null): win is W => win !== null && !win.isDestroyed();

  return {
    open(): void {
      if (isOpen(current)) {
        current.focus();
        return;
      }
      const placement = pickDisplayForRoom(deps.getDisplays(), deps.getPrimaryDisplayId(), deps.getConsoleDisplayId());
      if (placement === null) {
        deps.log.warn('room display not opened: no screen reported');
        return;
      }
      const win = deps.createWindow(roomDisplayBounds(placement));
      current = win;
      win.on('closed', () => {
        if (current === win) current = null;
      });
      win.once('ready-to-show', () => {
        win.show();
        // Full screen only once shown, so that it happens on the screen the window is on.
        if (placement.kind === 'fullscreen') win.setFullScreen(true);
      });
      win.loadURL(deps.url).catch(() => deps.log.warn('room display failed to load'));
    },
    close(): void {
      if (isOpen(current)) current.close();
      current = null;
    },
    isOpen: (): boolean => isOpen(current),
  };
}
