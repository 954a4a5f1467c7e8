import { z } from 'zod';

/**
 * The console window remembers where it was. Loading, saving and fitting onto the screens
 * are pure functions with the file system passed in, so the rules are tested in plain Node.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayAreaLike {
  id: number;
  /** The display minus task bar, dock and menu bar. */
  workArea: Rect;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_CONSOLE_SIZE = { width: 1280, height: 800 } as const;
export const MIN_CONSOLE_SIZE = { width: 800, height: 560 } as const;

/**
 * How much of the saved window must still fall on some display for it to stay there: enough
 * of the title bar to grab it. Less than that and the window is as good as lost off-screen.
 */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

export function parseWindowState(value: unknown): WindowState | null {
  const result = windowStateSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** The saved state, or null when there is none or it cannot be trusted (missing, corrupt). */
export async function loadWindowState(filePath: string, readFile: (filePath: string) => Promise<string>): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(filePath)));
  } catch {
    return null;
  }
}

export async function saveWindowState(filePath: string, state: WindowState, writeFile: (filePath: string, text: string) => Promise<void>): Promise<void> {
  await writeFile(filePath, `${JSON.stringify(state, null, 2)}\n`);
}

function intersectionArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function visiblePart(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(size.width, MIN_CONSOLE_SIZE.width), area.width),
    height: Math.min(Math.max(size.height, MIN_CONSOLE_SIZE.height), area.height),
  };
}

function centredOn(area: Rect, size: { width: number; height: number }): Rect {
  const fitted = fitSize(size, area);
  return {
    x: area.x + Math.round((area.width - fitted.width) / 2),
    y: area.y + Math.round((area.height - fitted.height) / 2),
    ...fitted,
  };
}

function clampInto(bounds: Rect, area: Rect): Rect {
  const fitted = fitSize(bounds, area);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - fitted.width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - fitted.height),
    ...fitted,
  };
}

/**
 * Where the console window opens, given what was saved and the displays connected now:
 * - on the display that shows most of the saved window, moved and shrunk to fit inside it;
 * - centred on the primary display when the saved place is gone (a projector or second
 *   monitor unplugged since last time) or was never saved.
 */
export function placeOnDisplays(saved: Rect | null, displays: readonly DisplayAreaLike[], primaryDisplayId: number): Rect {
  const primary = displays.find((d) => d.id === primaryDisplayId) ?? displays[0];
  if (primary === undefined) {
    // No display reported (can happen for a moment while a laptop wakes): let the OS decide.
    return { x: 0, y: 0, ...(saved ?? DEFAULT_CONSOLE_SIZE) };
  }
  if (saved === null) return centredOn(primary.workArea, DEFAULT_CONSOLE_SIZE);

  let best: DisplayAreaLike | undefined;
  let bestArea = 0;
  for (const display of displays) {
    const area = intersectionArea(saved, display.workArea);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  if (best !== undefined) {
    const visible = visiblePart(saved, best.workArea);
    if (visible.width >= MIN_VISIBLE.width && visible.height >= MIN_VISIBLE.height) {
      return clampInto(saved, best.workArea);
    }
  }
  return centredOn(primary.workArea, saved);
}
