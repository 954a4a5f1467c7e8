/**
 * Live counts of a session for the desk: who is present by category, how many Permanent
 * Missions (States, not people: two delegates of one mission are one mission) of those
 * registered for this session, how many came without registering, and which panellists have
 * arrived. The session, never the series: "0 of 52" counted every mission of three days.
 */
import { CATEGORIES, type Category, type Participant } from '../core/model';

export interface SessionCounts {
  present: number;
  byCategory: Record<Category, number>;
  /** Distinct States whose mission has someone present. */
  missionsPresent: number;
  /** Distinct States with a mission delegate registered for this session. */
  missionsRegistered: number;
  /** Of missionsRegistered, those with someone present. */
  missionsRegisteredPresent: number;
  /** Missions present with nobody registered for this session. */
  missionsPresentUnregistered: number;
  /** missionsRegisteredPresent / missionsRegistered, 0 when no mission is registered. */
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
    if (isMission && p.registrations.some((r) => r.sessionId === sessionId)) missionsRegistered.add(p.stateCode as string);
    if (p.registrations.some((r) => r.sessionId === sessionId && r.role === 'panellist')) {
      panellists.push({ participant: p, arrived: present.has(p.id) });
    }
    if (!present.has(p.id)) continue;
    count += 1;
    byCategory[p.category] += 1;
    if (isMission) missionsPresent.add(p.stateCode as string);
  }
  panellists.sort((a, b) => a.participant.name.localeCompare(b.participant.name));
  const registeredPresent = [...missionsRegistered].filter((code) => missionsPresent.has(code)).length;
  return {
    present: count,
    byCategory,
    missionsPresent: missionsPresent.size,
    missionsRegistered: missionsRegistered.size,
    missionsRegisteredPresent: registeredPresent,
    missionsPresentUnregistered: missionsPresent.size - registeredPresent,
    missionShare: missionsRegistered.size === 0 ? 0 : registeredPresent / missionsRegistered.size,
    panellists,
  };
}
