import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { SyncEngine } from './sync-engine';
import { readDisplayLinks, type DisplayLink } from './display-links';
import { DISPLAY_LINKS_MAP } from '../../../../common/sync/wire';

const NONE: DisplayLink[] = [];

/** The display links of the shared series, live (the document's map, observed). */
export function useDisplayLinks(engine: SyncEngine | null): DisplayLink[] {
  const cache = useRef<{ engine: SyncEngine | null; links: DisplayLink[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!engine) return () => undefined;
      const map = engine.doc.getMap(DISPLAY_LINKS_MAP);
      const handler = () => {
        cache.current = null;
        onChange();
      };
      map.observe(handler);
      return () => map.unobserve(handler);
    },
    [engine],
  );
  const snapshot = useCallback(() => {
    if (!engine) return NONE;
    if (!cache.current || cache.current.engine !== engine) cache.current = { engine, links: readDisplayLinks(engine.doc) };
    return cache.current.links;
  }, [engine]);
  return useSyncExternalStore(subscribe, snapshot);
}
