import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { listSeries } from '../../db/queries/series';
import { parseBackupFileName } from '../../../../common/backup-files';
import { isEventFileError } from '../../domain/event-file';
import type { AppInfo, BackupFileInfo } from '../../../../common/bridge-contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormErrors } from '../../ui/FormErrors';
import { intlLocale } from '../../ui/format';
import { restoreBackup, takeBackup } from '../../modules/backups/backups';

const SHOWN = 8;

/** Settings: the automatic backups kept, a backup now, and a restore that can be undone. */
export function BackupsCard({ currentSeriesId }: { currentSeriesId: string | null }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const series = useLiveQuery(() => listSeries(db), [db]);
  const [backups, setBackups] = useState<BackupFileInfo[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [toRestore, setToRestore] = useState<BackupFileInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => void host.listBackups().then(setBackups, () => setBackups([])), [host]);
  useEffect(() => {
    refresh();
    void host.appInfo().then(setInfo);
  }, [host, refresh]);

  const format = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'medium' });
  const timeOf = (b: BackupFileInfo) => format.format(new Date(parseBackupFileName(b.fileName)?.at ?? b.modifiedAt));
  const nameOf = (b: BackupFileInfo) => series?.find((s) => s.id === parseBackupFileName(b.fileName)?.seriesId)?.name ?? t('backups.unknownSeries');
  const shown = showAll ? (backups ?? []) : (backups ?? []).slice(0, SHOWN);

  return (
    <section className="card wide" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('backups.title')}</h2>
      <p className="muted">{t('backups.help')}</p>
      <p className="muted small mono">{info?.dataFolder ? t('backups.whereElectron', { folder: info.dataFolder }) : t('backups.whereBrowser')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          disabled={!currentSeriesId}
          onClick={async () => {
            if (!currentSeriesId) return;
            await takeBackup(db, host, currentSeriesId);
            showNotice(t('backups.backedUp'));
            refresh();
          }}
        >
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
                  <td className="mono">{(b.size / 1024).toFixed(b.size < 10_240 ? 1 : 0)} kB</td>
                  <td>
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() => setToRestore(b)}
                      aria-label={t('backups.restoreLabel', { time: timeOf(b) })}
                    >
                      {t('backups.restore')}
                    </button>
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
        onConfirm={async () => {
          const chosen = toRestore;
          setToRestore(null);
          if (!chosen) return;
          setError(null);
          try {
            await restoreBackup(db, host, chosen.fileName);
            showNotice(t('backups.restored', { time: timeOf(chosen) }));
          } catch (caught) {
            setError(
              t('backups.failed', {
                reason: isEventFileError(caught) ? t(`eventFile.errors.${caught.code}`) : caught instanceof Error ? caught.message : String(caught),
              }),
            );
          }
          refresh();
        }}
      />
    </section>
  );
}
