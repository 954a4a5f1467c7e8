import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readRoomDisplaySources, type RoomDisplaySources } from '../../db/queries/room-display';
import { sessionOnScreen } from '../../domain/programme/current-session';
import { newerRoomDisplayState, type RoomDisplayState } from '../../domain/room-display/state';
import { newestUpdate, OVERLAY_MAX_AGE_MS, overlayStands } from '../../domain/room-display/overlay';
import type { Participant, Session, Slot } from '../../domain/core/model';
import { listenRoomDisplayMessages, postRoomDisplayMessage } from '../../modules/room-display-link/room-display-channel';
import { useMinute } from './use-minute';
import { benchMark } from '../../ui/bench-mark';

/** Slots broadcast by the console, standing over the record until it catches up. */
interface Overlay {
  sessionId: string;
  slots: Slot[];
  at: number;
  /** The record as it was when the broadcast arrived: it stands until the record changes. */
  base: RoomDisplaySources | undefined;
}

export interface RoomDisplayFeed {
  session: Session | null;
  slots: Slot[];
  speakers: ReadonlyMap<string, Participant>;
  logo: string | null;
  state: RoomDisplayState;
}

const NO_SLOTS: Slot[] = [];

/**
 * Everything the room display shows: the record (Dexie, live) with the console's broadcasts
 * over it, so that the display follows in the frame of a console action and recovers from the
 * record alone after its own reload. With `listen` false (the console's preview) it reads the
 * record and the console's own state only.
 */
export function useRoomDisplayFeed(seriesId: string, options: { listen: boolean; localState?: RoomDisplayState | null }): RoomDisplayFeed | undefined {
  const db = useDb();
  const sources = useLiveQuery(() => readRoomDisplaySources(db, seriesId), [db, seriesId]);
  const [broadcastState, setBroadcastState] = useState<RoomDisplayState | null>(null);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const sourcesRef = useRef(sources);
  useEffect(() => {
    sourcesRef.current = sources;
  }, [sources]);
  const minute = useMinute();
  const { listen } = options;

  useEffect(() => {
    if (!listen) return undefined;
    const stop = listenRoomDisplayMessages((message) => {
      // Read by `npm run bench` (display.follow.dom): when a change from the console arrived.
      if (message.type === 'state' || message.type === 'slots') benchMark('sd:display-received');
      // flushSync: rendered in this very task, so the change is in the next frame rather than the one after.
      if (message.type === 'state') flushSync(() => setBroadcastState((prev) => (prev && prev.updatedAt >= message.state.updatedAt ? prev : message.state)));
      else if (message.type === 'slots')
        flushSync(() => setOverlay({ sessionId: message.sessionId, slots: message.slots, at: message.at, base: sourcesRef.current }));
      else if (message.type === 'slots-dropped') flushSync(() => setOverlay((o) => (o && o.sessionId === message.sessionId && o.at === message.at ? null : o)));
      else if (message.type === 'ping') postRoomDisplayMessage({ type: 'hello' });
      else if (message.type === 'close') window.close();
    });
    // Tell an open console that the display is here, and when it goes.
    postRoomDisplayMessage({ type: 'hello' });
    const bye = () => postRoomDisplayMessage({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      stop();
      window.removeEventListener('pagehide', bye);
    };
  }, [listen]);

  // A broadcast never outlives OVERLAY_MAX_AGE_MS: the record is the truth.
  useEffect(() => {
    if (!overlay) return undefined;
    const timer = setTimeout(() => setOverlay((o) => (o === overlay ? null : o)), OVERLAY_MAX_AGE_MS);
    return () => clearTimeout(timer);
  }, [overlay]);

  const programme = useMemo(() => {
    if (!sources) return undefined;
    if (!overlay) return sources.programme;
    const recorded = sources.programme.find((p) => p.session.id === overlay.sessionId);
    const stands = overlayStands({
      overlayAt: overlay.at,
      recordNewest: newestUpdate(recorded?.slots ?? NO_SLOTS),
      recordChangedSince: sources !== overlay.base,
      // Age is enforced by the timeout above, which drops the overlay.
      ageMs: 0,
    });
    if (!stands || !recorded) return sources.programme;
    return sources.programme.map((p) => (p === recorded ? { session: p.session, slots: overlay.slots } : p));
  }, [sources, overlay]);

  return useMemo(() => {
    if (!sources || !programme) return undefined;
    const state = newerRoomDisplayState(newerRoomDisplayState(sources.state, broadcastState), options.localState ?? null);
    const session = sessionOnScreen(
      programme.map((p) => p.session),
      programme.flatMap((p) => p.slots),
      new Date(minute),
      state.sessionId,
    );
    const slots = programme.find((p) => p.session.id === session?.id)?.slots ?? NO_SLOTS;
    return { session, slots, speakers: sources.speakers, logo: sources.logo, state };
  }, [sources, programme, minute, broadcastState, options.localState]);
}
