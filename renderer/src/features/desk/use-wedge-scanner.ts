import { useEffect, useRef } from 'react';
import { createWedgeDetector } from '../../domain/desk/scanner';

/**
 * Listens for a keyboard-wedge badge scanner anywhere on the page, focused field or not: keys
 * arriving in a burst and ended by Enter are a scan. The Enter of a scan is swallowed (in the
 * capture phase, before any field sees it), so it neither submits a form nor presses a button.
 */
/** `onScan` answers whether it took the scan; when not, the Enter goes on to the focused element. */
export function useWedgeScanner(onScan: (code: string, target: EventTarget | null) => boolean, enabled: boolean): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  useEffect(() => {
    if (!enabled) return;
    const detector = createWedgeDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        const code = detector.enter(event.timeStamp);
        if (!code || !latest.current(code, event.target)) return;
        event.preventDefault();
        event.stopPropagation();
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        detector.key(event.key, event.timeStamp);
      } else if (event.key !== 'Shift') {
        detector.reset();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
