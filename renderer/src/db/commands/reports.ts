/**
 * Reports' writes: the themes tagged on a slot, and the series' own themes.
 *
 * Invariants:
 * - a slot's themes are ids of the series' catalogue (built-in or its own), each once, in
 *   catalogue order; tagging touches `themes` and `updatedAt` only, never the timing record;
 * - the series' own themes are one series setting ("themes"), so they travel in its event
 *   file; a theme is only ever added (slots may name it), never renamed to mean another.
 */
import type { SessionDeskDb } from '../database';
import { seriesSettingKey } from '../../domain/event-file';
import {
  normaliseThemeIds,
  parseSeriesThemes,
  planNewTheme,
  serializeSeriesThemes,
  SERIES_THEMES_SETTING,
  themeCatalogue,
  type NewThemeProblem,
  type Theme,
} from '../../domain/reports';

/** Sets the themes a slot's speaker raised; returns the ids stored. */
export async function setSlotThemes(db: SessionDeskDb, slotId: string, themeIds: readonly string[], now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.slots, db.settings, async () => {
    const slot = await db.slots.get(slotId);
    if (!slot) throw new Error(`No slot ${slotId}`);
    const own = parseSeriesThemes((await db.settings.get(seriesSettingKey(slot.seriesId, SERIES_THEMES_SETTING)))?.value);
    const themes = normaliseThemeIds(themeIds, themeCatalogue(own));
    await db.slots.update(slotId, { themes, updatedAt: now });
    return themes;
  });
}

/** Adds a theme of the series' own (English and French names); returns it, or why not. */
export async function addSeriesTheme(db: SessionDeskDb, seriesId: string, en: string, fr: string): Promise<Theme | NewThemeProblem> {
  return db.transaction('rw', db.settings, async () => {
    const key = seriesSettingKey(seriesId, SERIES_THEMES_SETTING);
    const own = parseSeriesThemes((await db.settings.get(key))?.value);
    const planned = planNewTheme(themeCatalogue(own), en, fr, crypto.randomUUID().replace(/-/g, ''));
    if (typeof planned === 'string') return planned;
    await db.settings.put({ key, value: serializeSeriesThemes([...own, planned]) });
    return planned;
  });
}
