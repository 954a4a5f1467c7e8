import { initialSchema } from './001-initial';
import { slotRecord } from './002-slot-record';
import { slotThemes } from './003-slot-themes';
import { participantReview } from './004-participant-review';
import type { Migration } from './types';

/** Every schema version in order. Add a file per version; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, slotRecord, slotThemes, participantReview];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
