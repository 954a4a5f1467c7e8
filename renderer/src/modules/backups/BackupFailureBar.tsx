import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb, useHost } from '../../runtime/contexts';
import { readSettings } from '../../db/queries/settings';
import { intlLocale } from '../../ui/format';
import { useBackupStatus } from './backup-status';
import { takeBackup } from './backups';
import './backups.css';

/**
 * Above every screen while backups fail, until one succeeds: a backup failure is never only in
 * the console. Says why in words and offers to try again at once.
 */
export function BackupFailureBar() {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const failure = useBackupStatus((s) => s.failure);
  const lastSuccessAt = useBackupStatus((s) => s.lastSuccessAt);
  const [trying, setTrying] = useState(false);
  if (!failure) return null;

  async function retry() {
    setTrying(true);
    try {
      const { currentSeriesId } = await readSettings(db);
      if (currentSeriesId) await takeBackup(db, host, currentSeriesId);
    } catch {
      // Still failing: the bar stays, with the new reason.
    } finally {
      setTrying(false);
    }
  }

  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="backup-failure" role="alert" aria-labelledby={`${ids}-text`}>
      <div>
        <p id={`${ids}-text`} className="backup-failure-text">
          {failure.kind === 'series-id' ? t('backups.failureSeriesId') : t('backups.failureWrite', { detail: failure.detail })}
        </p>
        <p className="backup-failure-since">
          {lastSuccessAt ? t('backups.lastSuccess', { time: when.format(new Date(lastSuccessAt)) }) : t('backups.noSuccess')}
        </p>
      </div>
      <button type="button" className="button secondary small" onClick={retry} disabled={trying}>
        {t('backups.retry')}
      </button>
    </section>
  );
}
