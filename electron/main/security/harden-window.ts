import { parseSafeExternalUrl } from './external-url';

/** The parts of an Electron navigation event that the guards use. */
export interface NavigationEventLike {
  url: string;
  preventDefault(): void;
}

export interface PreventableEventLike {
  preventDefault(): void;
}

/**
 * The subset of BrowserWindow['webContents'] that hardening touches. A real BrowserWindow
 * satisfies it; tests pass a small fake.
 */
export interface HardenableWebContents {
  on(event: 'will-frame-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenableWindow {
  webContents: HardenableWebContents;
}

export interface HardenWindowDeps {
  /** True for URLs of the app itself; everything else is blocked. */
  isAppUrl(url: string): boolean;
  /** shell.openExternal, called only with a URL that passed parseSafeExternalUrl. */
  openExternal(url: string): void;
  log: { warn(message: string): void };
}

/** Only scheme and host go to the log: paths and queries may carry personal data. */
function describeForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Every window passes through here (as in Signal Desktop's handleCommonWindowEvents):
 * - navigation and redirects stay inside the app; anything else is cancelled;
 * - window.open and target=_blank never create a window: web links (http/https, after the
 *   parsed check) go to the system browser, everything else is dropped;
 * - <webview> is refused (webviewTag is off as well; this is the second lock).
 */
export function hardenWindow<W extends HardenableWindow>(win: W, deps: HardenWindowDeps): W {
  const contents = win.webContents;

  const keepInsideApp = (event: NavigationEventLike): void => {
    if (deps.isAppUrl(event.url)) return;
    event.preventDefault();
    deps.log.warn(`navigation blocked to ${describeForLog(event.url)}`);
  };
  contents.on('will-frame-navigate', keepInsideApp);
  contents.on('will-redirect', keepInsideApp);

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log.warn('webview blocked');
  });

  contents.setWindowOpenHandler(({ url }) => {
    const external = parseSafeExternalUrl(url);
    if (external !== null) {
      deps.openExternal(external);
    } else {
      deps.log.warn(`window.open blocked for ${describeForLog(url)}`);
    }
    return { action: 'deny' };
  });

  return win;
}
