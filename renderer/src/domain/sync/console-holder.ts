/**
 * One console drives a room's timer at a time. The console that holds a room is recorded in the
 * series (a series setting per room, replicated like the rest); another console shows the room
 * live but read-only until someone presses Take over there and confirms. The latest claim wins.
 */
export interface ConsoleHolder {
  stationId: string;
  stationName: string;
  at: number;
}

/** The series setting name of a room's holder: "console." and the room's name in hex (setting names allow no spaces). */
export function consoleHolderSettingName(room: string): string {
  const bytes = new TextEncoder().encode(room.trim().toLowerCase() || '-');
  return `console.${Array.from(bytes.slice(0, 45), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function parseConsoleHolder(value: unknown): ConsoleHolder | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.stationId !== 'string' || typeof r.stationName !== 'string' || typeof r.at !== 'number') return null;
  return { stationId: r.stationId, stationName: r.stationName, at: r.at };
}

export type ConsoleRole = { kind: 'drives' } | { kind: 'claim' } | { kind: 'watches'; holder: ConsoleHolder };

/** What this station's console may do in a room: drive it, claim it (nobody holds it), or watch another console drive it. */
export function consoleRole(holder: ConsoleHolder | null, stationId: string): ConsoleRole {
  if (!holder) return { kind: 'claim' };
  return holder.stationId === stationId ? { kind: 'drives' } : { kind: 'watches', holder };
}
