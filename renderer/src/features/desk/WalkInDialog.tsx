import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { ROLES, type Participant, type Role, type Session } from '../../domain/core/model';
import { sessionLabel } from './session-label';
import { EMPTY_WALK_IN, findLikelyDuplicates, validateWalkIn, walkInConfidential, walkInRole, type WalkInInput } from '../../domain/desk/walk-in';
import { stateName } from '../../domain/states/states';
import { Dialog } from '../../ui/Dialog';
import { FormErrors } from '../../ui/FormErrors';
import { StatePicker } from '../../ui/StatePicker';
import { CategorySelect, GenderSelect, ScopeSelect } from '../../ui/ParticipantSelects';

/**
 * Register walk-in: the fewest fields. Before adding anyone, people with a similar name are
 * offered first (checking one of them in instead keeps one person one record).
 */
export function WalkInDialog(props: {
  initialName: string;
  participants: readonly Participant[];
  /** Sessions at the door to choose from (between two sessions), or null: the desk's target then. */
  sessionChoice: readonly Session[] | null;
  /** Null when the walk-in is registered (the desk closes the dialog); else what went wrong, shown here with nothing lost. */
  onRegister: (input: WalkInInput, sessionIds: readonly string[] | null) => Promise<string | null>;
  onUseExisting: (participant: Participant) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const language = useLanguage();
  const [input, setInput] = useState<WalkInInput>({ ...EMPTY_WALK_IN, name: props.initialName });
  const [duplicates, setDuplicates] = useState<Participant[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const forcedConfidential = walkInRole(input) === 'panellist';
  const confidential = walkInConfidential(input);
  const set = <K extends keyof WalkInInput>(key: K, value: WalkInInput[K]) => {
    setInput((current) => ({ ...current, [key]: value }));
    // A changed name or organisation must be checked for duplicates again.
    setDuplicates(null);
  };

  const submit = async (event: FormEvent, force: boolean) => {
    event.preventDefault();
    const found: string[] = validateWalkIn(input).map((p) => t(`desk.walkInDialog.problems.${p}`));
    // Between two sessions the person says which one: never registered for one by default.
    if (props.sessionChoice && !sessionId) found.push(t('desk.walkInDialog.problems.session-required'));
    setProblems(found);
    if (found.length > 0) return;
    if (!force) {
      const similar = findLikelyDuplicates(props.participants, input);
      if (similar.length > 0) {
        setDuplicates(similar);
        return;
      }
    }
    setBusy(true);
    try {
      const problem = await props.onRegister(input, props.sessionChoice && sessionId ? [sessionId] : null);
      if (problem) setProblems([problem]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title={t('desk.walkInDialog.title')} onClose={props.onClose} describedBy={`${ids}-help`}>
      <form className="desk-walkin-form" onSubmit={(e) => void submit(e, false)} noValidate>
        <p id={`${ids}-help`} className="muted">
          {t('desk.walkInDialog.help')}
        </p>
        <FormErrors messages={problems} />
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t('desk.walkInDialog.name')}</label>
          <input id={`${ids}-name`} value={input.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" autoFocus required />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-org`}>{t('desk.walkInDialog.organisation')}</label>
          <input id={`${ids}-org`} value={input.organisation} onChange={(e) => set('organisation', e.target.value)} autoComplete="off" />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-cat`}>{t('desk.walkInDialog.category')}</label>
            <CategorySelect id={`${ids}-cat`} value={input.category} onChange={(value) => set('category', value)} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-state`}>{t('desk.walkInDialog.state')}</label>
            <StatePicker
              id={`${ids}-state`}
              value={input.stateCode ?? ''}
              onChange={(code) => set('stateCode', code || null)}
              placeholder={t('desk.walkInDialog.chooseState')}
            />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-role`}>{t('desk.walkInDialog.role')}</label>
            <select id={`${ids}-role`} value={input.role ?? ''} onChange={(e) => set('role', (e.target.value || null) as Role | null)}>
              <option value="">{t('desk.walkInDialog.usualRole', { role: t(`roles.${walkInRole({ ...input, role: null })}`) })}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-gender`}>{t('desk.walkInDialog.gender')}</label>
            <GenderSelect id={`${ids}-gender`} value={input.gender} onChange={(value) => set('gender', value)} />
          </div>
          {input.category === 'cso' ? (
            <div className="field">
              <label htmlFor={`${ids}-scope`}>{t('desk.walkInDialog.scope')}</label>
              <ScopeSelect id={`${ids}-scope`} value={input.scope} onChange={(value) => set('scope', value)} unknownLabel={t('participants.scopeUnknown')} />
            </div>
          ) : null}
        </div>
        {props.sessionChoice ? (
          <fieldset className="desk-walkin-sessions">
            <legend>{t('desk.walkInDialog.session')}</legend>
            {props.sessionChoice.map((s) => (
              <label key={s.id} className="check">
                <input type="radio" name={`${ids}-session`} checked={sessionId === s.id} onChange={() => setSessionId(s.id)} />
                <span>{sessionLabel(s, language)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="desk-walkin-confidential">
          <label className="check">
            <input
              type="checkbox"
              checked={confidential}
              disabled={forcedConfidential}
              onChange={(e) => set('confidential', e.target.checked)}
              aria-describedby={`${ids}-conf-help`}
            />
            <span>{t('desk.walkInDialog.confidential')}</span>
          </label>
          <p id={`${ids}-conf-help`} className="muted small">
            {forcedConfidential ? t('desk.walkInDialog.panellistConfidential') : t('desk.walkInDialog.confidentialHelp')}
          </p>
        </div>
        {duplicates ? (
          <section className="desk-duplicates" role="alert" aria-labelledby={`${ids}-dup`}>
            <h3 id={`${ids}-dup`}>{t('desk.walkInDialog.duplicateTitle')}</h3>
            <p className="small">{t('desk.walkInDialog.duplicateHelp')}</p>
            <ul>
              {duplicates.map((p) => (
                <li key={p.id}>
                  <span>
                    <strong>{p.name}</strong>
                    <span className="muted small">
                      {' · '}
                      {[p.organisation, stateName(p.stateCode, language), p.badgeCode].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  <button type="button" className="button secondary small" onClick={() => props.onUseExisting(p)}>
                    {t('desk.walkInDialog.useExisting', { name: p.name })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          {duplicates ? (
            <button type="button" className="button primary" disabled={busy} onClick={(e) => void submit(e, true)}>
              {t('desk.walkInDialog.registerAnyway')}
            </button>
          ) : (
            <button type="submit" className="button primary" disabled={busy}>
              {t('desk.walkInDialog.submit')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
