import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readSessionPresence, readSessionSpeakers } from '../../db/queries/moderator';
import { currentSlot, liveSlot, speakerAfter } from '../../domain/moderator/actions';
import { firstWaiting, openBlock, requestsOf } from '../../domain/moderator/floor-block';
import type { Session, Slot } from '../../domain/core/model';
import { runOfShow } from '../../domain/moderator/run-of-show';
import { useLanguage } from '../../i18n';
import { useBackupWhenSessionEnds } from '../../modules/backups/session-end-backup';
import { RoomDisplayConsoleCard } from '../../modules/room-display-link/RoomDisplayConsoleCard';
import type { RoomDisplayControl } from '../../modules/room-display-link/use-room-display-control';
import { AbsentDialog } from './AbsentDialog';
import { FloorQueuePanel } from './FloorQueuePanel';
import { NowCard } from './NowCard';
import { RunOfShowCard } from './RunOfShowCard';
import { ShortcutsDialog } from './ShortcutsDialog';
import { slotName } from './slot-name';
import { SpeakerOrder } from './SpeakerOrder';
import { useConsoleActions } from './use-console-actions';
import { useModeratorKeys } from './use-moderator-keys';
import { useRoomHold } from './use-room-hold';
import { RoomHoldBanner } from './RoomHoldBanner';

const EMPTY_SET: ReadonlySet<string> = new Set();

/** The console for one session: the now card and the speaker order; the floor queue, the run of show and the room display beside them. */
export function ModeratorConsole(props: {
  session: Session;
  slots: Slot[];
  now: number;
  soundOn: boolean;
  setSound: (on: boolean) => void;
  /** The page's one handle on the room display (one store query, one channel listener). */
  display: RoomDisplayControl;
}) {
  const { session, slots: recorded, now } = props;
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const presence = useLiveQuery(() => readSessionPresence(db, session.id), [db, session.id]);
  const speakers = useLiveQuery(() => readSessionSpeakers(db, session.id), [db, session.id]) ?? new Map();
  const floorInput = useRef<HTMLInputElement>(null);
  const [absentId, setAbsentId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const hold = useRoomHold(session);
  const actions = useConsoleActions(session, recorded, language, hold.readOnly);
  const { slots } = actions;
  useBackupWhenSessionEnds(session.id, recorded);

  const current = currentSlot(slots) ?? null;
  const live = liveSlot(slots) ?? null;
  const upcoming = current ? speakerAfter(slots, current) : null;
  const name = (slot: Slot | null | undefined) => (slot ? slotName(slot, speakers, language, t) : '');
  const block = openBlock(slots) ?? null;
  const first = block ? (firstWaiting(slots, block.id) ?? null) : null;
  const floor = block
    ? { block, waiting: requestsOf(slots, block.id).filter((s) => s.status === 'pending').length, firstName: first ? name(first) : null }
    : null;
  const show = useMemo(() => runOfShow(session, slots, now), [session, slots, now]);
  const plans = useMemo(() => new Map(show.slots.map((p) => [p.slotId, p])), [show]);

  useModeratorKeys(
    {
      toggle: actions.toggle,
      next: actions.next,
      addToFloor: () => floorInput.current?.focus(),
      undo: actions.undo,
      plus: () => actions.adjust(30),
      minus: () => actions.adjust(-30),
      help: () => setHelpOpen(true),
    },
    !hold.readOnly,
  );

  return (
    <>
      <RoomHoldBanner hold={hold} />
      {/* Read-only while another console drives the room: every control of the console is disabled at once. */}
      <fieldset className="console-fieldset" disabled={hold.readOnly}>
        <div className="moderator-layout">
          <div className="moderator-main">
            <NowCard
              current={current}
              live={live}
              currentName={name(current)}
              upcomingName={upcoming ? name(upcoming) : null}
              floor={floor}
              now={now}
              soundOn={props.soundOn}
              actions={actions}
              onAbsent={setAbsentId}
            />
            <SpeakerOrder
              slots={slots}
              currentId={current?.id ?? null}
              speakers={speakers}
              present={presence?.participants ?? EMPTY_SET}
              plans={plans}
              language={language}
              now={now}
              onMove={actions.moveRemaining}
              onSkip={actions.skip}
              onAbsent={setAbsentId}
            />
          </div>
          <aside className="moderator-side">
            <FloorQueuePanel
              slots={slots}
              missionsPresent={presence?.missions ?? EMPTY_SET}
              language={language}
              inputRef={floorInput}
              highlightId={actions.highlightId}
              onAdd={actions.addToFloor}
              onGive={actions.giveFloor}
              onMove={actions.moveRequest}
              onRemove={actions.withdrawRequest}
            />
            <RunOfShowCard show={show} />
            <RoomDisplayConsoleCard control={props.display} />
            <div className="console-options">
              <label className="check">
                <input type="checkbox" checked={props.soundOn} onChange={(e) => props.setSound(e.target.checked)} />
                <span>{t('moderator.sound')}</span>
              </label>
              <button type="button" className="button ghost small" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
                {t('moderator.shortcutsButton')}
              </button>
            </div>
          </aside>
          <AbsentDialog
            name={absentId ? name(slots.find((s) => s.id === absentId)) : null}
            onClose={() => setAbsentId(null)}
            onConfirm={(reason, reasonPublic) => {
              const slotId = absentId;
              setAbsentId(null);
              if (slotId) actions.markAbsent(slotId, reason, reasonPublic);
            }}
          />
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </div>
      </fieldset>
    </>
  );
}
