import type { SessionDeskDb } from '../database';
import type { Participant } from '../../domain/core/model';

/**
 * Participants read at a time. Each read's records are copied into the page (and tracked by
 * Dexie's live queries) in one task: 20,000 at once held the screen for a third of a second
 * after an import; pages of a thousand leave it free in between.
 */
const PAGE = 1000;

/** A series' participants, in the order of their ids; a large series is read in pages, in one read transaction. */
export async function listParticipants(db: SessionDeskDb, seriesId: string): Promise<Participant[]> {
  return db.transaction('r', db.participants, async () => {
    const ofSeries = db.participants.where('seriesId').equals(seriesId);
    if ((await ofSeries.count()) <= PAGE) return ofSeries.toArray();
    // Pages go by id over every series (the seriesId index cannot start a page after an id);
    // other series' participants are left out. A laptop holds a few series at most.
    const out: Participant[] = [];
    let page = await db.participants.orderBy(':id').limit(PAGE).toArray();
    for (;;) {
      for (const participant of page) if (participant.seriesId === seriesId) out.push(participant);
      const last = page.at(-1);
      if (page.length < PAGE || !last) return out;
      page = await db.participants.where(':id').above(last.id).limit(PAGE).toArray();
    }
  });
}
