import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Slot } from '../../domain/core/model';
import type { SlotPlan } from '../../domain/moderator/run-of-show';
import type { Language } from '../../domain/core/language';
import { elapsedMs, wholeSeconds } from '../../domain/moderator/timer';
import { formatDuration } from '../../ui/format';
import { clockTime } from './clock-format';
import { AbsentIcon, ArrowDownIcon, ArrowUpIcon, SkipIcon } from './icons';
import { isWithdrawn, slotName } from './slot-name';
import { genderContext } from '../../i18n/gender-context';
import { isFloorBlock, isFloorRequest, requestOutcome } from '../../domain/moderator/floor-block';

export interface SpeakerOrderProps {
  slots: readonly Slot[];
  currentId: string | null;
  speakers: ReadonlyMap<string, Participant>;
  present: ReadonlySet<string>;
  plans: ReadonlyMap<string, SlotPlan>;
  language: Language;
  now: number;
  onMove: (slotId: string, direction: -1 | 1) => void;
  onSkip: (slotId: string) => void;
  onAbsent: (slotId: string) => void;
}

/** The reason given when the speaker was marked absent (the console is for organisers: private ones too). */
function absenceReason(slot: Slot): string {
  return slot.log.findLast((e) => e.kind === 'absent')?.reason ?? '';
}

/** The session's slots in order, the current one unmistakable; what remains can be reordered. */
export function SpeakerOrder(props: SpeakerOrderProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const shown = props.slots.filter((s) => !isWithdrawn(s));
  const pending = shown.filter((s) => s.status === 'pending' && !isFloorRequest(s) && !isFloorBlock(s));
  return (
    <section className="card compact" aria-labelledby={`${ids}-title`}>
      <div className="card-heading">
        <h2 id={`${ids}-title`}>{t('moderator.order')}</h2>
      </div>
      <ol className="speaker-order" aria-labelledby={`${ids}-title`}>
        {shown.map((slot) => {
          const name = slotName(slot, props.speakers, props.language, t);
          const isCurrent = slot.id === props.currentId;
          const pendingIndex = pending.indexOf(slot);
          const plan = props.plans.get(slot.id);
          const spokenSec = wholeSeconds(elapsedMs(slot, props.now));
          const request = isFloorRequest(slot);
          const block = isFloorBlock(slot);
          // The queue panel orders the missions, and a block moves with its queue in the Programme.
          const movable = slot.status === 'pending' && !request && !block;
          const status =
            request && requestOutcome(slot) === 'not-reached'
              ? t('moderator.status.notReached')
              : block && slot.status === 'speaking'
                ? t('moderator.floor.open')
                : slot.kind === 'sur-statement' && slot.status === 'done'
                  ? t('moderator.statement.made')
                  : slot.kind === 'sur-statement' && slot.status === 'skipped'
                    ? t('moderator.statement.notMade')
                    : t(`moderator.status.${slot.status}`, {
                        context: genderContext(slot.participantId ? props.speakers.get(slot.participantId)?.gender : null),
                      });
          return (
            <li
              key={slot.id}
              className={`speaker-row status-${slot.status}${isCurrent ? ' current' : ''}${request ? ' floor-request' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="speaker-time tabular">
                {plan && slot.status !== 'done' && slot.status !== 'skipped' && slot.status !== 'absent' ? clockTime(plan.expectedStart, i18n.language) : ''}
              </span>
              <span className="speaker-main">
                <span className="speaker-kind">{request ? t('roomDisplay.mission') : t(`slotKinds.${slot.kind}`)}</span>
                <span className="speaker-name">{name}</span>
                {slot.kind === 'panellist' && slot.participantId ? (
                  <span className={props.present.has(slot.participantId) ? 'arrival arrived' : 'arrival'}>
                    {t(props.present.has(slot.participantId) ? 'moderator.arrived' : 'moderator.notArrived', {
                      context: genderContext(props.speakers.get(slot.participantId)?.gender),
                    })}
                  </span>
                ) : null}
              </span>
              <span className="speaker-status">
                <span className="status-word">{isCurrent && slot.status === 'pending' ? t('moderator.upNext') : status}</span>
                {slot.status === 'absent' && absenceReason(slot) ? <span className="muted small">{absenceReason(slot)}</span> : null}
                <span className="muted small tabular">
                  {slot.status === 'pending'
                    ? t('moderator.allotted', { time: formatDuration(slot.allottedSec) })
                    : t('moderator.spoke', { time: formatDuration(spokenSec) })}
                </span>
              </span>
              <span className="speaker-actions">
                {movable ? (
                  <>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('moderator.moveUp', { name })}
                      title={t('moderator.moveUp', { name })}
                      disabled={pendingIndex <= 0}
                      onClick={() => props.onMove(slot.id, -1)}
                    >
                      <ArrowUpIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('moderator.moveDown', { name })}
                      title={t('moderator.moveDown', { name })}
                      disabled={pendingIndex === pending.length - 1}
                      onClick={() => props.onMove(slot.id, 1)}
                    >
                      <ArrowDownIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('moderator.skipOf', { name })}
                      title={t('moderator.skipOf', { name })}
                      onClick={() => props.onSkip(slot.id)}
                    >
                      <SkipIcon />
                    </button>
                  </>
                ) : null}
                {slot.kind === 'panellist' && (slot.status === 'pending' || slot.status === 'speaking' || slot.status === 'paused') ? (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('moderator.markAbsentOf', { name })}
                    title={t('moderator.markAbsentOf', { name })}
                    onClick={() => props.onAbsent(slot.id)}
                  >
                    <AbsentIcon />
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
