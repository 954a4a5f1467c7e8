import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import type { AskSecret, SecretKind } from './open-sealed';

interface Asking {
  kind: SecretKind;
  wrongBefore: boolean;
  /** Null once answered: the answer is being checked. */
  resolve: ((secret: string | null) => void) | null;
}

export interface SecretPrompt {
  /** For openFileText. */
  ask: AskSecret;
  /** The dialog, to render once. */
  dialog: ReactNode;
  /** Closes the dialog: call when openFileText has settled, whatever the outcome. */
  done: () => void;
}

/**
 * The dialog that asks for a file's passphrase or backup recovery code. Nothing has been read
 * into the store while it is open; Cancel gives up and changes nothing.
 */
export function useSecretPrompt(): SecretPrompt {
  const { t } = useTranslation();
  const ids = useId();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [typed, setTyped] = useState('');

  const ask = useCallback<AskSecret>(
    (kind, wrongBefore) =>
      new Promise((resolve) => {
        setTyped('');
        setAsking({ kind, wrongBefore, resolve });
      }),
    [],
  );
  const done = useCallback(() => setAsking(null), []);

  const answer = (secret: string | null) => {
    if (!asking?.resolve) return;
    asking.resolve(secret);
    setAsking(secret === null ? null : { ...asking, resolve: null });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed !== '') answer(typed);
  };

  const recovery = asking?.kind === 'recovery-code';
  const checking = asking !== null && asking.resolve === null;
  const dialog = (
    <Dialog
      open={asking !== null}
      title={t(recovery ? 'sealed.recoveryTitle' : 'sealed.passphraseTitle')}
      onClose={() => answer(null)}
      describedBy={`${ids}-help`}
    >
      <form onSubmit={submit}>
        <p id={`${ids}-help`}>{t(recovery ? 'sealed.recoveryHelp' : 'sealed.passphraseHelp')}</p>
        <div className="field">
          <label htmlFor={`${ids}-secret`}>{t(recovery ? 'sealed.recoveryCode' : 'sealed.passphrase')}</label>
          <input
            id={`${ids}-secret`}
            type={recovery ? 'text' : 'password'}
            className={recovery ? 'mono' : undefined}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={typed}
            disabled={checking}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        {asking?.wrongBefore && !checking ? <FormErrors messages={[t(recovery ? 'sealed.wrongCode' : 'sealed.wrongPassphrase')]} /> : null}
        {checking ? (
          <p className="muted small" role="status">
            {t('sealed.checking')}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={() => answer(null)} disabled={checking}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={typed === '' || checking}>
            {t('sealed.open')}
          </button>
        </div>
      </form>
    </Dialog>
  );
  return { ask, dialog, done };
}
