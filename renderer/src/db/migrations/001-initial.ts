import type { Migration } from './types';

/**
 * Version 1: the first schema. Primary keys are UUID strings (`id`), never `++id`.
 * - slots sort within a session by their fractional-index `order`: [sessionId+order].
 * - checkIns are append-only events, looked up per session and per participant.
 * - participants are found by badge code at the desk; other searches run in memory over an
 *   index built once (participant-filter.ts), so no further participant indexes are kept:
 *   each costs time on every write (measured: 20,000 rows import 40 % slower with four).
 */
export const initialSchema: Migration = {
  version: 1,
  description: 'series, sessions, slots, participants, check-ins, settings',
  stores: {
    series: 'id, name, startDate',
    sessions: 'id, seriesId, [seriesId+date], stateCode',
    slots: 'id, sessionId, seriesId, [sessionId+order], participantId',
    participants: 'id, seriesId, badgeCode',
    checkIns: 'id, seriesId, sessionId, participantId, [sessionId+participantId], at',
    settings: 'key',
  },
};
