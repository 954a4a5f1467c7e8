/** The records of the settings table that commands write and queries read: their keys and defaults. */

import type { Language } from '../domain/core/language';

export type { Language };
export type Theme = 'light' | 'dark';

/** The app-wide preferences and their keys in the settings table. */
export interface AppSettings {
  language: Language;
  theme: Theme;
  currentSeriesId: string | null;
}

export const DEFAULT_SETTINGS: AppSettings = { language: 'en', theme: 'light', currentSeriesId: null };

/** The room display's state: one app-wide record (it describes this laptop's screen). */
export const ROOM_DISPLAY_STATE_KEY = 'roomDisplay';

/** This station's id and name (domain/sync/station.ts): this laptop's, never replicated. */
export const STATION_KEY = 'station';
/** The series this station shares on the venue network (domain/sync/share.ts): this laptop's. */
export const SHARE_KEY = 'sync:share';
