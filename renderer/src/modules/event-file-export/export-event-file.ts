/**
 * The full event-file export of a series, shared by Settings → Event file and the storage
 * warning (which offers it one click away). Reads a consistent snapshot, serializes it and
 * hands it to the Host's save (a dialog in Electron, a download in browser mode).
 */
import type { SessionDeskDb } from '../../db/database';
import { readEventSnapshot } from '../../db/queries/event-file';
import { serializeEventFile, suggestEventFileName } from '../../domain/event-file';
import type { Series } from '../../domain/core/model';
import type { Host, SaveFileResult } from '../../host/host';

/** Null when the series no longer exists; else what the save did (the user may cancel). */
export async function exportEventFile(db: SessionDeskDb, host: Host, series: Pick<Series, 'id' | 'name'>, filterName: string): Promise<SaveFileResult | null> {
  const snapshot = await readEventSnapshot(db, series.id);
  if (!snapshot) return null;
  const info = await host.appInfo();
  const now = Date.now();
  const json = serializeEventFile(snapshot, { name: 'Session Desk', version: info.version }, now);
  return host.saveFile({
    suggestedName: suggestEventFileName(series.name, now),
    mimeType: 'application/json',
    filters: [{ name: filterName, extensions: ['json'] }],
    data: json,
  });
}
