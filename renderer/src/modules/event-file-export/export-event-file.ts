/**
 * The full event-file export of a series, shared by Settings → Event file and the storage
 * warning (which offers it one click away). Reads a consistent snapshot, serializes it, seals
 * it as asked and hands it to the Host's save (a dialog in Electron, a download in browser mode).
 */
import type { SessionDeskDb } from '../../db/database';
import { readEventSnapshot } from '../../db/queries/event-file';
import { serializeEventFile, suggestEventFileName } from '../../domain/event-file';
import type { Series } from '../../domain/core/model';
import type { Host, SaveFileResult } from '../../host/host';
import { sealWithPassphrase } from '../../../../common/sealed-file';

/**
 * How the file is protected:
 * - a passphrase (to hand the file to someone: they type it at import);
 * - this laptop's backup key (opens here, or elsewhere with the backup recovery code);
 * - none: the plain format, readable by anyone who gets the file (for other software).
 */
export type ExportProtection = { kind: 'passphrase'; passphrase: string } | { kind: 'backup-key' } | { kind: 'none' };

/** Null when the series no longer exists; else what the save did (the user may cancel). */
export async function exportEventFile(
  db: SessionDeskDb,
  host: Host,
  series: Pick<Series, 'id' | 'name'>,
  filterName: string,
  protection: ExportProtection,
): Promise<SaveFileResult | null> {
  const snapshot = await readEventSnapshot(db, series.id);
  if (!snapshot) return null;
  const info = await host.appInfo();
  const now = Date.now();
  const json = serializeEventFile(snapshot, { name: 'Session Desk', version: info.version }, now);
  const data =
    protection.kind === 'passphrase'
      ? await sealWithPassphrase(json, protection.passphrase)
      : protection.kind === 'backup-key'
        ? await host.sealWithBackupKey(json)
        : json;
  return host.saveFile({
    suggestedName: suggestEventFileName(series.name, now),
    mimeType: 'application/json',
    filters: [{ name: filterName, extensions: ['json'] }],
    data,
  });
}
