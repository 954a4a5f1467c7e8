import { useEffect, useRef, type RefObject } from 'react';
import { createWedgeDetector } from '../../domain/desk/scanner';

/** Input types that take typed text: keys typed there stay there. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number']);

function takesText(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * A keyboard-wedge badge scanner works anywhere on the desk, whatever has the focus and however
 * loaded the laptop:
 * - keys typed while the focus is on no text field (the page background, a button, a checkbox,
 *   a list) go to the desk's search field, the first one starting a new search: the whole code
 *   then lands in the field, and the Enter that ends it reaches the field (which finds the
 *   badge exactly) instead of pressing a button. Nothing depends on how fast the keys came: a
 *   busy laptop that delivers them 300 ms apart checks the right person in.
 * - keys arriving in a burst and ended by Enter are a scan wherever they land (domain/desk/
 *   scanner.ts); the Enter of a scan is swallowed in the capture phase, before any field or
 *   button sees it.
 * `onScan` answers whether it took the scan; when not, the Enter goes on to the focused element.
 */
export function useWedgeScanner(
  onScan: (code: string, target: EventTarget | null) => boolean,
  enabled: boolean,
  searchField: RefObject<HTMLInputElement | null>,
  startSearch: (firstKey: string) => void,
): void {
  const latest = useRef({ onScan, startSearch });
  useEffect(() => {
    latest.current = { onScan, startSearch };
  });
  useEffect(() => {
    if (!enabled) return;
    const detector = createWedgeDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        const code = detector.enter(event.timeStamp);
        if (!code || !latest.current.onScan(code, event.target)) return;
        event.preventDefault();
        event.stopPropagation();
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        detector.key(event.key, event.timeStamp);
        const field = searchField.current;
        // Space is left to the buttons and checkboxes it presses; a code has none.
        if (field && event.key !== ' ' && !takesText(event.target)) {
          event.preventDefault();
          field.focus();
          latest.current.startSearch(event.key);
        }
      } else if (event.key !== 'Shift') {
        detector.reset();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, searchField]);
}
