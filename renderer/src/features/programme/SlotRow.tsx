import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { assignSpeaker } from '../../db/commands/registrations';
import { deleteSlot, updateSlot } from '../../db/commands/programme';
import type { Participant, Slot } from '../../domain/core/model';
import { DurationInput } from '../../ui/DurationInput';
import { slotTitle } from './slot-title';
import { useLanguage } from '../../i18n';
import { useRunCommand } from '../../runtime/run-command';

export interface SpeakerChoices {
  registered: Participant[];
  others: Participant[];
}

/** One row of a session's programme: handle, position, kind, speaker or label, time, actions. */
export function SlotRow(props: {
  slot: Slot;
  position: number;
  count: number;
  speaker: Participant | undefined;
  choices: SpeakerChoices;
  onMove: (slotId: string, toIndex: number) => void;
}) {
  const { slot, position, count, speaker } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const run = useRunCommand();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: slot.id });
  const title = slotTitle(slot, speaker, t, language);
  const rowId = `slot-${slot.id}`;

  return (
    <li
      ref={setNodeRef}
      className={`slot-row kind-${slot.kind}${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={`${position + 1}. ${title}`}
    >
      <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t('programme.reorder', { title })}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      </button>
      <span className="slot-position" aria-hidden="true">
        {position + 1}
      </span>
      <span className={`slot-kind kind-${slot.kind}`}>{t(`slotKinds.${slot.kind}`)}</span>
      <div className="slot-main">
        {slot.kind === 'panellist' ? (
          <select
            aria-label={`${t('programme.speaker')} (${position + 1})`}
            value={slot.participantId ?? ''}
            onChange={(e) => void run(t('failures.what.programme'), () => assignSpeaker(db, slot.id, e.target.value || null))}
          >
            <option value="">{t('programme.noSpeaker')}</option>
            {props.choices.registered.length > 0 ? (
              <optgroup label={t('programme.registeredPanellists')}>
                {props.choices.registered.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} — {p.organisation}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={t('programme.otherParticipants')}>
              {props.choices.others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.organisation}
                </option>
              ))}
            </optgroup>
          </select>
        ) : (
          <input
            aria-label={`${t('programme.label')} (${position + 1})`}
            defaultValue={slot.label}
            placeholder={t(`slotKinds.${slot.kind}`)}
            maxLength={160}
            onBlur={(e) => {
              if (e.target.value !== slot.label) void run(t('failures.what.programme'), () => updateSlot(db, slot.id, { label: e.target.value.trim() }));
            }}
          />
        )}
      </div>
      <DurationInput
        key={slot.allottedSec}
        seconds={slot.allottedSec}
        label={`${t('programme.allotted')} (${position + 1})`}
        onCommit={(s) => void run(t('failures.what.programme'), () => updateSlot(db, slot.id, { allottedSec: s }))}
      />
      <div className="slot-actions" id={rowId}>
        <button
          type="button"
          className="icon-button"
          disabled={position === 0}
          onClick={() => props.onMove(slot.id, position - 1)}
          aria-label={t('programme.moveUp', { title })}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={position === count - 1}
          onClick={() => props.onMove(slot.id, position + 1)}
          aria-label={t('programme.moveDown', { title })}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button danger-text"
          onClick={() => void run(t('failures.what.programme'), () => deleteSlot(db, slot.id))}
          aria-label={t('programme.removeSlot', { title })}
        >
          ×
        </button>
      </div>
    </li>
  );
}
