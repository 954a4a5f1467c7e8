import { useCallback, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { useStation } from '../../runtime/use-station';
import { readConsoleHolder } from '../../db/queries/stations';
import { holdRoom } from '../../db/commands/stations';
import { consoleRole, type ConsoleHolder } from '../../domain/sync/console-holder';
import type { Session } from '../../domain/core/model';

export interface RoomHold {
  /** Another station's console drives this room: this one shows it live and changes nothing. */
  readOnly: boolean;
  holder: ConsoleHolder | null;
  takeOver: () => void;
}

/**
 * Who drives this session's room: the first console to open it holds it; another console sees
 * it read-only until it presses Take over (domain/sync/console-holder.ts).
 */
export function useRoomHold(session: Session): RoomHold {
  const db = useDb();
  const station = useStation();
  const holder = useLiveQuery(() => readConsoleHolder(db, session.seriesId, session.room), [db, session.seriesId, session.room]);
  const role = holder === undefined || !station ? null : consoleRole(holder, station.id);
  const claim = role?.kind === 'claim';
  useEffect(() => {
    if (claim && station) void holdRoom(db, session.seriesId, session.room, station);
  }, [claim, station, db, session.seriesId, session.room]);
  const takeOver = useCallback(() => {
    if (station) void holdRoom(db, session.seriesId, session.room, station);
  }, [station, db, session.seriesId, session.room]);
  return { readOnly: role?.kind === 'watches', holder: role?.kind === 'watches' ? role.holder : null, takeOver };
}
