/** Reads of this station's identity, the series it shares, and who holds a room's console. */
import type { SessionDeskDb } from '../database';
import { parseStation, type Station } from '../../domain/sync/station';
import { parseShareRecord, type ShareRecord } from '../../domain/sync/share';
import { consoleHolderSettingName, parseConsoleHolder, type ConsoleHolder } from '../../domain/sync/console-holder';
import { seriesSettingKey } from '../../domain/event-file/series-settings';
import { SHARE_KEY, STATION_KEY } from '../settings-records';

/** This station, or null before the first start made it (db/commands/stations.ts `ensureStation`). */
export async function readStation(db: SessionDeskDb): Promise<Station | null> {
  return parseStation((await db.settings.get(STATION_KEY))?.value);
}

export async function readShare(db: SessionDeskDb): Promise<ShareRecord | null> {
  return parseShareRecord((await db.settings.get(SHARE_KEY))?.value);
}

export async function readConsoleHolder(db: SessionDeskDb, seriesId: string, room: string): Promise<ConsoleHolder | null> {
  return parseConsoleHolder((await db.settings.get(seriesSettingKey(seriesId, consoleHolderSettingName(room))))?.value);
}
