import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRunCommand } from '../../runtime/run-command';
import { useDb, useHost } from '../../runtime/contexts';
import { saveRoomDisplayState } from '../../db/commands/room-display';
import { readRoomDisplayState } from '../../db/queries/room-display';
import {
  applyRoomDisplayChange,
  DEFAULT_ROOM_DISPLAY_STATE,
  newerRoomDisplayState,
  type RoomDisplayChange,
  type RoomDisplayState,
} from '../../domain/room-display/state';
import { listenRoomDisplayMessages, postRoomDisplayMessage } from './room-display-channel';
import { benchMark } from '../../ui/bench-mark';

export interface RoomDisplayControl {
  state: RoomDisplayState;
  /** False until the stored state is read: a change made before would start from the defaults. */
  ready: boolean;
  change: (change: RoomDisplayChange) => void;
  /** Whether a room display window answered; null until one answers or the wait is over. */
  open: boolean | null;
  openRoomDisplay: () => void;
  closeRoomDisplay: () => void;
}

/** How long the console waits for an open display to answer its ping. */
const PING_WAIT_MS = 500;

/**
 * The console's side of the room display. A change is applied in memory, broadcast at once
 * (the display shows it in its next frame) and written to the record (which a reloaded display
 * reads); the newest version by `updatedAt` wins everywhere.
 */
export function useRoomDisplayControl(): RoomDisplayControl {
  const db = useDb();
  const { t } = useTranslation();
  const run = useRunCommand();
  const host = useHost();
  const record = useLiveQuery(() => readRoomDisplayState(db), [db]);
  const [local, setLocal] = useState<RoomDisplayState | null>(null);
  const [open, setOpen] = useState<boolean | null>(null);
  const state = newerRoomDisplayState(record ?? DEFAULT_ROOM_DISPLAY_STATE, local);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    const stop = listenRoomDisplayMessages((message) => {
      if (message.type === 'hello') setOpen(true);
      else if (message.type === 'bye') setOpen(false);
    });
    postRoomDisplayMessage({ type: 'ping' });
    const wait = setTimeout(() => setOpen((o) => o ?? false), PING_WAIT_MS);
    return () => {
      stop();
      clearTimeout(wait);
    };
  }, []);

  const change = useCallback(
    (c: RoomDisplayChange) => {
      const next = applyRoomDisplayChange(latest.current, c, Date.now());
      latest.current = next;
      // Read by `npm run bench` (display.follow): the moment the console acted.
      benchMark('sd:display-command');
      postRoomDisplayMessage({ type: 'state', state: next });
      setLocal(next);
      void run(t('failures.what.roomDisplay'), () => saveRoomDisplayState(db, next));
    },
    [db, run, t],
  );

  const openRoomDisplay = useCallback(() => {
    void host.openRoomDisplay();
  }, [host]);

  const closeRoomDisplay = useCallback(() => {
    void host.closeRoomDisplay();
    // After a console reload the Host has lost its handle on the window: the display closes itself.
    postRoomDisplayMessage({ type: 'close' });
    setOpen(false);
  }, [host]);

  return { state, ready: record !== undefined, change, open, openRoomDisplay, closeRoomDisplay };
}
