import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { nextTryAt, type Lock } from '../../domain/protection/lock';
import { FREE_ATTEMPTS, isRecoveryCodeShaped } from '../../domain/protection/pin';
import { attemptUnlock } from './unlock-attempt';
import './protection.css';

function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * Covers every screen of the console while the laptop is locked. It is rendered instead of
 * them (not over them), so no personal data is in the page and no screen's keyboard
 * shortcuts or badge-scanner listener is mounted to act on a key.
 */
export function LockScreen({ lock }: { lock: Lock }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const showNotice = useNotice((s) => s.show);
  /** The PIN is forgotten: the recovery code written down when it was set is typed instead. */
  const [recovering, setRecovering] = useState(false);
  /** What is typed in the one field: the PIN, or the recovery code. */
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  /** The try under way is counted already: a reload now does not forget it. */
  const [counted, setCounted] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const tryAt = nextTryAt(lock);
  const waiting = tryAt > now;

  // Tick only while a wait runs, to count it down.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [waiting]);

  useEffect(() => {
    if (!waiting && !checking) input.current?.focus();
  }, [waiting, checking, recovering]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking || !lock.pin) return;
    setChecking(true);
    setCounted(false);
    try {
      const outcome = await attemptUnlock(db, typed, recovering ? 'recovery-code' : 'pin', { onCounted: () => setCounted(true) });
      if (outcome.kind === 'unlocked') return;
      if (outcome.kind === 'recovered') {
        // The code opened the laptop and removed the PIN nobody remembers; a new one is set in Settings.
        showNotice(t('protection.lock.recovered'));
        return;
      }
      if (outcome.kind === 'wait') {
        setNow(Date.now());
        return;
      }
      // A wrong code counts as a wrong PIN: the same wait stops guessing either.
      const left = FREE_ATTEMPTS - outcome.state.failures;
      const wrong = recovering ? 'protection.lock.wrongCode' : 'protection.lock.wrong';
      setMessage(left > 0 ? t(recovering ? 'protection.lock.wrongCodeWithCount' : 'protection.lock.wrongWithCount', { count: left }) : t(wrong));
      setTyped('');
      setNow(Date.now());
    } finally {
      setChecking(false);
    }
  }

  function switchTo(recover: boolean) {
    setRecovering(recover);
    setMessage(null);
    setTyped('');
  }

  return (
    <div className="lock-screen">
      <main className="lock-panel" aria-labelledby={`${ids}-title`}>
        <div className="lock-emblem" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <rect x="4" y="10.5" width="16" height="10" rx="2" />
            <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
          </svg>
        </div>
        <h1 id={`${ids}-title`} className="lock-title">
          {t('protection.lock.locked')}
        </h1>
        <p className="muted lock-help">{recovering ? t('protection.lock.recoveryHelp') : t('protection.lock.lockedHelp')}</p>
        <form className="lock-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${ids}-secret`}>{recovering ? t('protection.lock.recoveryCode') : t('protection.lock.pin')}</label>
            <input
              // A new element per kind, so the browser never offers the PIN's input mode to the code.
              key={recovering ? 'code' : 'pin'}
              ref={input}
              id={`${ids}-secret`}
              className={recovering ? 'lock-input lock-code-input' : 'lock-input'}
              {...(recovering
                ? { type: 'text', autoCapitalize: 'characters', spellCheck: false, maxLength: 24 }
                : { type: 'password', inputMode: 'numeric' as const, maxLength: 8 })}
              autoComplete="off"
              value={typed}
              disabled={waiting || checking}
              onChange={(e) => setTyped(recovering ? e.target.value : e.target.value.replace(/\D/g, ''))}
              aria-describedby={`${ids}-message`}
            />
          </div>
          <button
            type="submit"
            className="button primary lock-submit"
            disabled={waiting || checking || (recovering ? !isRecoveryCodeShaped(typed) : typed.length < 4)}
          >
            {checking && counted ? t('protection.lock.checking') : recovering ? t('protection.lock.unlockWithCode') : t('protection.lock.unlock')}
          </button>
          <p id={`${ids}-message`} className="lock-message" role="status">
            {waiting ? t('protection.lock.wait', { time: waitText(tryAt - now) }) : (message ?? '')}
          </p>
        </form>
        {lock.recovery ? (
          <button type="button" className="button ghost small lock-switch" onClick={() => switchTo(!recovering)}>
            {recovering ? t('protection.lock.usePin') : t('protection.lock.forgotPin')}
          </button>
        ) : null}
      </main>
    </div>
  );
}
