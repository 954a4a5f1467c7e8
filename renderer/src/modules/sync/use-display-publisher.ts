/**
 * The station that made a display link publishes its room's public projection while it runs
 * (domain/sync/display-projection.ts), from the record and this station's room display state,
 * each time one of them changes, and at each minute (the session on screen follows the clock).
 */
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readRoomDisplaySources } from '../../db/queries/room-display';
import { getSeries } from '../../db/queries/series';
import { projectRoomDisplay } from '../../domain/sync/display-projection';
import type { SyncEngine } from './sync-engine';
import { publishDisplayFeed } from './display-links';
import { useDisplayLinks } from './use-display-links';

function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 5_000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}

export function useDisplayPublisher(engine: SyncEngine | null, seriesId: string | null, stationId: string | undefined): void {
  const db = useDb();
  const links = useDisplayLinks(engine);
  const mine = useMemo(() => links.filter((l) => !l.revoked && l.createdBy === stationId), [links, stationId]);
  const sources = useLiveQuery(async () => {
    if (!seriesId || mine.length === 0) return null;
    const [record, series] = await Promise.all([readRoomDisplaySources(db, seriesId), getSeries(db, seriesId)]);
    return { ...record, seriesName: series?.name ?? '' };
  }, [db, seriesId, mine.length]);
  const minute = useMinute();
  useEffect(() => {
    if (!engine || !sources) return;
    const now = new Date(Math.max(Date.now(), minute * 60_000));
    engine.doc.transact(() => {
      for (const link of mine) publishDisplayFeed(engine.doc, link.id, JSON.stringify(projectRoomDisplay(sources, link.room, now)));
    });
  }, [engine, sources, mine, minute]);
}
