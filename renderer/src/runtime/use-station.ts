import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './contexts';
import { readStation } from '../db/queries/stations';
import type { Station } from '../domain/sync/station';

/** This station (id and name), live; undefined while loading, null only before main.tsx made it. */
export function useStation(): Station | null | undefined {
  const db = useDb();
  return useLiveQuery(() => readStation(db), [db]);
}
