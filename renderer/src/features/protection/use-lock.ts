import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readLock } from '../../db/queries/lock';
import type { Lock } from '../../domain/protection/lock';

/** The lock as stored, live across windows; undefined while it is first read. */
export function useLock(): Lock | undefined {
  const db = useDb();
  return useLiveQuery(() => readLock(db), [db]);
}
