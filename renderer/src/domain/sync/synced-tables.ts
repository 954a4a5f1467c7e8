/** The tables a shared series replicates, and one record's change as the store and the document exchange it. */

/** `settings` only for the series' own settings ("series:<id>:…"), never this laptop's. */
export const SYNCED_TABLES = ['series', 'sessions', 'slots', 'participants', 'checkIns', 'settings'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** One record as committed: its new value, or null when it was deleted. */
export interface RecordChange {
  table: SyncedTable;
  key: string;
  value: Record<string, unknown> | null;
}
