import type { Migration } from './types';

/**
 * Version 4: when someone in the registry last confirmed a participant's record (`reviewedAt`),
 * which takes a walk-in off the list to review. No index changes (the registry reads it with
 * the record), so `stores` is empty; existing records were never confirmed (`null`), so every
 * walk-in registered before this version is still to review.
 */
export const participantReview: Migration = {
  version: 4,
  description: 'participants: when the record was last confirmed in the registry (reviewedAt)',
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table('participants')
      .toCollection()
      .modify((participant: Record<string, unknown>) => {
        if (typeof participant.reviewedAt !== 'number') participant.reviewedAt = null;
      });
  },
};
