import { useEffect, useState } from 'react';
import { useHost } from '../../runtime/contexts';
import { requestPersistentStorage } from '../../db/storage-status';
import { storageWarnings, type StorageFacts, type StorageWarning } from '../../domain/protection/storage-health';
import type { Host } from '../../host';

/** Space changes slowly; every few minutes is enough to warn before a backup fails. */
const REFRESH_MS = 5 * 60_000;

async function readFacts(host: Host): Promise<StorageFacts> {
  const [persistence, quota, disk] = await Promise.all([
    requestPersistentStorage(),
    navigator.storage?.estimate
      ? navigator.storage.estimate().then(
          (e) => (typeof e.quota === 'number' && typeof e.usage === 'number' ? { quota: e.quota, usage: e.usage } : null),
          () => null,
        )
      : Promise.resolve(null),
    host.diskSpace().catch(() => null),
  ]);
  return { persistence, quota, disk };
}

/** The storage warnings now, refreshed every few minutes; empty until first read. */
export function useStorageHealth(): StorageWarning[] {
  const host = useHost();
  const [warnings, setWarnings] = useState<StorageWarning[]>([]);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void readFacts(host).then((facts) => {
        if (alive) setWarnings(storageWarnings(facts));
      });
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [host]);
  return warnings;
}
