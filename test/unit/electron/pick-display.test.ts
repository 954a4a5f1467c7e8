// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pickDisplayForRoom, type DisplayLike } from '../../../electron/main/windows/pick-display';
import { roomDisplayBounds } from '../../../electron/main/windows/room-display-window';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const smallMonitor: DisplayLike = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 1024 } };

describe('pickDisplayForRoom', () => {
  it('puts the display full screen on the projector when one is connected', () => {
    expect(pickDisplayForRoom([laptop, projector], laptop.id)).toEqual({ kind: 'fullscreen', display: projector });
  });

  it('finds the projector whatever the order of the list', () => {
    expect(pickDisplayForRoom([projector, laptop], laptop.id)).toEqual({ kind: 'fullscreen', display: projector });
  });

  it('opens an ordinary window on the only screen, so the console stays reachable', () => {
    expect(pickDisplayForRoom([laptop], laptop.id)).toEqual({ kind: 'window', display: laptop });
  });

  it('prefers the largest of several external screens', () => {
    expect(pickDisplayForRoom([laptop, smallMonitor, projector], laptop.id)).toEqual({
      kind: 'fullscreen',
      display: projector,
    });
  });

  it('never covers the console, even when the console was moved to the external screen', () => {
    expect(pickDisplayForRoom([laptop, projector], laptop.id, projector.id)).toEqual({ kind: 'fullscreen', display: laptop });
  });

  it('when the projector is the primary screen and the console is on the laptop, uses the projector', () => {
    expect(pickDisplayForRoom([laptop, projector], projector.id, laptop.id)).toEqual({ kind: 'fullscreen', display: projector });
  });

  it('prefers a non-primary screen over the primary one when the console is on a third', () => {
    expect(pickDisplayForRoom([laptop, smallMonitor, projector], laptop.id, projector.id)).toEqual({
      kind: 'fullscreen',
      display: smallMonitor,
    });
  });

  it('returns null when no screen is reported', () => {
    expect(pickDisplayForRoom([], 1)).toBeNull();
  });
});

describe('roomDisplayBounds', () => {
  it('covers the whole external screen', () => {
    expect(roomDisplayBounds({ kind: 'fullscreen', display: projector })).toEqual(projector.bounds);
  });

  it('centres a 960×540 window on a shared screen', () => {
    expect(roomDisplayBounds({ kind: 'window', display: laptop })).toEqual({ x: 240, y: 180, width: 960, height: 540 });
  });
});
