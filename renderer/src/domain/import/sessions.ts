/**
 * A ready-made `findSession` for buildImportPlan: a session is named by its id, or by its State
 * under Review (name in English or French, ISO code, or a common variant such as "Russia").
 */
import type { Session } from '../core/model';
import { matchState } from '../states/matching';

export function makeSessionFinder(sessions: ReadonlyArray<Pick<Session, 'id' | 'stateCode'>>): (text: string) => string | null {
  const byId = new Set(sessions.map((s) => s.id));
  const byState = new Map<string, string>();
  for (const session of sessions) {
    const code = session.stateCode.toUpperCase();
    if (!byState.has(code)) byState.set(code, session.id);
  }
  return (text) => {
    const trimmed = text.trim();
    if (byId.has(trimmed)) return trimmed;
    const code = matchState(trimmed);
    return code ? (byState.get(code) ?? null) : null;
  };
}
