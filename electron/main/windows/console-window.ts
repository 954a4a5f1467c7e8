import type { BrowserWindow, Rectangle } from 'electron';
import { rendererUrl } from '../app-origin';
import { MIN_CONSOLE_SIZE, loadWindowState, placeOnDisplays, saveWindowState, type DisplayAreaLike } from '../window-state';
import { createAppWindow, type WindowContext } from './create-window';

export interface ConsoleWindowDeps {
  context: WindowContext;
  windowStateFile: string;
  readFile(filePath: string): Promise<string>;
  /** Synchronous underneath: the state must be on disk before the app exits. */
  writeFile(filePath: string, text: string): Promise<void>;
  getDisplays(): DisplayAreaLike[];
  getPrimaryDisplayId(): number;
  /** Closes the room display along with the console: a display with no console is orphaned. */
  onClosed(): void;
  /** May hold the close (preventDefault) for the final backup; `close` closes it again afterwards. */
  onCloseRequested?(event: { preventDefault(): void }, close: () => void): void;
}

/** Opens the moderator's and desk's window where it was last time (if that screen is still there). */
export async function openConsoleWindow(deps: ConsoleWindowDeps): Promise<BrowserWindow> {
  const saved = await loadWindowState(deps.windowStateFile, deps.readFile);
  const bounds = placeOnDisplays(saved?.bounds ?? null, deps.getDisplays(), deps.getPrimaryDisplayId());

  const win = createAppWindow(
    'console',
    {
      ...bounds,
      minWidth: MIN_CONSOLE_SIZE.width,
      minHeight: MIN_CONSOLE_SIZE.height,
      title: 'Session Desk',
      show: false,
      autoHideMenuBar: true,
    },
    deps.context,
  );
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  win.on('close', (event) => {
    deps.onCloseRequested?.(event, () => {
      if (!win.isDestroyed()) win.close();
    });
    const normal: Rectangle = win.getNormalBounds();
    const bounds = {
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.round(normal.width),
      height: Math.round(normal.height),
    };
    void saveWindowState(deps.windowStateFile, { bounds, maximized: win.isMaximized() }, deps.writeFile).catch(() =>
      deps.context.log.warn('window state not saved'),
    );
  });
  win.on('closed', deps.onClosed);

  await win.loadURL(rendererUrl(deps.context.devServerUrl));
  return win;
}
