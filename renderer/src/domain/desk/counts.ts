/**
 * Live counts of a session for the desk: who is present by category, how many Permanent
 * Missions (States, not people: two delegates of one mission are one mission) and their share
 * of all missions registered for the series, and which panellists have arrived.
 */
import { CATEGORIES, type Category, type Participant } from '../core/model';

export interface SessionCounts {
  present: number;
  byCategory: Record<Category, number>;
  /** Distinct States whose mission has someone present. */
  missionsPresent: number;
  /** Distinct States with a mission delegate in the series' registry. */
  missionsRegistered: number;
  /** missionsPresent / missionsRegistered, 0 when no mission is registered. */
  missionShare: number;
  panellists: Array<{ participant: Participant; arrived: boolean }>;
}

export function sessionCounts(participants: readonly Participant[], present: ReadonlySet<string>, sessionId: string): SessionCounts {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const missionsPresent = new Set<string>();
  const missionsRegistered = new Set<string>();
  const panellists: SessionCounts['panellists'] = [];
  let count = 0;
  for (const p of participants) {
    const isMission = p.category === 'mission' && p.stateCode;
    if (isMission) missionsRegistered.add(p.stateCode as string);
    if (p.registrations.some((r) => r.sessionId === sessionId && r.role === 'panellist')) {
      panellists.push({ participant: p, arrived: present.has(p.id) });
    }
    if (!present.has(p.id)) continue;
    count += 1;
    byCategory[p.category] += 1;
    if (isMission) missionsPresent.add(p.stateCode as string);
  }
  panellists.sort((a, b) => a.participant.name.localeCompare(b.participant.name));
  return {
    present: count,
    byCategory,
    missionsPresent: missionsPresent.size,
    missionsRegistered: missionsRegistered.size,
    missionShare: missionsRegistered.size === 0 ? 0 : missionsPresent.size / missionsRegistered.size,
    panellists,
  };
}
