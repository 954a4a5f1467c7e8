import type { SessionDeskDb } from '../database';
import type { Participant } from '../../domain/core/model';

export async function listParticipants(db: SessionDeskDb, seriesId: string): Promise<Participant[]> {
  return db.participants.where('seriesId').equals(seriesId).toArray();
}
