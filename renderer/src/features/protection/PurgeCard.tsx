import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { purgePersonalData } from '../../db/commands/purge';
import type { Series } from '../../domain/core/model';
import { confirmsPurge } from '../../domain/protection/purge';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import { takeBackup } from '../../modules/backups/backups';

/**
 * Settings: purge the personal data of the current series, after the series is over. Asks
 * once, with the series name typed as the confirmation; takes a backup first, so that the
 * purge can be undone from Settings → Backups while that backup is kept.
 */
export function PurgeCard({ series }: { series: Series | null }) {
  const { t } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
      const backup = await takeBackup(db, host, series.id).catch(() => null);
      if (!backup) {
        setError(t('protection.purge.failed', { reason: t('protection.purge.noBackup') }));
        return;
      }
      const outcome = await purgePersonalData(db, series.id);
      setOpen(false);
      setTyped('');
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
      <div className="button-row">
        <button type="button" className="button ghost danger-text" disabled={!series} onClick={() => setOpen(true)}>
          {t('protection.purge.open')}
        </button>
      </div>
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
