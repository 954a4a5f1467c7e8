import type { Migration } from './types';

/**
 * Version 1: the first schema. Primary keys are UUID strings (`id`), never `++id`.
 * - slots sort within a session by their fractional-index `order`: [sessionId+order].
 * - checkIns are append-only events, looked up per session and per participant.
 * - participants are found by badge code at the desk.
 */
export const initialSchema: Migration = {
  version: 1,
  description: 'series, sessions, slots, participants, check-ins, settings',
  stores: {
    series: 'id, name, startDate',
    sessions: 'id, seriesId, [seriesId+date], stateCode',
    slots: 'id, sessionId, seriesId, [sessionId+order], participantId',
    participants: 'id, seriesId, badgeCode, stateCode, category',
    checkIns: 'id, seriesId, sessionId, participantId, [sessionId+participantId], at',
    settings: 'key',
  },
};
