import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { listSeries } from '../../db/queries/series';
import { isEventFileError } from '../../domain/event-file';
import type { AppInfo, BackupFileInfo, BackupKeyStatus } from '../../../../common/bridge-contract';
import { isSealedFileError } from '../../../../common/sealed-file';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormErrors } from '../../ui/FormErrors';
import { intlLocale } from '../../ui/format';
import { deleteBackup, restoreBackup, takeBackup } from '../../modules/backups/backups';
import { useBackupStatus } from '../../modules/backups/backup-status';
import { openFileText } from '../../modules/sealed-files/open-sealed';
import { useSecretPrompt } from '../../modules/sealed-files/use-secret-prompt';
import { BackupProtection } from './BackupProtection';

const SHOWN = 8;

/** Settings: the backups kept, a backup now, a restore that can be undone, a delete, and what protects them. */
export function BackupsCard({ currentSeriesId }: { currentSeriesId: string | null }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const revision = useBackupStatus((s) => s.revision);
  const series = useLiveQuery(() => listSeries(db), [db]);
  const prompt = useSecretPrompt();
  const [backups, setBackups] = useState<BackupFileInfo[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [keyStatus, setKeyStatus] = useState<BackupKeyStatus | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [toRestore, setToRestore] = useState<BackupFileInfo | null>(null);
  const [toDelete, setToDelete] = useState<BackupFileInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void host.listBackups().then(setBackups, () => setBackups([]));
    void host.backupKeyStatus().then(setKeyStatus, () => setKeyStatus(null));
  }, [host]);
  useEffect(() => {
    refresh();
  }, [refresh, revision]);
  useEffect(() => {
    void host.appInfo().then(setInfo);
  }, [host]);

  const locale = intlLocale(i18n.language);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const timeOf = (b: BackupFileInfo) => format.format(new Date(b.at));
  const nameOf = (b: BackupFileInfo) => series?.find((s) => s.id === b.seriesId)?.name ?? t('backups.unknownSeries');
  const whyOf = (b: BackupFileInfo) =>
    b.reason === 'purge'
      ? t('backups.reasonPurge', { date: dayFormat.format(new Date(b.expiresAt ?? b.at)) })
      : t(b.reason === 'restore' ? 'backups.reasonRestore' : b.reason === 'import' ? 'backups.reasonImport' : 'backups.reasonAuto');
  const shown = showAll ? (backups ?? []) : (backups ?? []).slice(0, SHOWN);
  const reasonOf = (caught: unknown) =>
    isEventFileError(caught)
      ? t(`eventFile.errors.${caught.code}`)
      : isSealedFileError(caught)
        ? t(`sealed.errors.${caught.code}`)
        : caught instanceof Error
          ? caught.message
          : String(caught);

  async function backUpNow() {
    if (!currentSeriesId) return;
    setError(null);
    try {
      await takeBackup(db, host, currentSeriesId);
      showNotice(t('backups.backedUp'));
    } catch (caught) {
      setError(t('backups.backupFailed', { reason: reasonOf(caught) }));
    }
    refresh();
  }

  async function restore(chosen: BackupFileInfo) {
    setError(null);
    try {
      const restored = await restoreBackup(db, host, chosen.fileName, (text) => openFileText(host, text, prompt.ask));
      if (restored) showNotice(t('backups.restored', { time: timeOf(chosen) }));
    } catch (caught) {
      setError(t('backups.failed', { reason: reasonOf(caught) }));
    } finally {
      prompt.done();
    }
    refresh();
  }

  async function remove(chosen: BackupFileInfo) {
    setError(null);
    try {
      await deleteBackup(host, chosen.fileName);
      showNotice(t('backups.deleted'));
    } catch (caught) {
      setError(t('backups.deleteFailed', { reason: reasonOf(caught) }));
    }
    refresh();
  }

  return (
    <section className="card wide" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('backups.title')}</h2>
      <p className="muted">{t('backups.help')}</p>
      <p className="muted small mono">{info?.dataFolder ? t('backups.whereElectron', { folder: info.dataFolder }) : t('backups.whereBrowser')}</p>
      <BackupProtection status={keyStatus} onChanged={setKeyStatus} />
      <div className="button-row">
        <button type="button" className="button secondary" disabled={!currentSeriesId} onClick={backUpNow}>
          {t('backups.backUpNow')}
        </button>
      </div>
      {backups && backups.length === 0 ? <p className="muted">{t('backups.none')}</p> : null}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('backups.taken')}</th>
                <th scope="col">{t('backups.seriesName')}</th>
                <th scope="col">{t('backups.why')}</th>
                <th scope="col">{t('backups.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b) => (
                <tr key={b.fileName}>
                  <td className="mono">{timeOf(b)}</td>
                  <td>{nameOf(b)}</td>
                  <td className={b.reason === 'auto' ? 'muted' : undefined}>{whyOf(b)}</td>
                  <td className="mono">{(b.size / 1024).toFixed(b.size < 10_240 ? 1 : 0)} kB</td>
                  <td>
                    <div className="button-row tight">
                      <button
                        type="button"
                        className="button ghost small"
                        onClick={() => setToRestore(b)}
                        aria-label={t('backups.restoreLabel', { time: timeOf(b) })}
                      >
                        {t('backups.restore')}
                      </button>
                      <button
                        type="button"
                        className="button ghost small danger-text"
                        onClick={() => setToDelete(b)}
                        aria-label={t('backups.deleteLabel', { time: timeOf(b) })}
                      >
                        {t('backups.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {!showAll && (backups?.length ?? 0) > SHOWN ? (
        <button type="button" className="button ghost small" onClick={() => setShowAll(true)}>
          {t('backups.showAll', { count: backups?.length ?? 0 })}
        </button>
      ) : null}
      {error ? <FormErrors messages={[error]} /> : null}
      <ConfirmDialog
        open={toRestore !== null}
        title={t('backups.restoreTitle')}
        message={toRestore ? t('backups.restoreText', { name: nameOf(toRestore), time: timeOf(toRestore) }) : ''}
        confirmLabel={t('backups.restore')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setToRestore(null)}
        onConfirm={() => {
          const chosen = toRestore;
          setToRestore(null);
          if (chosen) void restore(chosen);
        }}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('backups.deleteTitle')}
        message={toDelete ? t('backups.deleteText', { name: nameOf(toDelete), time: timeOf(toDelete) }) : ''}
        confirmLabel={t('backups.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const chosen = toDelete;
          setToDelete(null);
          if (chosen) void remove(chosen);
        }}
      />
      {prompt.dialog}
    </section>
  );
}
