import type { Session } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';

/** "Azerbaijan · 10:00–11:00": how the desk names a session (the day is shown around it). */
export function sessionLabel(session: Session, language: 'en' | 'fr'): string {
  return `${stateName(session.stateCode, language)} · ${session.start}–${session.end}`;
}

/** "Azerbaijan, Bangladesh": the States under Review of sessions, for a sentence. */
export function sessionNames(sessions: readonly Session[], language: 'en' | 'fr'): string {
  return sessions.map((s) => stateName(s.stateCode, language)).join(', ');
}
