import { useEffect, useMemo, useState } from 'react';
import type { Participant } from '../../domain/core/model';
import { buildParticipantIndex, buildParticipantIndexInSteps, type ParticipantIndex } from '../../domain/participants/filter';

/** Up to this many participants the index is built at once (a few milliseconds); above, in steps. */
const AT_ONCE = 2000;
const EMPTY: ParticipantIndex = { entries: [] };

class BuildStopped extends Error {}

/** Lets the page paint and answer between two pieces of work. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Shown {
  /** The participants (and language) the index was built from. */
  source: readonly Participant[] | null;
  language: string;
  index: ParticipantIndex;
}

/**
 * The registry's search index, and whether it is that of these participants. A large registry
 * (after an import of 20,000 people) is indexed in steps, the page answering in between; until
 * that is done the previous index stays on screen, not ready.
 */
export function useParticipantIndex(participants: readonly Participant[] | undefined, language: string): { index: ParticipantIndex; ready: boolean } {
  const atOnce = useMemo(
    () => (participants && participants.length <= AT_ONCE ? buildParticipantIndex(participants, language) : null),
    [participants, language],
  );
  const [shown, setShown] = useState<Shown>({ source: null, language, index: EMPTY });
  // A small registry's index is the one shown, at once (state adjusted while rendering, as React
  // advises for a value derived from props): a large one replaces it only when it is ready.
  if (atOnce && shown.index !== atOnce) setShown({ source: participants ?? null, language, index: atOnce });
  useEffect(() => {
    if (!participants || participants.length <= AT_ONCE) return;
    let stopped = false;
    const pause = () => (stopped ? Promise.reject(new BuildStopped()) : yieldToPage());
    buildParticipantIndexInSteps(participants, language, pause).then(
      (index) => {
        if (!stopped) setShown({ source: participants, language, index });
      },
      (error: unknown) => {
        if (!(error instanceof BuildStopped)) throw error;
      },
    );
    return () => {
      stopped = true;
    };
  }, [participants, language]);
  if (atOnce) return { index: atOnce, ready: true };
  return { index: shown.index, ready: participants !== undefined && shown.source === participants && shown.language === language };
}
