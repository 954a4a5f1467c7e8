import { useEffect, useState } from 'react';
import type { SyncEngine } from './sync-engine';
import { readDisplayLinks, type DisplayLink } from './display-links';
import { DISPLAY_LINKS_MAP } from '../../../../common/sync/wire';

/** The display links of the shared series, live. */
export function useDisplayLinks(engine: SyncEngine | null): DisplayLink[] {
  const [links, setLinks] = useState<DisplayLink[]>([]);
  useEffect(() => {
    if (!engine) {
      setLinks([]);
      return undefined;
    }
    const map = engine.doc.getMap(DISPLAY_LINKS_MAP);
    const update = () => setLinks(readDisplayLinks(engine.doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [engine]);
  return links;
}
