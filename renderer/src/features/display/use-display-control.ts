import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../app/contexts';
import { saveDisplayState } from '../../db/commands/room-display';
import { readDisplayState } from '../../db/queries/room-display';
import { applyDisplayChange, DEFAULT_DISPLAY_STATE, newerDisplayState, type DisplayChange, type DisplayState } from '../../domain/display-state';
import { listenDisplayMessages, postDisplayMessage } from './display-channel';
import { benchMark } from '../../ui/bench-mark';

export interface DisplayControl {
  state: DisplayState;
  /** False until the stored state is read: a change made before would start from the defaults. */
  ready: boolean;
  change: (change: DisplayChange) => void;
  /** Whether a room display window answered; null until one answers or the wait is over. */
  open: boolean | null;
  openDisplay: () => void;
  closeDisplay: () => void;
}

/** How long the console waits for an open display to answer its ping. */
const PING_WAIT_MS = 500;

/**
 * The console's side of the room display. A change is applied in memory, broadcast at once
 * (the display shows it in its next frame) and written to the record (which a reloaded display
 * reads); the newest version by `updatedAt` wins everywhere.
 */
export function useDisplayControl(): DisplayControl {
  const db = useDb();
  const host = useHost();
  const record = useLiveQuery(() => readDisplayState(db), [db]);
  const [local, setLocal] = useState<DisplayState | null>(null);
  const [open, setOpen] = useState<boolean | null>(null);
  const state = newerDisplayState(record ?? DEFAULT_DISPLAY_STATE, local);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    const stop = listenDisplayMessages((message) => {
      if (message.type === 'hello') setOpen(true);
      else if (message.type === 'bye') setOpen(false);
    });
    postDisplayMessage({ type: 'ping' });
    const wait = setTimeout(() => setOpen((o) => o ?? false), PING_WAIT_MS);
    return () => {
      stop();
      clearTimeout(wait);
    };
  }, []);

  const change = useCallback(
    (c: DisplayChange) => {
      const next = applyDisplayChange(latest.current, c, Date.now());
      latest.current = next;
      // Read by `npm run bench` (display.follow): the moment the console acted.
      benchMark('sd:display-command');
      postDisplayMessage({ type: 'state', state: next });
      setLocal(next);
      void saveDisplayState(db, next);
    },
    [db],
  );

  const openDisplay = useCallback(() => {
    void host.openDisplay();
  }, [host]);

  const closeDisplay = useCallback(() => {
    void host.closeDisplay();
    // After a console reload the Host has lost its handle on the window: the display closes itself.
    postDisplayMessage({ type: 'close' });
    setOpen(false);
  }, [host]);

  return { state, ready: record !== undefined, change, open, openDisplay, closeDisplay };
}
