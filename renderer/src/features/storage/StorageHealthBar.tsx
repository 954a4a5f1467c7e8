import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { dismissStorageWarning } from '../../db/commands/storage-warning';
import { readDismissedStorageWarning } from '../../db/queries/storage-warning';
import type { Series } from '../../domain/core/model';
import { warningsKey, type StorageWarning } from '../../domain/protection/storage-health';
import { exportEventFile } from '../../modules/event-file-export/export-event-file';
import { ExportDialog } from '../../modules/event-file-export/ExportDialog';
import { useStorageHealth } from './use-storage-health';
import './storage.css';
import { useRunCommand } from '../../runtime/run-command';

function formatBytes(bytes: number, language: string): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: mb < 10 ? 1 : 0 });
  return mb >= 1024 ? `${format.format(mb / 1024)} GB` : `${format.format(mb)} MB`;
}

/**
 * The app shell's storage warning: the browser may clear the data, or space is running out.
 * Offers the event-file export at once; can be dismissed until the warning changes.
 */
export function StorageHealthBar({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const host = useHost();
  const showNotice = useNotice((s) => s.show);
  const warnings = useStorageHealth();
  const [exporting, setExporting] = useState(false);
  const dismissed = useLiveQuery(() => readDismissedStorageWarning(db), [db]);
  const key = warningsKey(warnings);
  if (warnings.length === 0 || dismissed === undefined || dismissed === key) return null;

  const text = (w: StorageWarning) =>
    w.kind === 'not-persistent'
      ? t('protection.storage.notPersistent')
      : t(w.kind === 'disk-low' ? 'protection.storage.diskLow' : 'protection.storage.quotaLow', { free: formatBytes(w.freeBytes, i18n.language) });
  // The most urgent one speaks; the others follow once it is solved.
  const first = warnings[0];

  return (
    <section className="storage-warning" aria-label={t('protection.storage.region')}>
      <p className="storage-warning-text">{first ? text(first) : ''}</p>
      <div className="storage-warning-actions">
        <button type="button" className="button secondary small" aria-label={t('protection.storage.exportLabel')} onClick={() => setExporting(true)}>
          {t('protection.storage.export')}
        </button>
        <button
          type="button"
          className="button ghost small"
          aria-label={t('protection.storage.dismissLabel')}
          onClick={() => void run(t('failures.what.setting'), () => dismissStorageWarning(db, key))}
        >
          {t('protection.storage.dismiss')}
        </button>
      </div>
      <ExportDialog
        open={exporting}
        onCancel={() => setExporting(false)}
        onExport={async (protection) => {
          const result = await exportEventFile(db, host, series, t('eventFile.title'), protection);
          setExporting(false);
          if (result?.saved) showNotice(result.path ? t('eventFile.exportedTo', { path: result.path }) : t('eventFile.exported'));
        }}
      />
    </section>
  );
}
