import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../app/contexts';
import { recordWrongPin, unlock } from '../../db/commands/lock';
import { readLock } from '../../db/queries/lock';
import { nextTryAt, type Lock } from '../../domain/lock';
import { FREE_ATTEMPTS, verifyPin } from '../../domain/pin';
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
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
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
  }, [waiting, checking]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking || !lock.pin) return;
    // Read again: another window may have counted a wrong try meanwhile.
    const current = await readLock(db);
    if (nextTryAt(current) > Date.now()) {
      setNow(Date.now());
      return;
    }
    setChecking(true);
    try {
      if (current.pin && (await verifyPin(current.pin, pin))) {
        await unlock(db);
        return;
      }
      const state = await recordWrongPin(db);
      const left = FREE_ATTEMPTS - state.failures;
      setMessage(left > 0 ? t('protection.lock.wrongWithCount', { count: left }) : t('protection.lock.wrong'));
      setPin('');
      setNow(Date.now());
    } finally {
      setChecking(false);
    }
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
        <p className="muted lock-help">{t('protection.lock.lockedHelp')}</p>
        <form className="lock-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${ids}-pin`}>{t('protection.lock.pin')}</label>
            <input
              ref={input}
              id={`${ids}-pin`}
              className="lock-input"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
              value={pin}
              disabled={waiting || checking}
              onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
              aria-describedby={`${ids}-message`}
            />
          </div>
          <button type="submit" className="button primary lock-submit" disabled={waiting || checking || pin.length < 4}>
            {checking ? t('protection.lock.checking') : t('protection.lock.unlock')}
          </button>
          <p id={`${ids}-message`} className="lock-message" role="status">
            {waiting ? t('protection.lock.wait', { time: waitText(tryAt - now) }) : (message ?? '')}
          </p>
        </form>
      </main>
    </div>
  );
}
