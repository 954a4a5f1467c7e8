/**
 * The station that made a display link publishes its room's public projection
 * (domain/sync/display-projection.ts) into the shared series, which the hub sends to the link's
 * pages. From the record (live) and, like the room display window, from the console's own
 * broadcasts, so that a console action reaches a display on the venue network without waiting
 * for its write to come back from the store.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readRoomDisplaySources, type RoomDisplaySources } from '../../db/queries/room-display';
import { getSeries } from '../../db/queries/series';
import { projectRoomDisplay } from '../../domain/sync/display-projection';
import { newerRoomDisplayState, type RoomDisplayState } from '../../domain/room-display/state';
import type { Slot } from '../../domain/core/model';
import { listenOwnRoomDisplayMessages, type RoomDisplayMessage } from '../../modules/room-display-link/room-display-channel';
import { useCurrentEngine } from '../../modules/sync/current-engine';
import { publishDisplayFeed, type DisplayLink } from '../../modules/sync/display-links';
import { useDisplayLinks } from '../../modules/sync/use-display-links';

type Sources = RoomDisplaySources & { seriesName: string };

interface Broadcast {
  /** The record it was made over: it stands until the record changes. */
  base: Sources | undefined;
  slots: { sessionId: string; slots: Slot[] } | null;
  state: RoomDisplayState | null;
}

function project(sources: Sources, broadcast: Broadcast | null, links: readonly DisplayLink[]) {
  const current = broadcast && broadcast.base === sources ? broadcast : null;
  const overlay = current?.slots;
  const programme = overlay
    ? sources.programme.map((p) => (p.session.id === overlay.sessionId ? { session: p.session, slots: overlay.slots } : p))
    : sources.programme;
  const state = newerRoomDisplayState(sources.state, broadcast?.state ?? null);
  const now = new Date();
  return links.map((link) => ({ id: link.id, json: JSON.stringify(projectRoomDisplay({ ...sources, programme, state }, link.room, now)) }));
}

export function useRemoteDisplayPublisher(seriesId: string, stationId: string | undefined): void {
  const db = useDb();
  const engine = useCurrentEngine();
  const links = useDisplayLinks(engine);
  const mine = useMemo(() => links.filter((l) => !l.revoked && l.createdBy === stationId), [links, stationId]);
  const sources = useLiveQuery(async (): Promise<Sources | null> => {
    if (mine.length === 0) return null;
    const [record, series] = await Promise.all([readRoomDisplaySources(db, seriesId), getSeries(db, seriesId)]);
    return { ...record, seriesName: series?.name ?? '' };
  }, [db, seriesId, mine.length]);
  const latest = useRef<{ sources: Sources | null | undefined; broadcast: Broadcast | null }>({ sources: undefined, broadcast: null });

  const publish = useMemo(
    () => () => {
      const { sources: current, broadcast } = latest.current;
      if (!engine || !current || mine.length === 0) return;
      const feeds = project(current, broadcast, mine);
      engine.doc.transact(() => {
        for (const feed of feeds) publishDisplayFeed(engine.doc, feed.id, feed.json);
      });
    },
    [engine, mine],
  );

  // The record changed (or the links): publish from it.
  useEffect(() => {
    latest.current.sources = sources;
    publish();
  }, [sources, publish]);

  // The console's broadcasts, in the task of the keypress; and every 30 s, for the clock.
  useEffect(() => {
    if (mine.length === 0) return undefined;
    // The console is in this window: its messages come at once, before its own render.
    const stop = listenOwnRoomDisplayMessages((message: RoomDisplayMessage) => {
      const base = latest.current.sources ?? undefined;
      const previous = latest.current.broadcast && latest.current.broadcast.base === base ? latest.current.broadcast : null;
      if (message.type === 'slots')
        latest.current.broadcast = { base, slots: { sessionId: message.sessionId, slots: message.slots }, state: previous?.state ?? null };
      else if (message.type === 'state') latest.current.broadcast = { base, slots: previous?.slots ?? null, state: message.state };
      else return;
      publish();
    });
    const timer = setInterval(publish, 30_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [mine.length, publish]);
}

/** Renders nothing: publishes while the app runs on the station that made the links. */
export function RemoteDisplayPublisher({ seriesId, stationId }: { seriesId: string; stationId: string | undefined }) {
  useRemoteDisplayPublisher(seriesId, stationId);
  return null;
}
