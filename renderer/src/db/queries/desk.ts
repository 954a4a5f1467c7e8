/** What the desk reads. Use with useLiveQuery: each re-runs when check-ins or the registry change. */
import type { SessionDeskDb } from '../database';
import type { CheckIn } from '../../domain/core/model';

/** Every check-in event of a series (check-ins and undos), for presence across its sessions. */
export async function readSeriesCheckIns(db: SessionDeskDb, seriesId: string): Promise<CheckIn[]> {
  return db.checkIns.where('seriesId').equals(seriesId).toArray();
}
