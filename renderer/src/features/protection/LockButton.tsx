import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { navigate } from '../../runtime/router';
import { lockNow } from '../../db/commands/lock';
import { useRunCommand } from '../../runtime/run-command';

/** The top bar's Lock: locks at once when a PIN is set, else says where to set one. */
export function LockButton() {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const showNotice = useNotice((s) => s.show);
  return (
    <button
      type="button"
      className="button ghost lock-button"
      title={t('protection.lock.buttonLabel')}
      onClick={async () => {
        const locked = await run(t('failures.what.lock'), () => lockNow(db));
        if (!locked.ok || locked.value) return;
        showNotice(t('protection.lock.noPinSet'));
        navigate({ name: 'area', area: 'settings' });
      }}
    >
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <rect x="4" y="10.5" width="16" height="10" rx="2" />
        <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
      </svg>
      <span>{t('protection.lock.button')}</span>
    </button>
  );
}
