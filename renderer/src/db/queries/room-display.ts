/** Reads for the room display and its controls. Use with useLiveQuery. */
import type { SessionDeskDb } from '../database';
import type { Participant } from '../../domain/core/model';
import { parseRoomDisplayState, type RoomDisplayState } from '../../domain/room-display/state';
import { ROOM_DISPLAY_STATE_KEY } from '../settings-records';
import { readSeriesLogo } from './plates';
import { readProgramme, type SessionWithSlots } from './series';

export async function readRoomDisplayState(db: SessionDeskDb): Promise<RoomDisplayState> {
  return parseRoomDisplayState((await db.settings.get(ROOM_DISPLAY_STATE_KEY))?.value);
}

export interface RoomDisplaySources {
  programme: SessionWithSlots[];
  /** The people named by the series' slots (panellists), by id. */
  speakers: Map<string, Participant>;
  logo: string | null;
  state: RoomDisplayState;
}

/** Everything the display window shows, read together so that one change redraws once. */
export async function readRoomDisplaySources(db: SessionDeskDb, seriesId: string): Promise<RoomDisplaySources> {
  const [programme, logo, state] = await Promise.all([readProgramme(db, seriesId), readSeriesLogo(db, seriesId), readRoomDisplayState(db)]);
  const ids = [...new Set(programme.flatMap((p) => p.slots.map((s) => s.participantId)).filter((id): id is string => id !== null))];
  const people = await db.participants.bulkGet(ids);
  const speakers = new Map(people.filter((p): p is Participant => Boolean(p)).map((p) => [p.id, p]));
  return { programme, speakers, logo, state };
}
