/**
 * One shared series on this station: its Yjs document kept in IndexedDB (y-indexeddb), the
 * mirror into the store, and y-websocket's provider over the sealed socket to the hub. It says
 * where it stands (sync-status.ts), tries the known hubs in turn when the one it had is gone
 * (Host from here on another station), and learns the series from the hub when it joined with
 * only a pairing code.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { SessionDeskDb } from '../../db/database';
import type { Host, SharingInfo } from '../../host/host';
import type { Station } from '../../domain/sync/station';
import { withPreferredHub, type ShareRecord } from '../../domain/sync/share';
import { seriesFingerprint } from '../../../../common/sync/pairing-code';
import { decodeBase32 } from '../../../../common/sync/base32';
import { deriveFrameKey } from '../../../../common/sync/sealed-frame';
import { CLOSE, refusalOf } from '../../../../common/sync/wire';
import { selectSeries } from '../../db/commands/series';
import { saveShare } from '../../db/commands/stations';
import { readShare } from '../../db/queries/stations';
import { reconcile, startMirror, type Mirror } from './mirror';
import { seriesIdOfDoc } from './series-doc';
import { setSyncStatus } from './sync-status';
import { sealedSocketClass } from './sealed-client-socket';
import { followPurge } from './purge-follower';

/** The document's name in this station's IndexedDB. */
export function docStoreName(fingerprint: string): string {
  return `session-desk-sync-${fingerprint}`;
}

interface Persisted {
  pending: number;
  since: number | null;
}

/** What the top bar shows after a relaunch while offline: kept per series in localStorage. */
function loadPersisted(fingerprint: string): Persisted {
  try {
    const value = JSON.parse(localStorage.getItem(`sd-sync:${fingerprint}`) ?? 'null') as Partial<Persisted> | null;
    return { pending: typeof value?.pending === 'number' ? value.pending : 0, since: typeof value?.since === 'number' ? value.since : null };
  } catch {
    return { pending: 0, since: null };
  }
}

function savePersisted(fingerprint: string, value: Persisted): void {
  try {
    localStorage.setItem(`sd-sync:${fingerprint}`, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the count restarts from zero, nothing else is lost.
  }
}

export interface SyncEngine {
  readonly doc: Y.Doc;
  readonly fingerprint: string;
  /** The series, once known (at once for a station that shared it; after the first sync for one that joined). */
  seriesId(): string | null;
  /** Resolves once the series is in the store (joined stations: after the first sync). */
  ready: Promise<string>;
  /** Connects to this hub now (Host from here), keeping the others to fall back on. */
  switchTo(hub: string): void;
  /** Stops syncing; `forget` also deletes the document kept here (Stop sharing). */
  stop(forget?: boolean): Promise<void>;
}

export async function startSyncEngine(options: {
  db: SessionDeskDb;
  host: Host;
  share: ShareRecord;
  station: Station;
  info: SharingInfo;
}): Promise<SyncEngine> {
  const { db, host, share, station, info } = options;
  const fingerprint = share.fingerprint;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(docStoreName(fingerprint), doc);
  await persistence.whenSynced;

  const persisted = loadPersisted(fingerprint);
  let everConnected = false;
  let connected = false;
  let stopped = false;
  let hubs = share.hubs.length > 0 ? [...share.hubs] : info.address ? [info.address] : [];
  let hubIndex = 0;
  /** A station that runs the hub stays on it; the others move on when theirs is gone. */
  let hosting = share.hosting;
  let heardOnThisSocket = false;
  let mirror: Mirror | null = null;
  let checkPurge: (() => void) | null = null;
  let seriesId: string | null = share.seriesId || seriesIdOfDoc(doc);

  const report = () => {
    if (stopped) return;
    if (connected) setSyncStatus({ kind: 'connected', stations: stationCount(), hub: hubs[hubIndex] ?? '' });
    else if (everConnected || persisted.since !== null) setSyncStatus({ kind: 'offline', since: persisted.since ?? Date.now(), pending: persisted.pending });
    else setSyncStatus({ kind: 'unreachable', pending: persisted.pending });
  };

  const beginMirror = async (id: string) => {
    checkPurge = followPurge(db, id);
    // Observe first, then bring the store to agree: nothing that arrives meanwhile is missed.
    mirror = startMirror(db, doc, id, {
      onRemote: () => checkPurge?.(),
      onLocal: () => {
        if (connected) return;
        persisted.pending += 1;
        savePersisted(fingerprint, persisted);
        report();
      },
    });
    await reconcile(db, doc, id);
  };

  let resolveReady: (id: string) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (resolveReady = resolve));
  if (seriesId) {
    await beginMirror(seriesId);
    resolveReady(seriesId);
  }

  const key = await deriveFrameKey(decodeBase32(share.secret) ?? new Uint8Array(16), fingerprint, { kind: 'station' });
  const endpointFor = (hub: string) => host.sharing.endpoint(hub, fingerprint, share.dataFormat, info);
  const first = endpointFor(hubs[0] ?? info.address ?? '');
  await host.sharing.allowHubs(hubs);

  const provider = new WebsocketProvider(first.serverUrl, fingerprint, doc, {
    params: first.params,
    WebSocketPolyfill: sealedSocketClass(key, {
      onHeard: () => {
        heardOnThisSocket = true;
      },
    }) as unknown as typeof WebSocket,
    disableBc: true,
    maxBackoffTime: 1500,
    // "Not shared here" from one of several known hubs means: try the next one. Other 44xx are final.
    shouldReconnect: (event: CloseEvent) => (event.code === CLOSE.notShared ? !hosting && hubs.length > 1 : !(event.code >= 4400 && event.code < 4500)),
  });
  const awareness = provider.awareness;
  awareness.setLocalStateField('station', { id: station.id, name: station.name, hub: info.canHost ? info.address : null });
  const stationCount = () => new Set([...awareness.getStates().values()].map((s) => (s as { station?: { id?: string } }).station?.id).filter(Boolean)).size;
  // Every station that could host says where: if the hub goes, the others try those in turn.
  awareness.on('change', () => {
    report();
    const known = [...awareness.getStates().values()]
      .map((s) => (s as { station?: { hub?: unknown } }).station?.hub)
      .filter((h): h is string => typeof h === 'string' && h !== '');
    const added = known.filter((h) => !hubs.includes(h));
    if (added.length === 0) return;
    hubs = [...hubs, ...added];
    void host.sharing.allowHubs(hubs);
    void readShare(db).then((saved) => (saved && saved.fingerprint === fingerprint ? saveShare(db, { ...saved, hubs }) : undefined));
  });

  /** A station that joined with a code learns the series from the hub: once it is in the document, it is opened. */
  let adopting = false;
  const adopt = () => {
    if (seriesId || adopting || stopped) return;
    const found = seriesIdOfDoc(doc);
    if (!found) return;
    if (seriesFingerprint(found) !== fingerprint) {
      // The hub holds another series than the code names: touch nothing here.
      setSyncStatus({ kind: 'refused', reason: 'another-series' });
      provider.disconnect();
      return;
    }
    adopting = true;
    seriesId = found;
    void (async () => {
      await beginMirror(found);
      const saved = await readShare(db);
      if (saved && saved.fingerprint === fingerprint) await saveShare(db, { ...saved, seriesId: found });
      await selectSeries(db, found);
      resolveReady(found);
    })();
  };
  doc.on('update', adopt);

  provider.on('sync', (synced: boolean) => {
    if (!synced || stopped) return;
    // The hub forgot this station's presence when the socket closed, and ignores the same state
    // sent again: a new clock makes it count this station at once rather than in 15 s.
    awareness.setLocalState({ ...(awareness.getLocalState() ?? {}) });
    connected = true;
    everConnected = true;
    persisted.pending = 0;
    persisted.since = null;
    savePersisted(fingerprint, persisted);
    report();
    adopt();
  });
  provider.on('connection-close', () => {
    if (stopped) return;
    if (connected) {
      persisted.since = Date.now();
      savePersisted(fingerprint, persisted);
    }
    connected = false;
    // Nothing came back on that socket: try the next hub this station knows (Host from here elsewhere).
    if (!heardOnThisSocket && !hosting && hubs.length > 1) {
      hubIndex = (hubIndex + 1) % hubs.length;
      const next = endpointFor(hubs[hubIndex]!);
      provider.serverUrl = next.serverUrl;
      provider.params = next.params;
    }
    heardOnThisSocket = false;
    report();
  });
  provider.on('closed', (event: { code: number }) => {
    const reason = refusalOf(event.code);
    if (reason && !stopped) setSyncStatus({ kind: 'refused', reason });
  });
  report();

  return {
    doc,
    fingerprint,
    seriesId: () => seriesId,
    ready,
    switchTo(hub) {
      hosting = true;
      hubs = withPreferredHub(hubs, hub);
      void host.sharing.allowHubs(hubs);
      hubIndex = 0;
      const endpoint = endpointFor(hub);
      provider.serverUrl = endpoint.serverUrl;
      provider.params = endpoint.params;
      provider.disconnect();
      provider.connect();
    },
    async stop(forget = false) {
      if (stopped) return;
      stopped = true;
      await mirror?.flushed();
      mirror?.stop();
      provider.destroy();
      if (forget) {
        await persistence.clearData();
        localStorage.removeItem(`sd-sync:${fingerprint}`);
      } else await persistence.destroy();
      doc.destroy();
      setSyncStatus({ kind: 'off' });
    },
  };
}
