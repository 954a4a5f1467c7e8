import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { progressRun } from '../../domain/room-display/view';
import { remainingMs } from '../../domain/moderator/timer';
import type { TimedRoomDisplaySlot } from './RoomDisplayTimer';

/** How far (ms) the bar may drift from the record before it is put back in place. */
const DRIFT_MS = 250;
/** The bar moves in steps this long (see display.css): smooth to the eye, cheap for the compositor. */
const STEP_MS = 250;

/**
 * The share of the allotted time left, as a bar that drains. The browser animates it
 * (`transform: scaleX` over the remaining time, on the compositor), so nothing redraws it per
 * frame; a change of the timer record remounts the fill (its key), which restarts the animation
 * from where the record says it stands. `second` changes once a second: the fill then checks
 * that the animation still agrees with the clock (which may have been set, or slept) and, if
 * not, moves the animation to the right point instead of restarting it.
 */
export const RoomDisplayProgress = memo(function RoomDisplayProgress({ slot, second }: { slot: TimedRoomDisplaySlot; second: number }) {
  const key = `${slot.status}:${slot.startedAt ?? '-'}:${slot.elapsedBeforeMs}:${slot.allottedSec}`;
  return (
    <div className="rd-bar" aria-hidden="true">
      <ProgressFill key={key} slot={slot} second={second} />
    </div>
  );
});

function ProgressFill({ slot, second }: { slot: TimedRoomDisplaySlot; second: number }) {
  // Read once, at mount: from then on the CSS animation carries the bar to empty.
  const [run] = useState(() => progressRun(slot, Date.now()));
  const ref = useRef<HTMLDivElement>(null);
  const checked = useRef(false);

  useEffect(() => {
    // Not at mount: the fresh animation is right, and asking for it would force a style pass.
    if (!checked.current) {
      checked.current = true;
      return;
    }
    const duration = run.durationMs;
    const animation = ref.current?.getAnimations?.()[0];
    if (duration === null || !animation) return;
    // Into the animation by how much of the time it covers has been spoken since mount.
    const target = Math.min(duration, Math.max(0, duration - remainingMs(slot, Date.now())));
    const at = typeof animation.currentTime === 'number' ? animation.currentTime : null;
    if (at === null || Math.abs(at - target) > DRIFT_MS) animation.currentTime = target;
  }, [second, run, slot]);

  const steps = Math.max(1, Math.ceil((run.durationMs ?? 0) / STEP_MS));
  const style = { '--left': String(run.left), '--duration': `${run.durationMs ?? 0}ms`, '--steps': String(steps) } as CSSProperties;
  return <div ref={ref} className={`rd-bar-fill${run.durationMs !== null ? ' running' : ''}`} style={style} />;
}
