/** Reads for the room display and its controls. Use with useLiveQuery. */
import type { SessionDeskDb } from '../database';
import type { Participant } from '../../domain/model';
import { parseDisplayState, type DisplayState } from '../../domain/display-state';
import { DISPLAY_STATE_KEY } from '../commands/room-display';
import { readSeriesLogo } from './plates';
import { readProgramme, type SessionWithSlots } from './series';

export async function readDisplayState(db: SessionDeskDb): Promise<DisplayState> {
  return parseDisplayState((await db.settings.get(DISPLAY_STATE_KEY))?.value);
}

export interface DisplaySources {
  programme: SessionWithSlots[];
  /** The people named by the series' slots (panellists), by id. */
  speakers: Map<string, Participant>;
  logo: string | null;
  state: DisplayState;
}

/** Everything the display window shows, read together so that one change redraws once. */
export async function readDisplaySources(db: SessionDeskDb, seriesId: string): Promise<DisplaySources> {
  const [programme, logo, state] = await Promise.all([readProgramme(db, seriesId), readSeriesLogo(db, seriesId), readDisplayState(db)]);
  const ids = [...new Set(programme.flatMap((p) => p.slots.map((s) => s.participantId)).filter((id): id is string => id !== null))];
  const people = await db.participants.bulkGet(ids);
  const speakers = new Map(people.filter((p): p is Participant => Boolean(p)).map((p) => [p.id, p]));
  return { programme, speakers, logo, state };
}
