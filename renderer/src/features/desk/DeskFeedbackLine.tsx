import { useTranslation } from 'react-i18next';
import type { DeskFeedback } from './use-desk-actions';

/** The line under the search field that says what the last action did, with Undo after a check-in. */
export function DeskFeedbackLine({ feedback, onUndo }: { feedback: DeskFeedback | null; onUndo: (undo: NonNullable<DeskFeedback['undo']>) => void }) {
  const { t } = useTranslation();
  return (
    <div className={`desk-feedback${feedback ? ` ${feedback.tone}` : ''}`} role="status" aria-live="polite">
      {feedback ? (
        <>
          <span>{feedback.message}</span>
          {feedback.undo ? (
            <button
              type="button"
              className="button small secondary"
              onClick={() => {
                if (feedback.undo) onUndo(feedback.undo);
              }}
            >
              {t('desk.undo')}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
