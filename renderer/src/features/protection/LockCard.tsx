import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { clearPin, setPin } from '../../db/commands/lock';
import { hashPin, hashRecoveryCode, isValidPin, makeRecoveryCode, verifyPin } from '../../domain/protection/pin';
import { FormErrors } from '../../ui/FormErrors';
import { useLock } from './use-lock';

const digitsOnly = (value: string) => value.replace(/\D/g, '').slice(0, 8);

/** Settings: set, change or remove the lock's PIN. Changing or removing it asks for the current one. */
export function LockCard() {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const lock = useLock();
  const showNotice = useNotice((s) => s.show);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The recovery code of the PIN just set: shown once, until the user says it is written down. */
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const hasPin = Boolean(lock?.pin);

  const reset = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
  };

  async function currentIsRight(): Promise<boolean> {
    if (!lock?.pin) return true;
    if (await verifyPin(lock.pin, current)) return true;
    setError(t('protection.lockCard.wrongCurrent'));
    return false;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!isValidPin(next)) return setError(t('protection.lockCard.badForm'));
    if (next !== repeat) return setError(t('protection.lockCard.mismatch'));
    setBusy(true);
    try {
      if (!(await currentIsRight())) return;
      const code = makeRecoveryCode();
      await setPin(db, await hashPin(next), await hashRecoveryCode(code));
      reset();
      setRecoveryCode(code);
      showNotice(t('protection.lockCard.pinSet'));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setError(null);
    setBusy(true);
    try {
      if (!(await currentIsRight())) return;
      await clearPin(db);
      reset();
      showNotice(t('protection.lockCard.pinCleared'));
    } finally {
      setBusy(false);
    }
  }

  const pinInput = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={`${ids}-${id}`}>{label}</label>
      <input
        id={`${ids}-${id}`}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        value={value}
        onChange={(e) => set(digitsOnly(e.target.value))}
      />
    </div>
  );

  return (
    <section className="card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('protection.lockCard.title')}</h2>
      <p className="muted">{t('protection.lockCard.help')}</p>
      <p className="strong">{hasPin ? t('protection.lockCard.statusOn') : t('protection.lockCard.statusOff')}</p>
      {recoveryCode ? (
        <div className="recovery-code" role="group" aria-labelledby={`${ids}-recovery`}>
          <p id={`${ids}-recovery`} className="strong">
            {t('protection.lockCard.recoveryTitle')}
          </p>
          <p className="recovery-code-value mono" lang="en">
            {recoveryCode}
          </p>
          <p className="small">{t('protection.lockCard.recoveryHelp')}</p>
          <button type="button" className="button secondary small" onClick={() => setRecoveryCode(null)}>
            {t('protection.lockCard.recoveryDone')}
          </button>
        </div>
      ) : hasPin && !lock?.recovery ? (
        <p className="warning-line">{t('protection.lockCard.noRecovery')}</p>
      ) : null}
      <form className="pin-form" onSubmit={save}>
        {hasPin ? pinInput('current', t('protection.lockCard.currentPin'), current, setCurrent) : null}
        <div className="field-row">
          {pinInput('new', t('protection.lockCard.newPin'), next, setNext)}
          {pinInput('repeat', t('protection.lockCard.repeatPin'), repeat, setRepeat)}
        </div>
        {error ? <FormErrors messages={[error]} /> : null}
        <div className="button-row">
          <button type="submit" className="button secondary" disabled={busy}>
            {hasPin ? t('protection.lockCard.changePin') : t('protection.lockCard.setPin')}
          </button>
          {hasPin ? (
            <button type="button" className="button ghost danger-text" disabled={busy} onClick={remove}>
              {t('protection.lockCard.clearPin')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
