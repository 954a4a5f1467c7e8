import type { Category, Participant } from './model';
import { stateByCode, stateSearchKeys } from './states';
import { foldText } from './text';

export interface ParticipantFilter {
  query: string;
  category: Category | 'all';
  /** A State's code, or 'all'. */
  stateCode?: string;
  /** Only people registered for this session, or 'all'. */
  sessionId?: string;
}

/** The text a participant is found by: name, organisation, badge code, State names (EN and FR). */
export function participantSearchText(participant: Participant): string {
  const state = stateByCode(participant.stateCode);
  return [
    foldText(participant.name),
    foldText(participant.organisation),
    foldText(participant.badgeCode),
    ...(state ? stateSearchKeys(state) : []),
  ].join(' ');
}

/**
 * Keeps the participants whose text holds every word of the query, accent- and
 * case-insensitively ("gonzalez" finds "González"), sorted by name.
 */
export function filterParticipants(participants: readonly Participant[], filter: ParticipantFilter, language: string): Participant[] {
  const words = foldText(filter.query).split(' ').filter(Boolean);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return participants
    .filter((p) => filter.category === 'all' || p.category === filter.category)
    .filter((p) => !filter.stateCode || filter.stateCode === 'all' || p.stateCode === filter.stateCode)
    .filter((p) => !filter.sessionId || filter.sessionId === 'all' || p.registrations.some((r) => r.sessionId === filter.sessionId))
    .filter((p) => {
      if (words.length === 0) return true;
      const text = participantSearchText(p);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
