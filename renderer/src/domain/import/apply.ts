/**
 * What an import writes once the user has chosen what to do with duplicates: new records to
 * add, and field-level changes to existing ones. Pure; db/commands/import writes the result.
 */
import type { ImportPlan, ParticipantDraft } from './';
import type { Participant, Registration } from '../core/model';
import { nextBadgeCode } from '../participants/records';

export type DuplicateChoice = 'skip' | 'update';

export interface ImportWrites {
  add: Participant[];
  update: Array<{ id: string; changes: Partial<Participant> }>;
  skipped: number;
}

const UPDATABLE = ['name', 'organisation', 'category', 'scope', 'gender', 'stateCode', 'email', 'phone', 'badgeCode', 'confidential'] as const;

/** The row's values where it has one; registrations united, the row's role winning for a shared session. */
function overlay(base: Participant, row: Participant): Partial<Participant> {
  const changes: Partial<Participant> = {};
  for (const key of UPDATABLE) {
    const value = row[key];
    const empty = value === '' || value === null || (key === 'confidential' && value === false);
    if (!empty && value !== base[key]) Object.assign(changes, { [key]: value });
  }
  const rowSessions = new Set(row.registrations.map((r) => r.sessionId));
  const registrations: Registration[] = [...base.registrations.filter((r) => !rowSessions.has(r.sessionId)), ...row.registrations];
  if (JSON.stringify(registrations) !== JSON.stringify(base.registrations)) changes.registrations = registrations;
  return changes;
}

export function planImportWrites(plan: ImportPlan, choice: DuplicateChoice, existing: readonly Participant[], now: number): ImportWrites {
  const existingById = new Map(existing.map((p) => [p.id, p]));
  const added = new Map<string, Participant>();
  const updates = new Map<string, Partial<Participant>>();
  let skipped = 0;
  const badges = new Set(existing.map((p) => p.badgeCode).filter(Boolean));

  const accept = (draft: ParticipantDraft) => {
    const target = draft.duplicateOf;
    if (target === null) {
      added.set(draft.participant.id, { ...draft.participant });
      return;
    }
    if (choice === 'skip') {
      skipped += 1;
      return;
    }
    const earlierRow = added.get(target);
    if (earlierRow) {
      added.set(target, { ...earlierRow, ...overlay(earlierRow, draft.participant) });
      return;
    }
    const current = existingById.get(target);
    if (!current) {
      added.set(draft.participant.id, { ...draft.participant });
      return;
    }
    const merged = { ...current, ...updates.get(target) };
    const changes = { ...updates.get(target), ...overlay(merged, draft.participant) };
    // A badge code already taken by someone else must not be copied onto this person.
    if (changes.badgeCode && badges.has(changes.badgeCode) && changes.badgeCode !== current.badgeCode) delete changes.badgeCode;
    updates.set(target, changes);
  };
  for (const draft of plan.accepted) accept(draft);

  const rows = [...added.values()];
  for (const p of rows) if (p.badgeCode) badges.add(p.badgeCode);
  const seen = new Set<string>();
  let lastCode: string | null = null;
  const add = rows.map((p) => {
    if (p.badgeCode && !seen.has(p.badgeCode)) {
      seen.add(p.badgeCode);
      return p;
    }
    // No code in the file (or one used twice): the next free code of the series. Computed once,
    // then counted on, so that 20,000 rows without codes stay linear.
    let badgeCode: string = lastCode === null ? nextBadgeCode([...badges]) : nextBadgeCode([lastCode]);
    while (badges.has(badgeCode)) badgeCode = nextBadgeCode([badgeCode]);
    lastCode = badgeCode;
    badges.add(badgeCode);
    seen.add(badgeCode);
    return { ...p, badgeCode };
  });
  const update = [...updates.entries()]
    .filter(([, changes]) => Object.keys(changes).length > 0)
    .map(([id, changes]) => ({ id, changes: { ...changes, updatedAt: now } }));
  return { add, update, skipped };
}
