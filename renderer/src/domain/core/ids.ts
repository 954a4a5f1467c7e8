/** UUID keys, never auto-increment: records from two laptops must merge without clashes. */
export function newId(): string {
  return crypto.randomUUID();
}

/** A function that makes ids; passed into pure builders so tests can make them predictable. */
export type IdMaker = () => string;

/**
 * A series id the app can use everywhere: it names the series' backup files, so letters,
 * digits and "-" only, at most 64 (a UUID is 36). Ids the app makes always are; a file from
 * elsewhere may hold another ("PS30_2018"), and is then imported under fresh ids.
 * The same rule as BACKUP_SERIES_ID in common/backup-files.ts (a unit test holds them together).
 */
export const USABLE_SERIES_ID = /^[A-Za-z0-9-]{1,64}$/;

export function isUsableSeriesId(id: string): boolean {
  return USABLE_SERIES_ID.test(id);
}
