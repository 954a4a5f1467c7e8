import { useEffect, useRef } from 'react';

export interface ModeratorKeyActions {
  toggle: () => void;
  next: () => void;
  addToFloor: () => void;
  undo: () => void;
  plus: () => void;
  minus: () => void;
  help: () => void;
}

/** Where typing goes: shortcuts must not act there. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
}

/**
 * One keystroke per action: Space start/pause/resume, N next speaker, A add to floor, Z undo,
 * + and − adjust, ? the shortcuts. Silent while typing in a field, while a dialog is open, and
 * with Ctrl/Alt/Meta held (the browser's and the system's own shortcuts stay theirs).
 */
export function useModeratorKeys(actions: ModeratorKeyActions, enabled: boolean): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    if (!enabled) return;
    let swallowSpaceUp = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const a = ref.current;
      const run = (action: () => void) => {
        event.preventDefault();
        if (!event.repeat) action();
      };
      switch (event.key) {
        case ' ':
          // A focused button would also be clicked by Space on key-up: the shortcut wins.
          swallowSpaceUp = true;
          return run(a.toggle);
        case 'n':
        case 'N':
          return run(a.next);
        case 'a':
        case 'A':
          return run(a.addToFloor);
        case 'z':
        case 'Z':
          return run(a.undo);
        case '+':
        case '=':
          return run(a.plus);
        case '-':
        case '−':
        case '_':
          return run(a.minus);
        case '?':
          return run(a.help);
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && swallowSpaceUp) {
        swallowSpaceUp = false;
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [enabled]);
}
