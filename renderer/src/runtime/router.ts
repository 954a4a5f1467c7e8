import { useSyncExternalStore } from 'react';

/** The areas of the app, each a hash route such as "#/desk". Hash routes work from any origin. */
export const AREAS = ['programme', 'participants', 'desk', 'moderator', 'room-display', 'plates', 'reports', 'settings'] as const;
export type Area = (typeof AREAS)[number];

/**
 * "#/display" is the room display window itself (no navigation, nothing to edit), as opened
 * by the Host; the console's page about the display lives at "#/room-display".
 */
/** `item` is the record an area page shows, e.g. "#/programme/<session id>". */
export type Route = { name: 'welcome' } | { name: 'area'; area: Area; item?: string } | { name: 'room-display-window' };

const AREA_SLUGS: Record<Area, string> = {
  programme: 'programme',
  participants: 'participants',
  desk: 'desk',
  moderator: 'moderator',
  'room-display': 'room-display',
  plates: 'plates',
  reports: 'reports',
  settings: 'settings',
};

export function parseRoute(hash: string): Route {
  const [slug = '', item] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  if (slug === 'welcome') return { name: 'welcome' };
  if (slug === 'display') return { name: 'room-display-window' };
  const area = AREAS.find((a) => AREA_SLUGS[a] === slug);
  if (!area) return { name: 'area', area: 'programme' };
  return item ? { name: 'area', area, item: decodeURIComponent(item) } : { name: 'area', area };
}

export function routeHref(route: Route): string {
  if (route.name === 'welcome') return '#/welcome';
  if (route.name === 'room-display-window') return '#/display';
  const base = `#/${AREA_SLUGS[route.area]}`;
  return route.item ? `${base}/${encodeURIComponent(route.item)}` : base;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
