/** Reads for the plates area: what can be printed in a series, and its logo. */
import type { SessionDeskDb } from '../database';
import type { CheckIn, Participant } from '../../domain/core/model';
import { seriesSettingKey } from '../../domain/event-file';
import { storedLogo } from '../../domain/plates/logo';
import { readProgramme, type SessionWithSlots } from './series';

const LOGO_SETTING = 'logo';

/** The series logo as a PNG or JPEG data URL, or null. */
export async function readSeriesLogo(db: SessionDeskDb, seriesId: string): Promise<string | null> {
  const record = await db.settings.get(seriesSettingKey(seriesId, LOGO_SETTING));
  return storedLogo(record?.value);
}

export interface PlateSources {
  programme: SessionWithSlots[];
  participants: Participant[];
  /** The series' check-ins (placards follow the missions present). */
  checkIns: CheckIn[];
  logo: string | null;
}

/** Everything the plates screen chooses from, read together. Use with useLiveQuery. */
export async function readPlateSources(db: SessionDeskDb, seriesId: string): Promise<PlateSources> {
  const [programme, participants, checkIns, logo] = await Promise.all([
    readProgramme(db, seriesId),
    db.participants.where('seriesId').equals(seriesId).toArray(),
    db.checkIns.where('seriesId').equals(seriesId).toArray(),
    readSeriesLogo(db, seriesId),
  ]);
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  participants.sort((a, b) => collator.compare(a.name, b.name));
  return { programme, participants, checkIns, logo };
}
