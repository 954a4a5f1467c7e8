/**
 * This station's identity and sharing. The station record and the share record are this
 * laptop's (app-wide settings, never replicated); a room's console holder is the series' (a
 * series setting, replicated, so every console knows who drives the room).
 */
import type { SessionDeskDb } from '../database';
import { newId } from '../../domain/core/ids';
import { cleanStationName, defaultStationName, parseStation, type Station } from '../../domain/sync/station';
import type { ShareRecord } from '../../domain/sync/share';
import { consoleHolderSettingName, type ConsoleHolder } from '../../domain/sync/console-holder';
import { seriesSettingKey } from '../../domain/event-file/series-settings';
import { SHARE_KEY, STATION_KEY } from '../settings-records';

/** This station, made with a new id and a default name the first time. */
export async function ensureStation(db: SessionDeskDb): Promise<Station> {
  return db.transaction('rw', db.settings, async () => {
    const existing = parseStation((await db.settings.get(STATION_KEY))?.value);
    if (existing) return existing;
    const id = newId();
    const station = { id, name: defaultStationName(id) };
    await db.settings.put({ key: STATION_KEY, value: station });
    return station;
  });
}

export type RenameResult = { ok: true; station: Station } | { ok: false; reason: 'empty' };

export async function renameStation(db: SessionDeskDb, name: string): Promise<RenameResult> {
  const clean = cleanStationName(name);
  if (clean === '') return { ok: false, reason: 'empty' };
  const station = await ensureStation(db);
  const renamed = { ...station, name: clean };
  await db.settings.put({ key: STATION_KEY, value: renamed });
  return { ok: true, station: renamed };
}

export async function saveShare(db: SessionDeskDb, share: ShareRecord | null): Promise<void> {
  if (share === null) await db.settings.delete(SHARE_KEY);
  else await db.settings.put({ key: SHARE_KEY, value: share });
}

/** Records that this station's console now holds the room (first console there, or Take over). */
export async function holdRoom(db: SessionDeskDb, seriesId: string, room: string, station: Station, now = Date.now()): Promise<ConsoleHolder> {
  const holder: ConsoleHolder = { stationId: station.id, stationName: station.name, at: now };
  await db.settings.put({ key: seriesSettingKey(seriesId, consoleHolderSettingName(room)), value: holder });
  return holder;
}
