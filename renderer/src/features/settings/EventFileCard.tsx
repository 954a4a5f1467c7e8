import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { navigate } from '../../runtime/router';
import { importEventFile } from '../../db/commands/event-file';
import { isEventFileError, parseEventFile, type ParsedEventFile } from '../../domain/event-file';
import { isUsableSeriesId } from '../../domain/core/ids';
import type { Series } from '../../domain/core/model';
import { isSealedFileError, SEALED_MAX_LENGTH } from '../../../../common/sealed-file';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import { exportEventFile, type ExportProtection } from '../../modules/event-file-export/export-event-file';
import { takeBackup } from '../../modules/backups/backups';
import { openFileText } from '../../modules/sealed-files/open-sealed';
import { useSecretPrompt } from '../../modules/sealed-files/use-secret-prompt';
import { getSeries } from '../../db/queries/series';
import { ExportDialog } from '../../modules/event-file-export/ExportDialog';

type ErrorCode = 'not-json' | 'not-an-event-file' | 'newer-version' | 'damaged' | 'too-large' | 'id-conflict' | 'unknown';

/** Export the current series as one event file (protected as chosen); import one as a copy or in place of the same series. */
export function EventFileCard({ series }: { series: Series | null }) {
  const { t } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const prompt = useSecretPrompt();
  const [error, setError] = useState<string[] | null>(null);
  const [pending, setPending] = useState<ParsedEventFile | null>(null);
  const [exporting, setExporting] = useState(false);
  const [busy, setBusy] = useState(false);

  const showError = (caught: unknown) => {
    if (isSealedFileError(caught)) return setError([t(`sealed.errors.${caught.code}`)]);
    const code: ErrorCode = isEventFileError(caught) ? caught.code : 'unknown';
    setError([t(`eventFile.errors.${code}`), ...(isEventFileError(caught) ? caught.issues.map((i) => `${i.path}: ${i.message}`).slice(0, 8) : [])]);
  };

  async function exportSeries(protection: ExportProtection) {
    if (!series) return;
    setError(null);
    try {
      const result = await exportEventFile(db, host, series, t('eventFile.title'), protection);
      setExporting(false);
      if (result?.saved) showNotice(result.path ? t('eventFile.exportedTo', { path: result.path }) : t('eventFile.exported'));
    } catch (caught) {
      setExporting(false);
      showError(caught);
    }
  }

  async function finishImport(file: ParsedEventFile, mode: 'new-copy' | 'replace') {
    setPending(null);
    setBusy(true);
    try {
      // What is replaced is backed up first, and kept until the user deletes it. No backup, no replace.
      if (mode === 'replace' && isUsableSeriesId(file.series.id) && (await getSeries(db, file.series.id))) {
        await takeBackup(db, host, file.series.id, 'import');
      }
      const seriesId = await importEventFile(db, file, mode, { importedLabel: t('eventFile.importedLabel') });
      const imported = await getSeries(db, seriesId);
      showNotice(t('eventFile.imported', { name: imported?.name ?? file.series.name }));
      navigate({ name: 'area', area: 'programme' });
    } catch (caught) {
      showError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile() {
    setError(null);
    // A sealed file is a third larger than the event file it holds; parseEventFile checks the event file's own limit.
    const opened = await host.openFile({ filters: [{ name: t('eventFile.title'), extensions: ['json'] }], maxBytes: SEALED_MAX_LENGTH });
    if (!opened.opened) {
      if (opened.reason === 'too-large') setError([t('eventFile.errors.too-large')]);
      return;
    }
    let file: ParsedEventFile;
    try {
      const text = await openFileText(host, new TextDecoder('utf-8', { fatal: false }).decode(opened.bytes), prompt.ask);
      if (text === null) return;
      file = parseEventFile(text);
    } catch (caught) {
      return showError(caught);
    } finally {
      prompt.done();
    }
    // The same series is already here: ask whether to replace it or keep both.
    if (await getSeries(db, file.series.id)) setPending(file);
    else await finishImport(file, 'replace');
  }

  return (
    <section className="card wide" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('eventFile.title')}</h2>
      <p className="muted">{t('eventFile.help')}</p>
      <p className="muted small">{t('eventFile.privacy')}</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => setExporting(true)} disabled={!series || busy} aria-label={t('eventFile.exportLabel')}>
          {t('eventFile.export')}
        </button>
        <button type="button" className="button ghost" onClick={chooseFile} disabled={busy} aria-label={t('eventFile.importLabel')}>
          {t('eventFile.import')}
        </button>
      </div>
      {error ? <FormErrors messages={error} /> : null}
      <ExportDialog open={exporting} onCancel={() => setExporting(false)} onExport={exportSeries} />
      {prompt.dialog}
      <Dialog open={pending !== null} title={t('eventFile.replaceTitle')} onClose={() => setPending(null)}>
        <p>{t('eventFile.replaceText', { name: pending?.series.name ?? '' })}</p>
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={() => setPending(null)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button secondary" onClick={() => pending && void finishImport(pending, 'new-copy')}>
            {t('eventFile.asCopy')}
          </button>
          <button type="button" className="button danger" onClick={() => pending && void finishImport(pending, 'replace')}>
            {t('eventFile.replace')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
