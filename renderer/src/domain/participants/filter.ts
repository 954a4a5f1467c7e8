import type { Category, Participant } from '../core/model';
import { stateWords } from '../states/matching';
import { foldText } from '../core/text';
import { sortInSteps } from '../core/sort-in-steps';

export interface ParticipantFilter {
  query: string;
  category: Category | 'all';
  /** A State's code, or 'all'. */
  stateCode?: string;
  /** Only people registered for this session, or 'all'. */
  sessionId?: string;
  /** Only these people (e.g. the walk-ins to review); everyone when absent. */
  onlyIds?: ReadonlySet<string>;
}

/** The text a participant is found by: name, organisation, badge code, and the words of the State matcher for their State ("UK", "Turquie"). */
export function participantSearchText(participant: Participant): string {
  const state = participant.stateCode ? stateWords(participant.stateCode) : [];
  return [foldText(participant.name), foldText(participant.organisation), foldText(participant.badgeCode), ...state].join(' ');
}

/**
 * Participants sorted by name with their folded search text, built once per change of the
 * registry: a keystroke then only scans strings (20,000 people in a few milliseconds) instead
 * of folding and sorting everything again.
 */
export interface ParticipantIndex {
  entries: ReadonlyArray<{ participant: Participant; text: string }>;
}

export function buildParticipantIndex(participants: readonly Participant[], language: string): ParticipantIndex {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const entries = participants.map((participant) => ({ participant, text: participantSearchText(participant) }));
  entries.sort((a, b) => collator.compare(a.participant.name, b.participant.name));
  return { entries };
}

/**
 * The same index, built a piece at a time: `pause()` is awaited every `step` participants and
 * during the sort, so that 20,000 of them (a fifth of a second and more in one go) never hold
 * the page. A `pause()` that rejects stops the build.
 */
export async function buildParticipantIndexInSteps(
  participants: readonly Participant[],
  language: string,
  pause: () => Promise<void>,
  step = 1000,
): Promise<ParticipantIndex> {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const entries: Array<{ participant: Participant; text: string }> = [];
  for (const participant of participants) {
    entries.push({ participant, text: participantSearchText(participant) });
    if (entries.length % step === 0) await pause();
  }
  return { entries: await sortInSteps(entries, (a, b) => collator.compare(a.participant.name, b.participant.name), pause, step * 4) };
}

/**
 * Keeps the participants whose text holds every word of the query, accent- and
 * case-insensitively ("gonzalez" finds "González"), in name order.
 */
export function searchParticipantIndex(index: ParticipantIndex, filter: ParticipantFilter): Participant[] {
  const words = foldText(filter.query).split(' ').filter(Boolean);
  const state = filter.stateCode && filter.stateCode !== 'all' ? filter.stateCode : null;
  const session = filter.sessionId && filter.sessionId !== 'all' ? filter.sessionId : null;
  const found: Participant[] = [];
  for (const { participant: p, text } of index.entries) {
    if (filter.onlyIds && !filter.onlyIds.has(p.id)) continue;
    if (filter.category !== 'all' && p.category !== filter.category) continue;
    if (state && p.stateCode !== state) continue;
    if (session && !p.registrations.some((r) => r.sessionId === session)) continue;
    if (words.length > 0 && !words.every((w) => text.includes(w))) continue;
    found.push(p);
  }
  return found;
}
