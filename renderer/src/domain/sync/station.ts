/**
 * A station: one installation of the app (or one browser profile) that works on a series, with
 * a name people recognise ("Desk 1", "Room XXIII console"). Check-ins, walk-ins and moderator
 * actions carry its id; the name is what other stations show.
 */
export interface Station {
  id: string;
  name: string;
}

export const STATION_NAME_MAX = 40;

/** A name as kept: trimmed, inner spaces collapsed, no control characters, at most 40 characters. */
export function cleanStationName(name: string): string {
  return name
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, STATION_NAME_MAX)
    .trim();
}

/** The name a new station starts with until someone names it: "Station" and four characters of its id. */
export function defaultStationName(id: string): string {
  return `Station ${id
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 4)
    .toUpperCase()}`;
}

export function parseStation(value: unknown): Station | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '' || typeof r.name !== 'string') return null;
  const name = cleanStationName(r.name);
  return { id: r.id, name: name || defaultStationName(r.id) };
}
