import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../ui/FormErrors';
import type { SessionInput, SessionProblem } from '../../domain/programme/sessions';
import { StateSelect } from '../../ui/StateSelect';

/** The details of a session: State under Review, date, hours, room, moderator. */
export function SessionForm(props: {
  initial: SessionInput;
  submitLabel: string;
  onSubmit: (input: SessionInput) => Promise<SessionProblem[]>;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const [input, setInput] = useState<SessionInput>(props.initial);
  const [problems, setProblems] = useState<SessionProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof SessionInput) => (value: string) => {
    setSaved(false);
    setInput((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = await props.onSubmit(input);
    setProblems(found);
    setSaved(found.length === 0);
  }

  const errorsId = `${ids}-errors`;
  const describedBy = problems.length ? errorsId : undefined;
  return (
    <form className="session-form" onSubmit={submit} noValidate>
      <div className="session-form-fields">
        <div className="field state-field">
          <label htmlFor={`${ids}-state`}>{t('programme.stateUnderReview')}</label>
          <StateSelect
            id={`${ids}-state`}
            value={input.stateCode}
            onChange={set('stateCode')}
            placeholder={t('programme.chooseState')}
            invalid={problems.includes('state-required')}
            describedBy={describedBy}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-date`}>{t('programme.date')}</label>
          <input id={`${ids}-date`} type="date" value={input.date} onChange={(e) => set('date')(e.target.value)} aria-describedby={describedBy} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-start`}>{t('programme.start')}</label>
          <input id={`${ids}-start`} type="time" value={input.start} onChange={(e) => set('start')(e.target.value)} aria-describedby={describedBy} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-end`}>{t('programme.end')}</label>
          <input id={`${ids}-end`} type="time" value={input.end} onChange={(e) => set('end')(e.target.value)} aria-describedby={describedBy} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-room`}>{t('programme.room')}</label>
          <input id={`${ids}-room`} value={input.room} onChange={(e) => set('room')(e.target.value)} autoComplete="off" maxLength={80} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-moderator`}>{t('programme.moderator')}</label>
          <input id={`${ids}-moderator`} value={input.moderator} onChange={(e) => set('moderator')(e.target.value)} autoComplete="off" maxLength={120} />
        </div>
      </div>
      <FormErrors id={errorsId} messages={problems.map((p) => t(`programme.problems.${p}`))} />
      <div className="form-actions">
        {props.onCancel ? (
          <button type="button" className="button ghost" onClick={props.onCancel}>
            {props.cancelLabel ?? t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button primary">
          {props.submitLabel}
        </button>
        {saved && !props.onCancel ? (
          <span className="saved-note" role="status">
            {t('programme.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
