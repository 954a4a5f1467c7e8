import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToDelete, parseBackupFileName } from '../../../common/backup-files';

const SERIES = '3f2a9c1e-1111-4222-8333-444455556666';
const HOUR = 3_600_000;

describe('backup names', () => {
  it('carry the series and the time, and read back', () => {
    const at = Date.UTC(2026, 3, 11, 9, 30, 0, 123);
    const name = backupFileName(SERIES, at);
    expect(name).toBe(`backup_${SERIES}_20260411T093000123Z.sessiondesk.json`);
    expect(parseBackupFileName(name)).toEqual({ fileName: name, seriesId: SERIES, at });
    // Main's rule for names coming from the renderer: no separators, no "..", ends in .json.
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.json$/);
  });

  it('refuse anything else', () => {
    expect(parseBackupFileName('notes.sessiondesk.json')).toBeNull();
    expect(parseBackupFileName(`backup_${SERIES}_20260411T093000123Z.sessiondesk.json.tmp`)).toBeNull();
    expect(() => backupFileName('../etc', 0)).toThrow();
  });
});

describe('which backups to keep', () => {
  it('keeps the latest 20 and the latest of every day, per series', () => {
    const start = Date.UTC(2026, 3, 9, 8);
    // Three days, 15 backups a day, every hour from 08:00.
    const names = [0, 1, 2].flatMap((day) => Array.from({ length: 15 }, (_, h) => backupFileName(SERIES, start + day * 24 * HOUR + h * HOUR)));
    const other = backupFileName('other-series', start);
    const doomed = backupsToDelete([...names, other, 'unrelated.json']);
    const kept = names.filter((n) => !doomed.includes(n));
    expect(kept).toHaveLength(21);
    // The 20 newest, plus the last of the first day (22:00 on 9 April).
    expect(kept).toContain(backupFileName(SERIES, start + 14 * HOUR));
    expect(doomed).not.toContain(other);
    expect(doomed).not.toContain('unrelated.json');
  });
});
