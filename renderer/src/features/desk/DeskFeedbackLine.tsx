import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/core/language';
import type { DeskFeedback } from './use-desk-actions';
import { sessionLabel } from './session-label';

type Choice = NonNullable<DeskFeedback['choose']>;

/**
 * The line under the search field that says what the last action did, with Undo after a
 * check-in, or the sessions to choose from when the person is registered for none of those at
 * the door.
 */
export function DeskFeedbackLine({
  feedback,
  language,
  onUndo,
  onChoose,
}: {
  feedback: DeskFeedback | null;
  language: Language;
  onUndo: (undo: NonNullable<DeskFeedback['undo']>) => void;
  onChoose: (choice: Choice, sessionId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`desk-feedback${feedback ? ` ${feedback.tone}` : ''}`} role="status" aria-live="polite">
      {feedback ? (
        <>
          <span>{feedback.message}</span>
          {feedback.choose ? (
            <span className="desk-feedback-choices">
              {feedback.choose.sessions.map((session) => (
                <button
                  key={session.id}
                  type="button"
                  className="button small primary"
                  onClick={() => {
                    if (feedback.choose) onChoose(feedback.choose, session.id);
                  }}
                >
                  {t('desk.feedback.checkInTo', { session: sessionLabel(session, language) })}
                </button>
              ))}
            </span>
          ) : null}
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
