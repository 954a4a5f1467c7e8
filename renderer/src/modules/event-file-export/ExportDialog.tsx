import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../runtime/contexts';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import type { ExportProtection } from './export-event-file';
import './export-dialog.css';

export const MIN_PASSPHRASE_LENGTH = 10;

type Choice = ExportProtection['kind'];

/**
 * Export: how to protect the file. A passphrase by default (the file usually leaves the laptop).
 * Shared by Settings → Event file and the storage warning's Export.
 */
export function ExportDialog({ open, onCancel, onExport }: { open: boolean; onCancel: () => void; onExport: (protection: ExportProtection) => Promise<void> }) {
  const { t } = useTranslation();
  const host = useHost();
  const ids = useId();
  // Without a recovery code, a file sealed with the laptop's key opens only where it was made.
  const [hasRecovery, setHasRecovery] = useState(true);
  useEffect(() => {
    if (!open) return;
    void host.backupKeyStatus().then(
      (status) => setHasRecovery(status.recoverySetAt !== null),
      () => setHasRecovery(false),
    );
  }, [host, open]);
  const [choice, setChoice] = useState<Choice>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setPassphrase('');
    setRepeat('');
    setError(null);
    onCancel();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (choice === 'passphrase') {
      if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return setError(t('sealed.passphraseTooShort'));
      if (passphrase !== repeat) return setError(t('sealed.passphraseMismatch'));
    }
    setBusy(true);
    try {
      await onExport(choice === 'passphrase' ? { kind: 'passphrase', passphrase } : { kind: choice });
      setPassphrase('');
      setRepeat('');
    } finally {
      setBusy(false);
    }
  }

  const option = (value: Choice, label: string, help: string) => (
    <label className="export-option">
      <input type="radio" name={`${ids}-protection`} value={value} checked={choice === value} onChange={() => setChoice(value)} disabled={busy} />
      <span>
        <span className="strong">{label}</span>
        <span className="muted small export-option-help">{help}</span>
      </span>
    </label>
  );

  return (
    <Dialog open={open} title={t('sealed.exportTitle')} onClose={close}>
      <form onSubmit={submit}>
        <fieldset className="export-options">
          <legend>{t('sealed.exportProtection')}</legend>
          {option('passphrase', t('sealed.withPassphrase'), t('sealed.withPassphraseHelp'))}
          {option('backup-key', t('sealed.withLaptopKey'), t(hasRecovery ? 'sealed.withLaptopKeyHelp' : 'sealed.withLaptopKeyNoRecovery'))}
          {option('none', t('sealed.unprotected'), t('sealed.unprotectedHelp'))}
        </fieldset>
        {choice === 'passphrase' ? (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${ids}-new`}>{t('sealed.passphraseNew')}</label>
              <input
                id={`${ids}-new`}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                disabled={busy}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-repeat`}>{t('sealed.passphraseRepeat')}</label>
              <input
                id={`${ids}-repeat`}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                disabled={busy}
              />
            </div>
          </div>
        ) : null}
        {error ? <FormErrors messages={[error]} /> : null}
        {busy ? (
          <p className="muted small" role="status">
            {t('sealed.encrypting')}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('sealed.exportConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
