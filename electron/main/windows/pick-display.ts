import type { Rect } from '../window-state';

export interface DisplayLike {
  id: number;
  /** The whole screen, task bar included: the room display covers it all when full screen. */
  bounds: Rect;
}

export type RoomDisplayPlacement = { kind: 'fullscreen'; display: DisplayLike } | { kind: 'window'; display: DisplayLike };

function area(display: DisplayLike): number {
  return display.bounds.width * display.bounds.height;
}

/**
 * Which screen shows the room display.
 *
 * The one rule that matters: never cover the moderator's console. So the screen the console
 * is on (or, when that is not known, the primary screen, where a laptop's own panel usually
 * is) is avoided. Among the other screens, a non-primary one (a projector, a second monitor)
 * is preferred, then the largest; the room display goes full screen there. With a single
 * screen it opens as an ordinary window beside the console.
 *
 * Returns null only when no display is reported at all.
 */
export function pickDisplayForRoom(displays: readonly DisplayLike[], primaryId: number, consoleDisplayId?: number): RoomDisplayPlacement | null {
  const avoidId = consoleDisplayId ?? primaryId;
  const candidates = displays.filter((d) => d.id !== avoidId);
  candidates.sort((a, b) => {
    const primaryLast = Number(a.id === primaryId) - Number(b.id === primaryId);
    return primaryLast !== 0 ? primaryLast : area(b) - area(a);
  });
  const external = candidates[0];
  if (external !== undefined) return { kind: 'fullscreen', display: external };

  const home = displays.find((d) => d.id === avoidId) ?? displays[0];
  return home === undefined ? null : { kind: 'window', display: home };
}
