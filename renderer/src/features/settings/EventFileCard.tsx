import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { navigate } from '../../runtime/router';
import { importEventFile } from '../../db/commands/event-file';
import { EVENT_FILE_MAX_BYTES, isEventFileError, parseEventFile, type ParsedEventFile } from '../../domain/event-file';
import type { Series } from '../../domain/core/model';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import { exportEventFile } from '../../modules/event-file-export/export-event-file';
import { getSeries } from '../../db/queries/series';

type ErrorCode = 'not-json' | 'not-an-event-file' | 'newer-version' | 'damaged' | 'too-large' | 'id-conflict' | 'unknown';

/** Export the current series as one event file; import one as a copy or in place of the same series. */
export function EventFileCard({ series }: { series: Series | null }) {
  const { t } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const [error, setError] = useState<{ code: ErrorCode; details: string[] } | null>(null);
  const [pending, setPending] = useState<ParsedEventFile | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportSeries() {
    if (!series) return;
    setError(null);
    const result = await exportEventFile(db, host, series, t('eventFile.title'));
    if (result?.saved) showNotice(result.path ? t('eventFile.exportedTo', { path: result.path }) : t('eventFile.exported'));
  }

  async function finishImport(file: ParsedEventFile, mode: 'new-copy' | 'replace') {
    setPending(null);
    setBusy(true);
    try {
      const seriesId = await importEventFile(db, file, mode, { importedLabel: t('eventFile.importedLabel') });
      const imported = await getSeries(db, seriesId);
      showNotice(t('eventFile.imported', { name: imported?.name ?? file.series.name }));
      navigate({ name: 'area', area: 'programme' });
    } catch (caught) {
      setError({
        code: isEventFileError(caught) ? caught.code : 'unknown',
        details: isEventFileError(caught) ? caught.issues.map((i) => `${i.path}: ${i.message}`) : [],
      });
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile() {
    setError(null);
    const opened = await host.openFile({ filters: [{ name: t('eventFile.title'), extensions: ['json'] }], maxBytes: EVENT_FILE_MAX_BYTES });
    if (!opened.opened) {
      if (opened.reason === 'too-large') setError({ code: 'too-large', details: [] });
      return;
    }
    let file: ParsedEventFile;
    try {
      file = parseEventFile(new TextDecoder('utf-8', { fatal: false }).decode(opened.bytes));
    } catch (caught) {
      setError({
        code: isEventFileError(caught) ? caught.code : 'unknown',
        details: isEventFileError(caught) ? caught.issues.map((i) => `${i.path}: ${i.message}`) : [],
      });
      return;
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
        <button type="button" className="button primary" onClick={exportSeries} disabled={!series || busy} aria-label={t('eventFile.exportLabel')}>
          {t('eventFile.export')}
        </button>
        <button type="button" className="button ghost" onClick={chooseFile} disabled={busy} aria-label={t('eventFile.importLabel')}>
          {t('eventFile.import')}
        </button>
      </div>
      {error ? <FormErrors messages={[t(`eventFile.errors.${error.code}`), ...error.details.slice(0, 8)]} /> : null}
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
