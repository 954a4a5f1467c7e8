// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createBackupKeyring, storeKeyAsIs } from '../../../common/backup-keyring';
import {
  isSealedText,
  makeRecoveryWrap,
  openWithBackupKey,
  openWithPassphrase,
  openWithRecoveryCode,
  readSealedFile,
  SealedFileError,
  sealWithBackupKey,
  sealWithPassphrase,
  type BackupKey,
} from '../../../common/sealed-file';
import { openFileText, type AskSecret } from '../../../renderer/src/modules/sealed-files/open-sealed';

// Few iterations in tests: the iteration count is in the file, and the app writes 600,000.
const FAST = 1000;
const EVENT = JSON.stringify({ format: 'session-desk/event', participants: [{ name: 'Amina Diallo', email: 'amina@example.org' }] });

function key(id = 'a1b2c3d4'): BackupKey {
  return { id, raw: crypto.getRandomValues(new Uint8Array(32)), recovery: null };
}

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SealedFileError);
  expect((error as SealedFileError).code).toBe(code);
}

/** Flips one base64 character of a field, as a bad disk sector or a careless edit would. */
function tampered(text: string, field: 'data' | 'iv'): string {
  const file = JSON.parse(text) as Record<string, string>;
  const value = file[field] as string;
  const i = Math.floor(value.length / 2);
  file[field] = value.slice(0, i) + (value[i] === 'A' ? 'B' : 'A') + value.slice(i + 1);
  return JSON.stringify(file);
}

describe('a file sealed with a passphrase', () => {
  it('holds no name in clear, opens with the passphrase and says which KDF it used', async () => {
    const sealed = await sealWithPassphrase(EVENT, 'correct horse battery', crypto, FAST);
    expect(isSealedText(sealed)).toBe(true);
    expect(sealed).not.toContain('Amina');
    expect(sealed).not.toContain('correct horse');
    const file = readSealedFile(sealed);
    expect(file).toMatchObject({
      format: 'session-desk/sealed',
      cipher: 'AES-256-GCM',
      lock: { kind: 'passphrase', kdf: { name: 'PBKDF2-SHA-256', iterations: FAST } },
    });
    await expect(openWithPassphrase(file, 'correct horse battery')).resolves.toBe(EVENT);
  });

  it('writes 600,000 PBKDF2 iterations by default', async () => {
    const sealed = await sealWithPassphrase('{}', 'correct horse battery');
    expect(readSealedFile(sealed).lock).toMatchObject({ kdf: { iterations: 600_000 } });
  });

  it('tells a wrong passphrase from a damaged file', async () => {
    const sealed = await sealWithPassphrase(EVENT, 'correct horse battery', crypto, FAST);
    await expectCode(openWithPassphrase(readSealedFile(sealed), 'wrong horse battery'), 'wrong-secret');
    await expectCode(openWithPassphrase(readSealedFile(tampered(sealed, 'data')), 'correct horse battery'), 'damaged');
    await expectCode(openWithPassphrase(readSealedFile(tampered(sealed, 'iv')), 'correct horse battery'), 'damaged');
  });

  it('refuses an envelope that is cut short, altered in shape, or from a newer version', async () => {
    const sealed = await sealWithPassphrase(EVENT, 'correct horse battery', crypto, FAST);
    expect(() => readSealedFile(sealed.slice(0, sealed.length / 2))).toThrow(SealedFileError);
    expect(() => readSealedFile(JSON.stringify({ ...JSON.parse(sealed), cipher: 'ROT13' }))).toThrow(/damaged/);
    const heavy = JSON.parse(sealed) as { lock: { kdf: { iterations: number } } };
    heavy.lock.kdf.iterations = 1e9;
    expect(() => readSealedFile(JSON.stringify(heavy))).toThrow(SealedFileError);
    try {
      readSealedFile(JSON.stringify({ ...JSON.parse(sealed), formatVersion: 2 }));
    } catch (error) {
      expect((error as SealedFileError).code).toBe('newer-version');
    }
  });
});

describe('a file sealed with a laptop’s backup key', () => {
  it('opens with that key only, and on another laptop with the recovery code', async () => {
    const mine = key();
    mine.recovery = await makeRecoveryWrap(mine.raw, '7K2MQ9XD3HRAWP4N', crypto, FAST);
    const sealed = await sealWithBackupKey(EVENT, mine);
    expect(sealed).not.toContain('Amina');
    const file = readSealedFile(sealed);
    await expect(openWithBackupKey(file, mine)).resolves.toBe(EVENT);
    await expectCode(openWithBackupKey(file, key('ffff0000')), 'other-key');
    // Another laptop: no key, only the code written down.
    await expect(openWithRecoveryCode(file, '7K2MQ9XD3HRAWP4N')).resolves.toBe(EVENT);
    await expectCode(openWithRecoveryCode(file, '7K2MQ9XD3HRAWP4M'), 'wrong-secret');
    await expectCode(openWithRecoveryCode(readSealedFile(tampered(sealed, 'data')), '7K2MQ9XD3HRAWP4N'), 'damaged');
  });
});

describe('the backup keyring', () => {
  function keyringOn(store: { text: string | null }) {
    return createBackupKeyring(
      {
        load: async () => store.text,
        save: async (text) => void (store.text = text),
        protect: async (raw) => `os:${Buffer.from(raw).reverse().toString('base64')}`,
        unprotect: async (stored) => new Uint8Array(Buffer.from(stored.slice(3), 'base64').reverse()),
        protection: 'os-keychain',
        crypto,
        now: () => 1_000,
      },
      FAST,
    );
  }

  it('makes one key on first use, even when asked twice at once, and finds it again after a restart', async () => {
    const store = { text: null as string | null };
    const ring = keyringOn(store);
    const [a, b] = await Promise.all([ring.key(), ring.key()]);
    expect(a.id).toBe(b.id);
    expect(store.text).toContain('"key": "os:');
    expect(store.text).not.toContain(Buffer.from(a.raw).toString('base64'));
    const again = await keyringOn(store).key();
    expect(again.id).toBe(a.id);
    expect([...again.raw]).toEqual([...a.raw]);
  });

  it('sets a recovery code: backups sealed afterwards open with it anywhere', async () => {
    const store = { text: null as string | null };
    const ring = keyringOn(store);
    expect(await ring.status()).toEqual({ protection: 'os-keychain', keyId: null, recoverySetAt: null });
    const status = await ring.setRecoveryCode('0123456789ABCDEF');
    expect(status.recoverySetAt).toBe(1_000);
    expect(store.text).not.toContain('0123456789ABCDEF');
    const sealed = await sealWithBackupKey(EVENT, await ring.key());
    await expect(openWithRecoveryCode(readSealedFile(sealed), '0123456789ABCDEF')).resolves.toBe(EVENT);
  });

  it('never replaces a damaged key file silently', async () => {
    const ring = createBackupKeyring({
      load: async () => '{"format":"other"}',
      save: async () => undefined,
      ...storeKeyAsIs,
      protection: 'browser-storage',
      crypto,
      now: () => 0,
    });
    await expect(ring.key()).rejects.toThrow(/damaged/);
  });
});

describe('opening a file at import or restore (openFileText)', () => {
  const notHere = { openSealed: async () => ({ opened: false as const, reason: 'other-key' as const }) };

  it('passes a plain event file through, asks again after a wrong passphrase, and gives up on Cancel', async () => {
    expect(await openFileText(notHere, EVENT, async () => null)).toBe(EVENT);
    const sealed = await sealWithPassphrase(EVENT, 'correct horse battery', crypto, FAST);
    const asked: Array<[string, boolean]> = [];
    const answers = ['wrong', 'correct horse battery'];
    const ask: AskSecret = async (kind, wrongBefore) => {
      asked.push([kind, wrongBefore]);
      return answers.shift() ?? null;
    };
    expect(await openFileText(notHere, sealed, ask)).toBe(EVENT);
    expect(asked).toEqual([
      ['passphrase', false],
      ['passphrase', true],
    ]);
    expect(await openFileText(notHere, sealed, async () => null)).toBeNull();
  });

  it('opens a backup with this laptop’s key without asking, else asks for the recovery code (typed any way)', async () => {
    const mine = key();
    mine.recovery = await makeRecoveryWrap(mine.raw, '7K2MQ9XD3HRAWP4N', crypto, FAST);
    const sealed = await sealWithBackupKey(EVENT, mine);
    const here = { openSealed: async (text: string) => ({ opened: true as const, text: await openWithBackupKey(readSealedFile(text), mine) }) };
    expect(await openFileText(here, sealed, async () => Promise.reject(new Error('asked')))).toBe(EVENT);
    expect(await openFileText(notHere, sealed, async (kind) => (kind === 'recovery-code' ? '7k2m-q9xd-3hra-wp4n' : null))).toBe(EVENT);
  });

  it('refuses a damaged sealed file without asking', async () => {
    const sealed = await sealWithPassphrase(EVENT, 'correct horse battery', crypto, FAST);
    await expectCode(
      openFileText(notHere, sealed.slice(0, 200), async () => 'x'),
      'damaged',
    );
  });
});

describe('a key file left empty by a failed first save', () => {
  it('is taken for no key at all (it never held one): a key is made and saved', async () => {
    const store = { text: '' as string | null };
    const ring = createBackupKeyring({
      load: async () => store.text,
      save: async (t) => void (store.text = t),
      ...storeKeyAsIs,
      protection: 'browser-storage',
      crypto,
      now: () => 0,
    });
    const made = await ring.key();
    expect(store.text).toContain(made.id);
  });
});
