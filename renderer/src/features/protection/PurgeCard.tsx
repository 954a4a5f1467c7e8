import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import type { Series } from '../../domain/core/model';
import { confirmsPurge } from '../../domain/protection/purge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import { intlLocale } from '../../ui/format';
import { deleteBackup } from '../../modules/backups/backups';
import { useBackupStatus } from '../../modules/backups/backup-status';
import { findPurgeBackup, purgeWithBackup } from '../../modules/backups/purge-with-backup';

/**
 * Settings: purge the personal data of the current series, after the series is over. Asks
 * once, with the series name typed as the confirmation; takes a backup first, kept for a
 * grace period (shown, with its end, and Delete now) so that the purge can be undone from
 * Settings → Backups; every other backup of the series goes at once.
 */
export function PurgeCard({ series }: { series: Series | null }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revision = useBackupStatus((s) => s.revision);
  const [kept, setKept] = useState<{ fileName: string; expiresAt: number } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const seriesId = series?.id ?? null;

  useEffect(() => {
    let live = true;
    void (seriesId ? findPurgeBackup(host, seriesId) : Promise.resolve(null)).then(
      (found) => live && setKept(found),
      () => live && setKept(null),
    );
    return () => {
      live = false;
    };
  }, [host, seriesId, revision]);

  const close = () => {
    if (busy) return;
    setOpen(false);
    setTyped('');
    setError(null);
  };

  async function purge() {
    if (!series || !confirmsPurge(typed, series.name)) return;
    setBusy(true);
    setError(null);
    try {
      // No backup, no purge: the backup is the only way back.
      let outcome;
      try {
        outcome = await purgeWithBackup(db, host, series.id);
      } catch (caught) {
        const purged = caught instanceof Error && caught.name === 'BackupDeleteError';
        setError(
          purged
            ? t('protection.purge.backupsNotDeleted', { reason: caught.message })
            : t('protection.purge.failed', { reason: t('protection.purge.noBackup') }),
        );
        return;
      }
      setOpen(false);
      setTyped('');
      setKept(outcome.backup);
      showNotice(t('protection.purge.done', { count: outcome.participants }));
    } catch (caught) {
      setError(t('protection.purge.failed', { reason: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card wide" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('protection.purge.title')}</h2>
      <p className="muted">{t('protection.purge.help')}</p>
      {kept ? (
        <div className="purge-grace" role="group" aria-label={t('protection.purge.deleteNowLabel')}>
          <p>
            {t('protection.purge.graceKept', {
              date: new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'full', timeStyle: 'short' }).format(new Date(kept.expiresAt)),
            })}
          </p>
          <button type="button" className="button secondary small" aria-label={t('protection.purge.deleteNowLabel')} onClick={() => setConfirmDelete(true)}>
            {t('protection.purge.deleteNow')}
          </button>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button ghost danger-text" disabled={!series} onClick={() => setOpen(true)}>
          {t('protection.purge.open')}
        </button>
      </div>
      <ConfirmDialog
        open={confirmDelete && kept !== null}
        title={t('protection.purge.deleteNowTitle')}
        message={t('protection.purge.deleteNowText', { name: series?.name ?? '' })}
        confirmLabel={t('protection.purge.deleteNow')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          if (!kept) return;
          try {
            await deleteBackup(host, kept.fileName);
            setKept(null);
            showNotice(t('protection.purge.graceDeleted'));
          } catch (caught) {
            setError(caught instanceof Error ? caught.message : String(caught));
          }
        }}
      />
      <Dialog
        open={open && series !== null}
        title={t('protection.purge.dialogTitle', { name: series?.name ?? '' })}
        onClose={close}
        describedBy={`${ids}-text`}
      >
        <div id={`${ids}-text`} className="purge-text">
          <p>{t('protection.purge.dialogText')}</p>
          <p className="purge-backup-note">{t('protection.purge.backupNote')}</p>
        </div>
        <div className="field purge-confirm-field">
          <label htmlFor={`${ids}-confirm`}>{t('protection.purge.typeName', { name: series?.name ?? '' })}</label>
          <input id={`${ids}-confirm`} value={typed} autoComplete="off" spellCheck={false} onChange={(e) => setTyped(e.target.value)} disabled={busy} />
        </div>
        {error ? <FormErrors messages={[error]} /> : null}
        {busy ? (
          <p className="muted small" role="status">
            {t('protection.purge.working')}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={close} disabled={busy} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="button danger" onClick={purge} disabled={busy || !series || !confirmsPurge(typed, series.name)}>
            {t('protection.purge.confirm')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
