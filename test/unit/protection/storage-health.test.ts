import { describe, expect, it } from 'vitest';
import { isSpaceLow, storageWarnings, warningsKey } from '../../../renderer/src/domain/protection/storage-health';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('storage health', () => {
  it('space is low under 200 MB, or under 10 % while under 2 GB', () => {
    expect(isSpaceLow({ freeBytes: 199 * MB, totalBytes: 100 * GB })).toBe(true);
    expect(isSpaceLow({ freeBytes: 201 * MB, totalBytes: 1 * GB })).toBe(false);
    expect(isSpaceLow({ freeBytes: 900 * MB, totalBytes: 10 * GB })).toBe(true);
    // 10 % of a large disk is plenty.
    expect(isSpaceLow({ freeBytes: 50 * GB, totalBytes: 1000 * GB })).toBe(false);
    expect(isSpaceLow({ freeBytes: 0, totalBytes: 0 })).toBe(false);
    expect(isSpaceLow({ freeBytes: -5, totalBytes: 10 * GB })).toBe(true);
  });

  it('no warning when persistence is granted and space is ample', () => {
    expect(storageWarnings({ persistence: 'granted', quota: { usage: 10 * MB, quota: 10 * GB }, disk: { freeBytes: 80 * GB, totalBytes: 250 * GB } })).toEqual(
      [],
    );
    expect(storageWarnings({ persistence: 'unsupported', quota: null, disk: null })).toEqual([]);
  });

  it('warns of a refused persistence, a low quota and a low disk, most urgent first', () => {
    const warnings = storageWarnings({
      persistence: 'refused',
      quota: { usage: 9.9 * GB, quota: 10 * GB },
      disk: { freeBytes: 100 * MB, totalBytes: 250 * GB },
    });
    expect(warnings.map((w) => w.kind)).toEqual(['disk-low', 'quota-low', 'not-persistent']);
    expect(warnings[0]).toEqual({ kind: 'disk-low', freeBytes: 100 * MB });
    expect(warningsKey(warnings)).toBe('disk-low+quota-low+not-persistent');
  });

  it('a quota used beyond itself counts as nothing free', () => {
    expect(storageWarnings({ persistence: 'granted', quota: { usage: 11 * GB, quota: 10 * GB }, disk: null })).toEqual([{ kind: 'quota-low', freeBytes: 0 }]);
  });
});
