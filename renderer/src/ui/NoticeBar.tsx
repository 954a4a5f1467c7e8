import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../runtime/notice-store';

/** Shows the current notice; it goes away after a while or when closed. */
export function NoticeBar() {
  const { t } = useTranslation();
  const message = useNotice((s) => s.message);
  const clear = useNotice((s) => s.clear);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(clear, 8000);
    return () => clearTimeout(timer);
  }, [message, clear]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {message ? (
        <p className="notice">
          <span>{message}</span>
          <button type="button" className="icon-button" onClick={clear} aria-label={t('common.close')}>
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
