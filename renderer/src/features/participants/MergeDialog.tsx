import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useDb } from '../../runtime/contexts';
import { mergeParticipants } from '../../db/commands/participants';
import type { Participant } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';
import { Dialog } from '../../ui/Dialog';
import { useRunCommand } from '../../runtime/run-command';

/** Two records of one person: the user chooses which to keep; the other is folded into it. */
export function MergeDialog({ pair, onClose }: { pair: [Participant, Participant]; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const ids = useId();
  const [keepId, setKeepId] = useState(pair[0].id);
  const language = useLanguage();
  return (
    <Dialog open title={t('participants.mergeTitle')} onClose={onClose} wide describedBy={`${ids}-help`}>
      <p id={`${ids}-help`} className="muted">
        {t('participants.mergeHelp')}
      </p>
      <div className="merge-grid" role="radiogroup" aria-label={t('participants.keepThis')}>
        {pair.map((p) => (
          <label key={p.id} className={p.id === keepId ? 'merge-card chosen' : 'merge-card'}>
            <span className="check">
              <input type="radio" name={`${ids}-keep`} checked={p.id === keepId} onChange={() => setKeepId(p.id)} />
              <span>{t('participants.keepThis')}</span>
            </span>
            <span className="strong">{p.name}</span>
            <span>{p.organisation || '—'}</span>
            <span className="muted small">
              {t(`categories.${p.category}`)} · {stateName(p.stateCode, language) || '—'} · {p.badgeCode || '—'}
            </span>
            <span className="muted small">{p.email || '—'}</span>
          </label>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={async () => {
            const other = pair.find((p) => p.id !== keepId);
            const outcome = other ? await run(t('failures.what.participants'), () => mergeParticipants(db, keepId, other.id)) : null;
            if (outcome?.ok !== false) onClose();
          }}
        >
          {t('participants.mergeConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
