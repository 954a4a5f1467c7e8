import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './ui/styles/base.css';
import './ui/styles/components.css';
import i18next from 'i18next';
import { setupI18n } from './i18n';
import { classifyWriteError, requestPersistentStorage } from './db/storage-status';
import { useWriteFailures } from './runtime/write-failures';
import type { Host } from './host';
import { detectHost } from './host';
import { openDatabase } from './db/open-database';
import { DbContext, HostContext } from './runtime/contexts';
import { App } from './app/App';
import { parseRoute } from './runtime/router';
import { startAutomaticBackups } from './modules/backups/backups';
import { StorageProblemScreen } from './features/storage/StorageProblemScreen';
import { RemoteDisplayPage } from './features/room-display/RemoteDisplayPage';
import { ensureStation } from './db/commands/stations';
import { SyncRunner } from './modules/sync/SyncRunner';

/** "/display?…#…": a display-only link on another machine of the venue network. It opens no store. */
function isRemoteDisplay(): boolean {
  return /\/display\/?$/.test(window.location.pathname);
}

/**
 * The safety net under useRunCommand: a write some code did not await through it still says
 * on screen that it was not saved, instead of failing silently in the console.
 */
function reportUnhandledWriteFailures(host: Host): void {
  window.addEventListener('unhandledrejection', (event) => {
    const reason = classifyWriteError(event.reason);
    const detail = event.reason instanceof Error ? `${event.reason.name}: ${event.reason.message}` : String(event.reason);
    void host.logError(`Unhandled: ${detail}`);
    if (
      reason === 'other' &&
      !(event.reason instanceof Error && /Dexie|IndexedDB|Transaction|Constraint/i.test(`${event.reason.name} ${event.reason.message}`))
    )
      return;
    useWriteFailures.getState().report({ what: i18next.t('failures.what.change'), reason, detail, at: Date.now() });
  });
}

async function start(): Promise<void> {
  setupI18n();
  const host = detectHost();
  reportUnhandledWriteFailures(host);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (isRemoteDisplay()) {
    root.render(
      <StrictMode>
        <RemoteDisplayPage />
      </StrictMode>,
    );
    return;
  }
  // Marks read by `npm run bench` (db.open.20k); cheap enough to keep in production.
  performance.mark('sd:db-open-start');
  const opened = await openDatabase();
  performance.measure('sd:db-open', 'sd:db-open-start');
  if (!opened.ok) {
    root.render(<StorageProblemScreen problem={opened.problem} detail={opened.detail} />);
    return;
  }
  // Ask early: the browser decides once, and a refusal is reported in Settings.
  void requestPersistentStorage();
  await ensureStation(opened.db);
  // The console backs up and syncs; the room display window (#/display) only shows.
  const isConsole = parseRoute(window.location.hash).name !== 'room-display-window';
  if (isConsole) startAutomaticBackups(opened.db, host);
  root.render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <DbContext.Provider value={opened.db}>
          {isConsole ? <SyncRunner /> : null}
          <App />
        </DbContext.Provider>
      </HostContext.Provider>
    </StrictMode>,
  );
}

void start();
