/**
 * Settings that belong to one series (timer thresholds, a logo, ...) live in the settings
 * table under "series:<seriesId>:<name>", so that they travel with the series in its event
 * file (as `settings.<name>`) and are re-keyed when it is imported as a copy. App-wide
 * preferences (language, theme, currentSeriesId) have plain keys and never enter a file.
 */
import { SERIES_SETTING_NAME } from './schema';

/** Every settings key of a series starts with this. */
export function seriesSettingPrefix(seriesId: string): string {
  return `series:${seriesId}:`;
}

/** The settings key of one setting of a series. */
export function seriesSettingKey(seriesId: string, name: string): string {
  if (!SERIES_SETTING_NAME.test(name)) throw new Error(`Not a series setting name: ${JSON.stringify(name)}`);
  return `${seriesSettingPrefix(seriesId)}${name}`;
}

/** The setting's name when `key` is a setting of that series, else null. */
export function seriesSettingName(seriesId: string, key: string): string | null {
  const prefix = seriesSettingPrefix(seriesId);
  if (!key.startsWith(prefix)) return null;
  const name = key.slice(prefix.length);
  return SERIES_SETTING_NAME.test(name) ? name : null;
}
