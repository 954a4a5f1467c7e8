import { useTranslation } from 'react-i18next';
import { useWriteFailures } from '../runtime/write-failures';

/**
 * Says, on every screen, that a write did not reach the store and what to do; stays until it
 * is dismissed or a later write succeeds. An alert: a screen reader says it at once.
 */
export function WriteFailureAlert() {
  const { t } = useTranslation();
  const failure = useWriteFailures((s) => s.failure);
  const dismiss = useWriteFailures((s) => s.dismiss);
  // Inserted with its text: an element with the alert role is announced as it appears.
  if (!failure) return null;
  return (
    <div className="write-failure" role="alert">
      <p>
        <strong>{t('failures.notSaved', { what: failure.what })}</strong> {t(`failures.reasons.${failure.reason}`)}
      </p>
      <button type="button" className="button small secondary" onClick={dismiss}>
        {t('failures.dismiss')}
      </button>
    </div>
  );
}
