/**
 * From a file's text to the event file's text: as it is when the file is not sealed; else
 * opened with what locks it, asking the user for the passphrase, or for the backup recovery
 * code when the laptop's own key does not open it (a backup from a lost laptop). A wrong
 * secret asks again; the user may give up (null). A damaged file throws SealedFileError.
 * Nothing is written anywhere: the caller imports only what this returns.
 */
import type { Host } from '../../host';
import { normaliseRecoveryCode } from '../../domain/protection/pin';
import {
  isSealedFileError,
  isSealedText,
  openWithPassphrase,
  openWithRecoveryCode,
  readSealedFile,
  SealedFileError,
  type SealedFile,
} from '../../../../common/sealed-file';

export type SecretKind = 'passphrase' | 'recovery-code';

/** Asks for a secret; `wrongBefore` when the last one did not open the file. Null: the user gave up. */
export type AskSecret = (kind: SecretKind, wrongBefore: boolean) => Promise<string | null>;

async function keepAsking(kind: SecretKind, ask: AskSecret, tryOpen: (secret: string) => Promise<string>): Promise<string | null> {
  let wrongBefore = false;
  for (;;) {
    const secret = await ask(kind, wrongBefore);
    if (secret === null) return null;
    try {
      return await tryOpen(secret);
    } catch (error) {
      if (!isSealedFileError(error) || error.code !== 'wrong-secret') throw error;
      wrongBefore = true;
    }
  }
}

export async function openFileText(host: Pick<Host, 'openSealed'>, text: string, ask: AskSecret): Promise<string | null> {
  if (!isSealedText(text)) return text;
  const file: SealedFile = readSealedFile(text);
  if (file.lock.kind === 'passphrase') return keepAsking('passphrase', ask, (secret) => openWithPassphrase(file, secret));
  const here = await host.openSealed(text);
  if (here.opened) return here.text;
  if (here.reason !== 'other-key') throw new SealedFileError(here.reason, 'This laptop could not open the file.');
  if (!file.lock.recovery) {
    throw new SealedFileError('other-key', 'The file was sealed on another laptop before a recovery code was set: only that laptop opens it.');
  }
  return keepAsking('recovery-code', ask, (secret) => openWithRecoveryCode(file, normaliseRecoveryCode(secret)));
}
