/**
 * A ready-made `findSession` for buildImportPlan: a session is named by its id, or by its State
 * under Review (name in English or French, ISO code, or a common variant such as "Russia"). A
 * name of several States ("Congo") finds the session when only one of them has one.
 */
import type { Session } from '../core/model';
import { identifyState } from '../states/matching';

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
    const found = identifyState(trimmed);
    const codes = found.kind === 'one' ? [found.code] : found.kind === 'ambiguous' ? found.codes : [];
    const ids = codes.flatMap((code) => byState.get(code) ?? []);
    return ids.length === 1 ? (ids[0] as string) : null;
  };
}
