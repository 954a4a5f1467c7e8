import { useState } from 'react';
import { parseDuration } from '../domain/programme/sessions';
import { formatDuration } from './format';

/**
 * A time such as "6:00", typed as minutes ("6") or minutes:seconds ("6:30").
 * Commits on blur or Enter; shows the field invalid until the text parses.
 * Give it `key={seconds}` so that a change made elsewhere resets what is shown.
 */
export function DurationInput(props: { id?: string; seconds: number; onCommit: (seconds: number) => void; label?: string; describedBy?: string }) {
  const [text, setText] = useState(formatDuration(props.seconds));
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const parsed = parseDuration(text);
    if (parsed === null || parsed > 6 * 3600) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText(formatDuration(parsed));
    if (parsed !== props.seconds) props.onCommit(parsed);
  }

  return (
    <input
      id={props.id}
      className="duration-input"
      inputMode="numeric"
      value={text}
      aria-label={props.label}
      aria-invalid={invalid || undefined}
      aria-describedby={props.describedBy}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
