import { describe, expect, it } from 'vitest';
import {
  BACKUP_SERIES_ID,
  backupExpiresAt,
  backupFileName,
  backupsToDelete,
  KEEP_DAILY_MS,
  parseBackupFileName,
  PURGE_GRACE_MS,
} from '../../../common/backup-files';
import { USABLE_SERIES_ID } from '../../../renderer/src/domain/core/ids';

const SERIES = '3f2a9c1e-1111-4222-8333-444455556666';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('backup names', () => {
  it('carry the series, the time and why the backup was taken, and read back', () => {
    const at = Date.UTC(2026, 3, 11, 9, 30, 0, 123);
    const name = backupFileName(SERIES, at);
    expect(name).toBe(`backup_${SERIES}_20260411T093000123Z.sessiondesk.json`);
    expect(parseBackupFileName(name)).toEqual({ fileName: name, seriesId: SERIES, at, reason: 'auto' });
    const purge = backupFileName(SERIES, at, 'purge');
    expect(purge).toBe(`backup_${SERIES}_20260411T093000123Z_purge.sessiondesk.json`);
    expect(parseBackupFileName(purge)).toMatchObject({ reason: 'purge', at });
    // Main's rule for backup names: no separators, no "..", ends in .json.
    for (const n of [name, purge, backupFileName(SERIES, at, 'restore'), backupFileName(SERIES, at, 'import')]) {
      expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.json$/);
    }
  });

  it('refuse anything else, and ids that cannot name a file', () => {
    expect(parseBackupFileName('notes.sessiondesk.json')).toBeNull();
    expect(parseBackupFileName(`backup_${SERIES}_20260411T093000123Z.sessiondesk.json.tmp`)).toBeNull();
    expect(parseBackupFileName(`backup_${SERIES}_20260411T093000123Z_later.sessiondesk.json`)).toBeNull();
    expect(() => backupFileName('../etc', 0)).toThrow();
    expect(() => backupFileName('PS30_2018', 0)).toThrow();
  });

  it('use the same rule for a usable series id as the import does', () => {
    expect(BACKUP_SERIES_ID.source).toBe(USABLE_SERIES_ID.source);
  });
});

describe('which backups to keep', () => {
  const now = Date.UTC(2026, 4, 20, 12);
  const keptOf = (names: string[]) => {
    const doomed = new Set(backupsToDelete(names, now));
    return names.filter((n) => !doomed.has(n));
  };

  it('keeps automatic backups hourly for 48 hours and daily for 30 days, per series', () => {
    // Every 10 minutes for 40 days.
    const names = Array.from({ length: 40 * 24 * 6 }, (_, i) => backupFileName(SERIES, now - i * 10 * 60_000));
    const kept = keptOf(names).map((n) => parseBackupFileName(n)?.at ?? 0);
    const recent = kept.filter((at) => now - at <= 48 * HOUR);
    const older = kept.filter((at) => now - at > 48 * HOUR);
    // The latest of each hour for 48 hours (49 hours touched, counting the current one).
    expect(recent).toHaveLength(49);
    expect(new Set(recent.map((at) => Math.floor(at / HOUR))).size).toBe(49);
    // Then the latest of each day (UTC) up to 30 days back, and nothing older.
    expect(new Set(older.map((at) => Math.floor(at / DAY))).size).toBe(older.length);
    expect(Math.min(...older)).toBeGreaterThanOrEqual(now - KEEP_DAILY_MS);
    expect(older.length).toBeGreaterThanOrEqual(28);
    // Each one kept is the latest of its hour or of its day.
    for (const at of kept)
      expect(
        names.some(
          (n) => (parseBackupFileName(n)?.at ?? 0) > at && Math.floor((parseBackupFileName(n)?.at ?? 0) / DAY) === Math.floor(at / DAY) && now - at > 48 * HOUR,
        ),
      ).toBe(false);
  });

  it('always keeps the newest backup of a series, however old, and never touches other series or files', () => {
    const old = backupFileName(SERIES, now - 90 * DAY);
    const older = backupFileName(SERIES, now - 91 * DAY);
    const other = backupFileName('other-series', now - 200 * DAY);
    expect(backupsToDelete([old, older, other, 'unrelated.json'], now)).toEqual([older]);
  });

  it('keeps backups taken before a restore or an import until the user deletes them', () => {
    const restore = backupFileName(SERIES, now - 400 * DAY, 'restore');
    const imported = backupFileName(SERIES, now - 300 * DAY, 'import');
    const autos = Array.from({ length: 100 }, (_, i) => backupFileName(SERIES, now - i * 60_000));
    expect(keptOf([restore, imported, ...autos])).toEqual(expect.arrayContaining([restore, imported]));
  });

  it('keeps the backup taken before a purge for the grace period only', () => {
    const at = now - PURGE_GRACE_MS;
    const purge = backupFileName(SERIES, at, 'purge');
    expect(backupExpiresAt({ at, reason: 'purge' })).toBe(now);
    expect(backupExpiresAt({ at, reason: 'restore' })).toBeNull();
    expect(backupsToDelete([purge], now)).toEqual([purge]);
    expect(backupsToDelete([purge], now - 1)).toEqual([]);
  });
});
