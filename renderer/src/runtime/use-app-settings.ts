import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './contexts';
import { readSettings } from '../db/queries/settings';
import type { AppSettings } from '../db/commands/settings';
import type { Series } from '../domain/core/model';
import { getSeries } from '../db/queries/series';

/** The preferences, live: a change in Settings reaches every window. Undefined while loading. */
export function useAppSettings(): AppSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => readSettings(db), [db]);
}

/** The current series, or null when none is chosen or it was deleted; undefined while loading. */
export function useCurrentSeries(): Series | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const settings = await readSettings(db);
    if (!settings.currentSeriesId) return null;
    return getSeries(db, settings.currentSeriesId);
  }, [db]);
}
