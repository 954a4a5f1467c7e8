/**
 * Runs the sync engine of the series this station shares, from the share record: starts it
 * (and this station's hub again after a restart, when it was hosting), stops it when the record
 * goes. Renders nothing.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useStation } from '../../runtime/use-station';
import { readShare } from '../../db/queries/stations';
import { startSyncEngine, type SyncEngine } from './sync-engine';
import { setCurrentEngine } from './current-engine';
import { setSyncStatus } from './sync-status';

export function SyncRunner() {
  const db = useDb();
  const host = useHost();
  const share = useLiveQuery(() => readShare(db), [db]);
  const station = useStation();
  const fingerprint = share?.fingerprint;
  const secret = share?.secret;

  useEffect(() => {
    if (!share || !station) return undefined;
    let cancelled = false;
    let started: SyncEngine | null = null;
    void (async () => {
      let info = await host.sharing.info();
      if (share.hosting && !info.shared.includes(share.fingerprint)) {
        // This station hosted before it was closed: its hub serves the series again.
        const again = await host.sharing.startHub({ fingerprint: share.fingerprint, secret: share.secret, dataFormat: share.dataFormat, port: share.port });
        if (again.ok) info = await host.sharing.info();
      }
      if (cancelled) return;
      started = await startSyncEngine({ db, host, share, station, info });
      if (cancelled) {
        await started.stop();
        return;
      }
      setCurrentEngine(started);
    })().catch((error: unknown) => {
      console.error('Session Desk: could not start sharing', error);
      setSyncStatus({ kind: 'unreachable', pending: 0 });
    });
    return () => {
      cancelled = true;
      if (started) {
        setCurrentEngine(null);
        void started.stop();
      }
    };
    // The engine restarts only for another series or secret, or another station identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, host, fingerprint, secret, station?.id]);

  return null;
}
