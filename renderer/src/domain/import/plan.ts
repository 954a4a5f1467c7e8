/**
 * A table and a mapping to an import plan: full Participant records ready to write, the rows
 * rejected and the warnings, each with its spreadsheet row number, and the duplicates marked.
 * Pure: the database write (one transaction) belongs to db/commands.
 */
import type { Category, CsoScope, Gender, Participant, Registration, Role, StateCode } from '../core/model';
import { identifyState } from '../states/matching';
import { ImportError } from './errors';
import { compactKey, IMPORT_FIELDS, mapsAName, type ColumnMapping, type ImportField } from './fields';
import { DuplicateIndex, duplicateKeys, type DuplicateMatch } from './duplicates';
import { makeRowIssue, MAX_NAME_LENGTH, type RowIssue, type RowIssueCode } from './issues';
import { isBlankRow, type Table } from './table';
import { cleanCell, defaultRole, isNotGiven, parseCategory, parseEmail, parseGender, parseRole, parseScope, parseYesNo, splitSessions } from './values';

export interface ImportContext {
  /** Participants already registered; only those of `seriesId` are compared. */
  existing: readonly Participant[];
  seriesId: string;
  /** A session named in a "Sessions" cell (SuR name or code) -> its id, or null. */
  findSession: (text: string) => string | null;
  /** Ids registered when a Sessions cell says "All" / "Toutes"; without it "All" is unknown. */
  allSessionIds?: readonly string[];
  /** Epoch ms for createdAt/updatedAt. */
  now: number;
  newId: () => string;
  /** Rows per chunk between progress reports and yields (default 1000). */
  chunkSize?: number;
  signal?: AbortSignal;
}

export interface ParticipantDraft {
  /** Spreadsheet row number of the source row. */
  row: number;
  /** The record to write (a new id; to update a duplicate, use `duplicateOf`). */
  participant: Participant;
  /** The participant this row matches, or null: registry id, or an earlier row's draft id. */
  duplicateOf: string | null;
  duplicate: DuplicateMatch | null;
}

export interface ImportPlan {
  accepted: ParticipantDraft[];
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** Accepted rows that match someone (registry or an earlier row). */
  duplicates: number;
  /** Rows below the header that hold anything. */
  totalRows: number;
  /** Entirely empty rows, skipped without comment. */
  blankRows: number;
}

/** Words in a Sessions cell that register the person for every session (with `allSessionIds`). */
const ALL_SESSIONS = new Set(['All', 'All sessions', 'Toutes', 'Tous', 'Toutes les sessions', 'Toutes les séances'].map(compactKey));

/**
 * Lets the page paint and handle input between chunks: `scheduler.yield()` where the browser
 * has it (Chromium, so Electron), else a zero timeout (Node, other browsers).
 */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Memoises a parser per distinct cell text: files repeat the same few words thousands of times.
 * The cache stops growing at 4096 entries, so columns of unique values cost no memory.
 */
function memo<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const value = parse(text);
    if (cache.size < 4096) cache.set(text, value);
    return value;
  };
}

export async function buildImportPlan(
  table: Table,
  mapping: ColumnMapping,
  context: ImportContext,
  onProgress?: (fraction: number) => void,
): Promise<ImportPlan> {
  if (!mapsAName(mapping)) throw new ImportError('no-name-column');

  const columnsOf = new Map<ImportField, number[]>();
  for (const field of IMPORT_FIELDS) columnsOf.set(field, []);
  mapping.forEach((field, column) => {
    if (field) columnsOf.get(field)?.push(column);
  });
  const headerOf = (column: number | undefined): string | null => (column === undefined ? null : (table.headers[column] ?? null));
  const firstColumn = (field: ImportField) => columnsOf.get(field)?.[0];

  const category = memo(parseCategory);
  const gender = memo(parseGender);
  const role = memo(parseRole);
  const scope = memo(parseScope);
  const yesNo = memo(parseYesNo);
  const state = memo(identifyState);
  const notGiven = memo(isNotGiven);
  const session = memo((text: string): string[] | null => {
    if (context.allSessionIds && ALL_SESSIONS.has(compactKey(text))) return [...context.allSessionIds];
    const id = context.findSession(text);
    return id === null ? null : [id];
  });

  const fold = memo(compactKey);
  const registry = new DuplicateIndex('registry');
  for (const participant of context.existing) {
    if (participant.seriesId === context.seriesId) registry.add(participant, duplicateKeys(participant, fold));
  }
  const inFile = new DuplicateIndex('file');

  const plan: ImportPlan = { accepted: [], rejected: [], warnings: [], duplicates: 0, totalRows: 0, blankRows: 0 };
  const total = table.rows.length;
  const chunkSize = Math.max(1, context.chunkSize ?? 1000);
  onProgress?.(0);

  for (let start = 0; start < total; start += chunkSize) {
    context.signal?.throwIfAborted();
    const end = Math.min(total, start + chunkSize);
    for (let i = start; i < end; i++) {
      const cells = table.rows[i] ?? [];
      const rowNumber = table.firstRowNumber + i;
      if (isBlankRow(cells)) {
        plan.blankRows++;
        continue;
      }
      plan.totalRows++;

      /** The first non-empty cleaned cell of the field's columns; '' when none. */
      const value = (field: ImportField): string => {
        for (const column of columnsOf.get(field) ?? []) {
          const raw = cells[column];
          if (raw) {
            const text = cleanCell(raw);
            if (text) return text;
          }
        }
        return '';
      };
      const warn = (code: RowIssueCode, field: ImportField, text: string | null) => {
        plan.warnings.push(makeRowIssue(rowNumber, code, field, headerOf(firstColumn(field)), text));
      };

      // Name: the full-name column, else first + last name.
      let name = value('name');
      if (!name) name = [value('firstName'), value('lastName')].filter(Boolean).join(' ');
      if (!name) {
        const column = firstColumn('name') ?? firstColumn('firstName') ?? firstColumn('lastName');
        plan.rejected.push(makeRowIssue(rowNumber, 'missing-name', 'name', headerOf(column)));
        continue;
      }
      if (name.length > MAX_NAME_LENGTH) {
        const column = firstColumn('name') ?? firstColumn('firstName') ?? firstColumn('lastName');
        plan.rejected.push(makeRowIssue(rowNumber, 'name-too-long', 'name', headerOf(column), name));
        continue;
      }

      let categoryValue: Category = 'other';
      let scopeValue: CsoScope | null = null;
      const categoryText = value('category');
      if (categoryText && !notGiven(categoryText)) {
        const parsed = category(categoryText);
        if (parsed) {
          categoryValue = parsed.category;
          scopeValue = parsed.scope;
        } else {
          warn('unknown-category', 'category', categoryText);
        }
      }

      const scopeText = value('scope');
      if (scopeText && !notGiven(scopeText)) {
        const parsed = scope(scopeText);
        if (parsed) scopeValue = parsed;
        else if (categoryValue === 'cso') warn('unknown-scope', 'scope', scopeText);
      }
      if (categoryValue !== 'cso') scopeValue = null;

      let stateCode: StateCode | null = null;
      const stateText = value('state');
      if (stateText && !notGiven(stateText)) {
        const found = state(stateText);
        if (found.kind === 'one') stateCode = found.code;
        else warn(found.kind === 'ambiguous' ? 'ambiguous-state' : 'unknown-state', 'state', stateText);
      }

      let genderValue: Gender | null = null;
      const genderText = value('gender');
      if (genderText && !notGiven(genderText)) {
        const parsed = gender(genderText);
        if (parsed) genderValue = parsed.gender;
        else warn('unknown-gender', 'gender', genderText);
      }

      let email = '';
      const emailText = value('email');
      if (emailText) {
        const parsed = parseEmail(emailText);
        email = parsed.email;
        if (!parsed.valid) warn('invalid-email', 'email', emailText);
      }

      let confidential = false;
      const confidentialText = value('confidential');
      if (confidentialText) {
        const parsed = yesNo(confidentialText);
        // Least exposure: an answer that is not a clear "no" keeps the person confidential.
        confidential = parsed ?? true;
        if (parsed === null) warn('unclear-confidential', 'confidential', confidentialText);
      }

      let roleValue: Role = defaultRole(categoryValue);
      const roleText = value('role');
      if (roleText && !notGiven(roleText)) {
        const parsed = role(roleText);
        if (parsed === null) warn('unknown-role', 'role', roleText);
        else if (parsed !== 'default') roleValue = parsed;
      }

      const registrations: Registration[] = [];
      const seen = new Set<string>();
      for (const column of columnsOf.get('sessions') ?? []) {
        const raw = cells[column];
        if (!raw || !raw.trim()) continue;
        for (const piece of splitSessions(raw, session)) {
          if (!piece.value) {
            if (!notGiven(piece.text)) warn('unknown-session', 'sessions', piece.text);
            continue;
          }
          for (const sessionId of piece.value) {
            if (seen.has(sessionId)) continue;
            seen.add(sessionId);
            registrations.push({ sessionId, role: roleValue });
          }
        }
      }

      const participant: Participant = {
        id: context.newId(),
        seriesId: context.seriesId,
        name,
        organisation: value('organisation'),
        category: categoryValue,
        scope: scopeValue,
        gender: genderValue,
        stateCode,
        email,
        phone: value('phone'),
        badgeCode: value('badgeCode'),
        confidential,
        plateConsent: false,
        registrations,
        reviewedAt: null,
        createdAt: context.now,
        updatedAt: context.now,
      };
      const keys = duplicateKeys(participant, fold);
      const duplicate = registry.find(keys) ?? inFile.find(keys);
      if (duplicate) plan.duplicates++;
      inFile.add(participant, keys, rowNumber);
      plan.accepted.push({ row: rowNumber, participant, duplicateOf: duplicate?.participantId ?? null, duplicate });
    }
    if (end < total) {
      onProgress?.(end / total);
      await yieldToEventLoop();
    }
  }
  onProgress?.(1);
  return plan;
}
