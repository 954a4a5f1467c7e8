import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../runtime/contexts';
import type { BackupKeyStatus } from '../../../../common/bridge-contract';
import { makeRecoveryCode, normaliseRecoveryCode } from '../../domain/protection/pin';
import { FormErrors } from '../../ui/FormErrors';
import { intlLocale } from '../../ui/format';
import './backups.css';

const PROTECTION_TEXT = {
  'os-keychain': 'backups.protectionOsKeychain',
  'key-file-only': 'backups.protectionKeyFileOnly',
  'browser-storage': 'backups.protectionBrowser',
} as const;

/**
 * What protects the backups, in words (the OS keychain, or in browser mode the browser's own
 * storage), and the backup recovery code: made here, shown once, never stored in clear.
 */
export function BackupProtection({ status, onChanged }: { status: BackupKeyStatus | null; onChanged: (status: BackupKeyStatus) => void }) {
  const { t, i18n } = useTranslation();
  const host = useHost();
  const ids = useId();
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!status) return null;

  async function setUp() {
    setBusy(true);
    setError(null);
    try {
      const fresh = makeRecoveryCode();
      onChanged(await host.setBackupRecoveryCode(normaliseRecoveryCode(fresh)));
      setCode(fresh);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  const setOn =
    status.recoverySetAt !== null ? new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long' }).format(new Date(status.recoverySetAt)) : null;
  return (
    <div className="backup-protection" role="group" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="backup-protection-title">
        {t('backups.protectionTitle')}
      </h3>
      <p>{t(PROTECTION_TEXT[status.protection])}</p>
      {code ? (
        <div className="backup-recovery-code" role="group" aria-labelledby={`${ids}-code`}>
          <p id={`${ids}-code`} className="strong">
            {t('backups.recoveryTitle')}
          </p>
          <p className="backup-recovery-code-value mono" lang="en">
            {code}
          </p>
          <p className="small">{t('backups.recoveryHelp')}</p>
          <button type="button" className="button secondary small" onClick={() => setCode(null)}>
            {t('backups.recoveryDone')}
          </button>
        </div>
      ) : (
        <>
          <p className={setOn ? 'muted small' : 'warning-line'}>{setOn ? t('backups.recoverySet', { date: setOn }) : t('backups.recoveryNone')}</p>
          <div className="button-row">
            <button type="button" className={setOn ? 'button ghost small' : 'button secondary small'} onClick={setUp} disabled={busy}>
              {setOn ? t('backups.recoveryReplace') : t('backups.recoverySetUp')}
            </button>
          </div>
        </>
      )}
      {error ? <FormErrors messages={[error]} /> : null}
    </div>
  );
}
