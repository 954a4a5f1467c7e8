/** The event file (`*.sessiondesk.json`): one whole series, versioned. See docs/event-file.md. */
export {
  EVENT_FILE_EXTENSION,
  EVENT_FILE_FORMAT,
  EVENT_FILE_MAX_BYTES,
  EVENT_FILE_VERSION,
  CHECK_IN_KINDS,
  CHECK_IN_METHODS,
  eventFileSchema,
  type EventFileV2,
  type JsonValue,
} from './schema';
export {
  EVENT_FILE_ERROR_CODES,
  EventFileError,
  isEventFileError,
  MAX_REPORTED_ISSUES,
  type EventFileErrorCode,
  type EventFileErrorDetails,
  type EventFileIssue,
} from './errors';
export { assertSnapshotConsistent, findSnapshotProblems, type EventFileHeader, type EventSnapshot, type ParsedEventFile } from './snapshot';
export { serializeEventFile, sortSnapshot, suggestEventFileName, type AppInfo } from './serialize';
export { parseEventFile, describeSchemaIssue } from './parse';
export { EVENT_FILE_MIGRATIONS, migrateEventFile, type EventFileMigration, type RawEventFile } from './migrations';
export { rekeySnapshot, type RekeyedSnapshot } from './rekey';
export { seriesSettingKey, seriesSettingName, seriesSettingPrefix } from './series-settings';
export { buildEventFileJsonSchema, eventFileJsonSchemaText, EVENT_FILE_SCHEMA_ID } from './json-schema';
