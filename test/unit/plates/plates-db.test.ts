import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { removeSeriesLogo, setSeriesLogo } from '../../../renderer/src/db/commands/series-logo';
import { readPlateSources, readSeriesLogo } from '../../../renderer/src/db/queries/plates';
import { panellistsOf, registeredStates } from '../../../renderer/src/domain/plates';

describe('plates in the store', () => {
  it('keeps the series logo as a series setting, and refuses anything but a PNG or JPEG data URL', async () => {
    const db = freshDb();
    await db.open();
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    await setSeriesLogo(db, 'series-1', logo);
    expect(await readSeriesLogo(db, 'series-1')).toBe(logo);
    expect(await db.settings.get('series:series-1:logo')).toEqual({ key: 'series:series-1:logo', value: logo });
    await expect(setSeriesLogo(db, 'series-1', 'data:image/svg+xml;base64,PHN2Zz4=')).rejects.toThrow();
    await removeSeriesLogo(db, 'series-1');
    expect(await readSeriesLogo(db, 'series-1')).toBeNull();
  });

  it('lists every panellist of a demo session, an absent one included, and the registered States', async () => {
    const db = freshDb();
    await db.open();
    const seriesId = await openDemoSeries(db);
    const sources = await readPlateSources(db, seriesId);
    const first = sources.programme[0];
    if (!first) throw new Error('no session');
    const slot = first.slots.find((s) => s.kind === 'panellist');
    if (!slot) throw new Error('no panellist slot');
    await db.slots.update(slot.id, { status: 'absent' });
    const after = await readPlateSources(db, seriesId);
    const again = after.programme[0];
    if (!again) throw new Error('no session');
    const panel = panellistsOf(again.session, again.slots, after.participants);
    expect(panel.length).toBe(again.slots.filter((s) => s.kind === 'panellist').length);
    expect(panel.map((p) => p.id)).toContain(slot.participantId);
    const states = registeredStates(
      after.programme.map((p) => p.session),
      after.participants,
    );
    expect(states).toContain('RUS');
    expect(states).toContain('GBR');
    expect(new Set(states).size).toBe(states.length);
  });
});
