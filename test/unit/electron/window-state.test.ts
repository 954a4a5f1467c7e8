// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_CONSOLE_SIZE,
  loadWindowState,
  parseWindowState,
  placeOnDisplays,
  saveWindowState,
  type DisplayAreaLike,
} from '../../../electron/main/window-state';

// Work areas: the laptop loses 25 px to a menu bar at the top.
const laptop: DisplayAreaLike = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const rightMonitor: DisplayAreaLike = { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1040 } };
const leftMonitor: DisplayAreaLike = { id: 3, workArea: { x: -1920, y: 0, width: 1920, height: 1040 } };

describe('placeOnDisplays', () => {
  it('keeps a window that is still fully on a connected screen where it was', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(placeOnDisplays(saved, [laptop, rightMonitor], laptop.id)).toEqual(saved);
  });

  it('keeps a window on a monitor left of the primary (negative coordinates)', () => {
    const saved = { x: -1800, y: 50, width: 1000, height: 700 };
    expect(placeOnDisplays(saved, [laptop, leftMonitor], laptop.id)).toEqual(saved);
  });

  it('puts the window back on the primary screen when its monitor was unplugged since last time', () => {
    const savedOnRightMonitor = { x: 1600, y: 100, width: 1200, height: 800 };
    const placed = placeOnDisplays(savedOnRightMonitor, [laptop], laptop.id);
    expect(placed).toEqual({ x: 120, y: 63, width: 1200, height: 800 });
  });

  it('shrinks a window that was larger than the screen it comes back on', () => {
    const savedOnBigMonitor = { x: 1500, y: 0, width: 1900, height: 1040 };
    const placed = placeOnDisplays(savedOnBigMonitor, [laptop], laptop.id);
    expect(placed).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('pulls a window that hangs off the edge back inside', () => {
    const placed = placeOnDisplays({ x: 1000, y: -10, width: 1000, height: 700 }, [laptop], laptop.id);
    expect(placed).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
  });

  it('treats a window with only a sliver left on screen as lost', () => {
    // 40 px of it would still show on the laptop: not enough to grab the title bar.
    const placed = placeOnDisplays({ x: 1400, y: 100, width: 1000, height: 700 }, [laptop], laptop.id);
    expect(placed).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('centres a default-size window on the primary screen the first time', () => {
    const placed = placeOnDisplays(null, [rightMonitor, laptop], laptop.id);
    expect(placed).toEqual({ x: 80, y: 63, width: DEFAULT_CONSOLE_SIZE.width, height: DEFAULT_CONSOLE_SIZE.height });
  });

  it('keeps the console usable when the saved size is tiny', () => {
    const placed = placeOnDisplays({ x: 10, y: 30, width: 100, height: 50 }, [laptop], laptop.id);
    expect(placed.width).toBeGreaterThanOrEqual(800);
    expect(placed.height).toBeGreaterThanOrEqual(560);
  });
});

describe('loading and saving the window state', () => {
  const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false };

  it('round-trips through the file system functions it is given', async () => {
    const files = new Map<string, string>();
    await saveWindowState('/data/window-state.json', state, async (p, text) => {
      files.set(p, text);
    });
    const loaded = await loadWindowState('/data/window-state.json', async (p) => files.get(p) ?? '');
    expect(loaded).toEqual(state);
  });

  it('returns null when there is no file yet', async () => {
    const readFile = vi.fn(async () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    await expect(loadWindowState('/data/window-state.json', readFile)).resolves.toBeNull();
  });

  it('returns null for a corrupt or tampered file', async () => {
    await expect(loadWindowState('/x', async () => '{"bounds": ')).resolves.toBeNull();
    await expect(loadWindowState('/x', async () => '{"bounds":{"x":"0"},"maximized":false}')).resolves.toBeNull();
  });

  it.each([
    { bounds: { x: 0, y: 0, width: 0, height: 800 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 1e9, height: 800 }, maximized: false },
    { bounds: { x: 0.5, y: 0, width: 100, height: 800 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 100, height: 800 } },
    null,
  ])('refuses the state %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});
