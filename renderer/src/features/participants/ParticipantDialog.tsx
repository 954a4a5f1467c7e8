import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { FormErrors } from '../../ui/FormErrors';
import { useDb } from '../../runtime/contexts';
import { createParticipant, deleteParticipant, updateParticipant } from '../../db/commands/participants';
import type { SessionWithSlots } from '../../db/queries/series';
import { ROLES, type Participant, type Role } from '../../domain/core/model';
import { EMPTY_PARTICIPANT, toParticipantInput, type ParticipantInput, type ParticipantProblem } from '../../domain/participants/records';
import { stateName } from '../../domain/states/states';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StateSelect } from '../../ui/StateSelect';
import { Dialog } from '../../ui/Dialog';
import { CategorySelect, GenderSelect, ScopeSelect } from '../../ui/ParticipantSelects';
import { useRunCommand } from '../../runtime/run-command';

/** Add or edit one participant: identity, contact, confidentiality, sessions and roles. */
export function ParticipantDialog(props: {
  seriesId: string;
  participant: Participant | null;
  /** A walk-in nobody has confirmed yet: saving the record (even unchanged) confirms it. */
  toReview?: boolean;
  programme: SessionWithSlots[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const ids = useId();
  const language = useLanguage();
  const [input, setInput] = useState<ParticipantInput>(props.participant ? toParticipantInput(props.participant) : EMPTY_PARTICIPANT);
  const [problems, setProblems] = useState<ParticipantProblem[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof ParticipantInput>(key: K, value: ParticipantInput[K]) => setInput((current) => ({ ...current, [key]: value }));

  function roleFor(sessionId: string): Role | '' {
    return input.registrations.find((r) => r.sessionId === sessionId)?.role ?? '';
  }
  function setRole(sessionId: string, role: Role | '') {
    const others = input.registrations.filter((r) => r.sessionId !== sessionId);
    set('registrations', role ? [...others, { sessionId, role }] : others);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { participant } = props;
    const outcome = await run(t('failures.what.participant', { name: input.name.trim() || participant?.name || '' }), () =>
      participant ? updateParticipant(db, participant.id, input) : createParticipant(db, props.seriesId, input),
    );
    // Not saved: the dialog stays open with what was typed; the failure is said on every screen.
    if (!outcome.ok) return;
    const result = outcome.value;
    if (result.ok) props.onClose();
    else setProblems(result.problems);
  }

  const field = (key: string) => `${ids}-${key}`;
  return (
    <Dialog open title={props.participant ? t('participants.editTitle') : t('participants.newTitle')} onClose={props.onClose} wide>
      <form className="participant-form" onSubmit={submit} noValidate>
        {props.toReview ? <p className="notice">{t('participants.reviewNotice')}</p> : null}
        <div className="form-grid">
          <div className="field span-2">
            <label htmlFor={field('name')}>{t('participants.name')}</label>
            <input
              id={field('name')}
              value={input.name}
              onChange={(e) => set('name', e.target.value)}
              maxLength={160}
              autoComplete="off"
              aria-invalid={problems.includes('name-required') || undefined}
              autoFocus
            />
          </div>
          <div className="field span-2">
            <label htmlFor={field('org')}>{t('participants.organisation')}</label>
            <input id={field('org')} value={input.organisation} onChange={(e) => set('organisation', e.target.value)} maxLength={200} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor={field('category')}>{t('participants.category')}</label>
            <CategorySelect id={field('category')} value={input.category} onChange={(value) => set('category', value)} />
          </div>
          {input.category === 'cso' ? (
            <div className="field">
              <label htmlFor={field('scope')}>{t('participants.scope')}</label>
              <ScopeSelect id={field('scope')} value={input.scope} onChange={(value) => set('scope', value)} unknownLabel={t('participants.scopeUnknown')} />
            </div>
          ) : (
            <div aria-hidden="true" />
          )}
          <div className="field">
            <label htmlFor={field('state')}>{t('participants.state')}</label>
            <StateSelect
              id={field('state')}
              value={input.stateCode ?? ''}
              onChange={(code) => set('stateCode', code || null)}
              placeholder="—"
              invalid={problems.includes('state-required')}
            />
          </div>
          <div className="field">
            <label htmlFor={field('gender')}>{t('participants.gender')}</label>
            <GenderSelect id={field('gender')} value={input.gender} onChange={(value) => set('gender', value)} />
          </div>
          <div className="field">
            <label htmlFor={field('email')}>{t('participants.email')}</label>
            <input
              id={field('email')}
              type="email"
              value={input.email}
              onChange={(e) => set('email', e.target.value)}
              autoComplete="off"
              aria-invalid={problems.includes('email-invalid') || undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={field('phone')}>{t('participants.phone')}</label>
            <input id={field('phone')} type="tel" value={input.phone} onChange={(e) => set('phone', e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor={field('badge')}>{t('participants.badgeCode')}</label>
            <input
              id={field('badge')}
              value={input.badgeCode}
              onChange={(e) => set('badgeCode', e.target.value)}
              placeholder={t('participants.badgeAuto')}
              autoComplete="off"
              aria-invalid={problems.includes('badge-taken') || undefined}
            />
          </div>
        </div>
        <fieldset className="confidential-box">
          <legend className="visually-hidden">{t('participants.confidential')}</legend>
          <label className="check">
            <input type="checkbox" checked={input.confidential} onChange={(e) => set('confidential', e.target.checked)} aria-describedby={field('conf-help')} />
            <span>{t('participants.confidentialLabel')}</span>
          </label>
          <p id={field('conf-help')} className="muted small">
            {t('participants.confidentialHelp')}
          </p>
          {input.confidential ? (
            <label className="check">
              <input type="checkbox" checked={input.plateConsent} onChange={(e) => set('plateConsent', e.target.checked)} />
              <span>{t('participants.plateConsent')}</span>
            </label>
          ) : null}
        </fieldset>
        <fieldset className="registrations">
          <legend>{t('participants.registrations')}</legend>
          {props.programme.length === 0 ? (
            <p className="muted small">{t('participants.noSessions')}</p>
          ) : (
            <div className="registration-grid">
              {props.programme.map(({ session }) => {
                const label = `${stateName(session.stateCode, language)} · ${session.date} ${session.start}`;
                return (
                  <div className="registration-row" key={session.id}>
                    <label htmlFor={field(`reg-${session.id}`)}>{label}</label>
                    <select id={field(`reg-${session.id}`)} value={roleFor(session.id)} onChange={(e) => setRole(session.id, e.target.value as Role | '')}>
                      <option value="">{t('participants.notRegistered')}</option>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`roles.${r}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
            </div>
          )}
        </fieldset>
        <FormErrors messages={problems.map((p) => t(`participants.problems.${p}`))} />
        <div className="dialog-actions spread">
          {props.participant ? (
            <button type="button" className="button ghost danger-text" onClick={() => setConfirmDelete(true)}>
              {t('participants.delete')}
            </button>
          ) : (
            <span />
          )}
          <div className="dialog-actions-end">
            <button type="button" className="button ghost" onClick={props.onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary">
              {t('participants.save')}
            </button>
          </div>
        </div>
      </form>
      {props.participant ? (
        <ConfirmDialog
          open={confirmDelete}
          title={t('participants.delete')}
          message={t('participants.confirmDelete', { name: props.participant.name })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={async () => {
            const { participant } = props;
            const outcome = participant
              ? await run(t('failures.what.participant', { name: participant.name }), () => deleteParticipant(db, participant.id))
              : null;
            setConfirmDelete(false);
            if (outcome?.ok !== false) props.onClose();
          }}
        />
      ) : null}
    </Dialog>
  );
}
