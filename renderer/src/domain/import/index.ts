/**
 * Participant import: bytes -> table -> mapping -> plan. Pure TypeScript (no React, no Dexie,
 * no DOM); the database write of a plan belongs to db/commands.
 *
 *   const table = await readTable({ name, bytes }, { sheetName });   // throws ImportError
 *   const mapping = guessMapping(table.headers);                    // the UI may correct it
 *   const plan = await buildImportPlan(table, mapping, context, onProgress);
 */
export { ImportError, IMPORT_ERROR_CODES, importErrorMessage, isImportError } from './errors';
export type { ImportErrorCode, ImportErrorDetails } from './errors';
export { decodeText, looksBinary } from './decode';
export type { DecodedText, TextEncodingName } from './decode';
export { parseCsv, detectDelimiter, CSV_DELIMITERS } from './csv';
export type { CsvDelimiter, ParsedCsv } from './csv';
export { readXlsx } from './xlsx';
export type { XlsxTable, ReadXlsxOptions } from './xlsx';
export { IMPORT_LIMITS, importLimits } from './limits';
export type { ImportLimits, ProgressCallback } from './limits';
export { detectFileKind, zipEntryNames } from './sniff';
export type { FileKind } from './sniff';
export { readTable, checkFileSize, previewRows, columnLetter, detectHeaderIndex, isBlankRow, MAX_IMPORT_BYTES } from './table';
export type { ImportFile, ReadTableOptions, Table } from './table';
export { guessMapping, mappingProblems, mapsAName, compactKey, IMPORT_FIELDS } from './fields';
export type { ColumnMapping, ImportField, MappingProblem } from './fields';
export { parseCategory, parseGender, parseRole, parseScope, parseYesNo, parseEmail, splitSessions, cleanCell, isNotGiven, defaultRole } from './values';
export type { CategoryValue } from './values';
export { DuplicateIndex, duplicateKeys } from './duplicates';
export type { DuplicateKeys, DuplicateMatch, DuplicateReason } from './duplicates';
export { makeRowIssue, rowIssueMessage, REJECTION_CODES, WARNING_CODES, MAX_NAME_LENGTH } from './issues';
export type { RowIssue, RowIssueCode, RejectionCode, WarningCode } from './issues';
export { makeSessionFinder } from './sessions';
export { figureGaps, FIGURE_FIELDS } from './figure-gaps';
export type { FigureGap, FigureField } from './figure-gaps';
export { buildImportPlan } from './plan';
export type { ImportContext, ImportPlan, ParticipantDraft } from './plan';
