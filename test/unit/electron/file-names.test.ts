// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isBareFileName, isValidBackupFileName } from '../../../electron/main/files/file-names';

describe('isValidBackupFileName', () => {
  it.each(['2026-04-11T09-30-00Z.sessiondesk.json', 'backup.json', 'series_30.auto-backup.json', 'A1.json'])('accepts %s', (name) => {
    expect(isValidBackupFileName(name)).toBe(true);
  });

  it.each([
    ['parent folder', '../backup.json'],
    ['parent folder, Windows', '..\\backup.json'],
    ['sub-folder', 'old/backup.json'],
    ['absolute path', '/tmp/backup.json'],
    ['Windows absolute path', 'C:\\backup.json'],
    ['drive-relative', 'C:backup.json'],
    ['double dot inside', 'backup..json'],
    ['leading dot', '.backup.json'],
    ['only an extension', '.json'],
    ['wrong extension', 'backup.txt'],
    ['no extension', 'backup'],
    ['trailing dot', 'backup.json.'],
    ['space', 'my backup.json'],
    ['colon (NTFS stream, ISO time)', '2026-04-11T09:30:00Z.json'],
    ['NUL byte', 'backup\u0000.json'],
    ['newline', 'backup\n.json'],
    ['non-ASCII', 'sauvegarde-été.json'],
    ['Windows device name', 'NUL.json'],
    ['Windows device name, other case', 'com1.json'],
    ['too long', `${'a'.repeat(124)}.json.json`],
    ['empty', ''],
    ['not a string', 42],
  ])('refuses %s', (_label, name) => {
    expect(isValidBackupFileName(name)).toBe(false);
  });
});

describe('isBareFileName (names suggested to the save dialog)', () => {
  it.each(['participants.csv', 'Name plates – Cameroon.pdf', 'Fédération de Russie.xlsx', 'Report (final).pdf'])('accepts %s', (name) => {
    expect(isBareFileName(name)).toBe(true);
  });

  it.each(['../x.csv', 'a/b.csv', 'a\\b.csv', 'C:x.csv', ' x.csv', 'x.csv ', 'x.', '.x', 'a?.csv', 'a*.csv', 'a<b>.csv', 'CON', 'prn.txt', '', 'x\u0007.csv'])(
    'refuses %j',
    (name) => {
      expect(isBareFileName(name)).toBe(false);
    },
  );
});
