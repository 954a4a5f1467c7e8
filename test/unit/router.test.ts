import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../renderer/src/runtime/router';

describe('hash routes', () => {
  it('read areas, items, the welcome screen and the display window', () => {
    expect(parseRoute('#/desk')).toEqual({ name: 'area', area: 'desk' });
    expect(parseRoute('#/programme/abc-123')).toEqual({ name: 'area', area: 'programme', item: 'abc-123' });
    expect(parseRoute('#/room-display')).toEqual({ name: 'area', area: 'room-display' });
    expect(parseRoute('#/display')).toEqual({ name: 'room-display-window' });
    expect(parseRoute('#/welcome')).toEqual({ name: 'welcome' });
    expect(parseRoute('')).toEqual({ name: 'area', area: 'programme' });
    expect(parseRoute('#/nonsense')).toEqual({ name: 'area', area: 'programme' });
  });

  it('write what they read', () => {
    for (const hash of ['#/desk', '#/programme/abc-123', '#/room-display', '#/display', '#/welcome']) {
      expect(routeHref(parseRoute(hash))).toBe(hash);
    }
  });
});
