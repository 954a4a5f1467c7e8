/**
 * The event file, format version 4 (version 1, plus the themes of each slot in 2, plus when a participant was reviewed in 3, plus the station of each moderator action in 4): zod schemas that mirror `model.ts` field for field.
 *
 * Every object is strict: a field the schema does not know makes the file "damaged". Silently
 * dropping it would lose data, so any new field (even an optional one) raises `formatVersion`,
 * and an older app then refuses the newer file with a clear message instead.
 *
 * The descriptions live in a registry of their own (not zod's global one) and feed
 * docs/event-file.schema.json through `buildEventFileJsonSchema`.
 */
import { z } from 'zod';
import { CATEGORIES, CSO_SCOPES, GENDERS, ROLES, SLOT_KINDS, SLOT_LOG_KINDS, SLOT_STATUSES } from '../core/model';
import type { CheckIn, Participant, Registration, Series, Session, Slot, SlotDurations, SlotLogEntry, SlotRunState } from '../core/model';
import { isIsoDate } from '../programme/series';
import { THEME_ID } from '../reports/themes';
import { MAX_TEXT_LENGTH } from './limits';

/** The value of the `format` field: what tells an event file from any other JSON. */
export const EVENT_FILE_FORMAT = 'session-desk/event';
/** The format version this app writes, and the newest it reads. */
export const EVENT_FILE_VERSION = 4;
/** Every event file name ends so: "Pre-sessions 30 2018-04-11.sessiondesk.json". */
export const EVENT_FILE_EXTENSION = '.sessiondesk.json';
/**
 * The largest file read (128 MiB; in characters for text, bytes for the file on disk). A series
 * of 20,000 participants with their check-ins takes about 25 MB: this leaves room and still
 * keeps the app from swallowing a file that would exhaust its memory.
 */
export const EVENT_FILE_MAX_BYTES = 128 * 1024 * 1024;

/** The methods a check-in records; mirrors `CheckIn['method']` in model.ts. */
export const CHECK_IN_METHODS = ['search', 'scan', 'code', 'walk-in', 'import'] as const;
/** The kinds of check-in event; mirrors `CheckIn['kind']` in model.ts. */
export const CHECK_IN_KINDS = ['check-in', 'undo'] as const;

/** Metadata for the JSON Schema: `id` names a `$defs` entry, `description` documents it. */
export interface EventFileSchemaMeta {
  id?: string;
  title?: string;
  description?: string;
}
export const eventFileRegistry = z.registry<EventFileSchemaMeta>();

function doc<T extends z.ZodType>(schema: T, description: string): T {
  eventFileRegistry.add(schema, { description });
  return schema;
}

function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  eventFileRegistry.add(schema, { id, title: id, description });
  return schema;
}

/** The root: titled but not named, so that the JSON Schema keeps it inline rather than in $defs. */
function titled<T extends z.ZodType>(schema: T, title: string, description: string): T {
  eventFileRegistry.add(schema, { title, description });
  return schema;
}

// Fresh instances per field, so that each field carries its own description.
const id = (description: string) => doc(z.string().min(1).max(200), description);
const epochMs = (description: string) => doc(z.number().nonnegative(), `${description} Epoch milliseconds (UTC).`);
const seconds = (description: string) => doc(z.number().int().nonnegative(), `${description} Whole seconds.`);
const text = (description: string) => doc(z.string().max(MAX_TEXT_LENGTH), description);
const isoDate = (description: string) =>
  doc(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date "YYYY-MM-DD"')
      .refine(isIsoDate, 'expected a real calendar date "YYYY-MM-DD"'),
    `${description} "YYYY-MM-DD", the venue's local calendar.`,
  );
const timeOfDay = (description: string) =>
  doc(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time "HH:MM" (24-hour)'), `${description} "HH:MM", 24-hour, the venue's local time.`);
const STATE_CODE = /^[A-Z]{3}$/;
const stateCode = (description: string) =>
  doc(z.string().regex(STATE_CODE, 'expected a three-letter State code such as "CMR"'), `${description} ISO 3166-1 alpha-3 code.`);

export const slotDurationsSchema = named(
  z.strictObject({
    opening: seconds('Opening by the moderator.'),
    surStatement: seconds("Statement by the State under Review's Permanent Mission."),
    panellist: seconds('Each panellist.'),
    moderatorQuestions: seconds("The moderator's questions."),
    floor: seconds('Each Permanent Mission given the floor in the Q&A.'),
    closing: seconds('Closing.'),
  }),
  'SlotDurations',
  'Seconds allotted by default to each kind of slot when it is created.',
);

export const seriesSchema = named(
  z.strictObject({
    id: id('Unique id of the series (a UUID).'),
    name: text('Name of the series, e.g. "Pre-sessions 30". Plain text, never markup.'),
    startDate: isoDate('First day.'),
    endDate: isoDate('Last day.'),
    venue: text('Where it takes place; may be empty.'),
    defaults: slotDurationsSchema,
    createdAt: epochMs('When the series was created.'),
    updatedAt: epochMs('Last change to the series record.'),
  }),
  'Series',
  'A series of Pre-sessions: the event the file holds.',
);

export const sessionSchema = named(
  z.strictObject({
    id: id('Unique id of the session (a UUID).'),
    seriesId: id("The series it belongs to: always the file's series.id."),
    stateCode: stateCode('The State under Review.'),
    date: isoDate('Day of the session.'),
    start: timeOfDay('Planned start.'),
    end: timeOfDay('Planned end.'),
    room: text('Room; may be empty.'),
    moderator: text("Moderator's name; may be empty."),
    updatedAt: epochMs('Last change to the session record.'),
  }),
  'Session',
  'One session of the programme: one State under Review.',
);

export const slotRunStateSchema = named(
  z.strictObject({
    status: doc(z.enum(SLOT_STATUSES), 'Where the slot stood.'),
    startedAt: doc(z.number().nonnegative().nullable(), 'When its running stretch had begun, epoch milliseconds (UTC); null if not running.'),
    elapsedBeforeMs: doc(z.number().nonnegative(), 'Milliseconds spoken before that stretch.'),
    allottedSec: seconds('Speaking time allotted then.'),
    order: doc(z.string().regex(/^[0-9A-Za-z]+$/, 'expected a fractional-index key (letters and digits)'), 'Its fractional-index key then.'),
  }),
  'SlotRunState',
  'The fields of a slot as they were before a moderator action: what an undo restores.',
);

export const slotLogEntrySchema = named(
  z.strictObject({
    id: id('Unique id of the entry (a UUID).'),
    action: id('The moderator action (one keystroke) the entry belongs to; one action may touch several slots.'),
    kind: doc(
      z.enum(SLOT_LOG_KINDS),
      'What happened: queued (a mission asked for the floor), requested-again, start, pause, resume, end, skip, absent, withdrawn (taken off the floor queue), not-reached (still waiting when the floor closed; since formatVersion 4), adjust (+/- time), move, or undo.',
    ),
    at: epochMs('When it happened.'),
    deltaSec: doc(z.number().int(), 'For adjust: seconds added to the allotted time (negative when taken off); otherwise 0.'),
    reason: text('For absent: the reason given; may be empty.'),
    reasonPublic: doc(z.boolean(), 'For absent: whether the reason may be shown publicly.'),
    before: doc(slotRunStateSchema.nullable(), 'The slot before the action, restored by its undo; null when the action created the slot.'),
    undoes: doc(z.string().min(1).max(200).nullable(), 'For undo: the action it reverts; otherwise null.'),
    station: doc(
      z.string().max(200).optional(),
      'The id of the station whose console did it; absent when unknown (recorded before stations existed). Since formatVersion 4.',
    ),
  }),
  'SlotLogEntry',
  "An append-only entry of a slot's record: what the moderator did and when. Never edited.",
);

export const slotSchema = named(
  z.strictObject({
    id: id('Unique id of the slot (a UUID).'),
    sessionId: id('The session whose programme holds the slot.'),
    seriesId: id("The series: always the file's series.id."),
    order: doc(
      z.string().regex(/^[0-9A-Za-z]+$/, 'expected a fractional-index key (letters and digits)'),
      'Fractional-index key: the slots of a session run in the order of these keys compared as plain strings (code units, not locale order).',
    ),
    kind: doc(z.enum(SLOT_KINDS), 'What happens in the slot.'),
    participantId: doc(z.string().min(1).max(200).nullable(), 'The speaker, a participant of the file; null when the slot has no registered speaker.'),
    label: text('Free label when there is no participant, e.g. "Opening by the moderator"; may be empty.'),
    allottedSec: seconds('Speaking time allotted.'),
    status: doc(z.enum(SLOT_STATUSES), 'Where the slot stands.'),
    startedAt: doc(z.number().nonnegative().nullable(), 'When the running stretch began, epoch milliseconds (UTC); null while the timer is not running.'),
    elapsedBeforeMs: doc(
      z.number().nonnegative(),
      'Milliseconds spoken before the running stretch. Elapsed time = elapsedBeforeMs + (now - startedAt) while running.',
    ),
    // Defaults: files written before these fields existed (same format version, unreleased) still read.
    stateCode: doc(
      z.string().regex(STATE_CODE, 'expected a three-letter State code such as "CMR"').nullable().default(null),
      "For a floor slot: the State whose Permanent Mission asked for the floor (one mission's request, timed as its intervention); null for the floor block itself (the part of the programme in which the requests that follow it are served); otherwise null.",
    ),
    log: doc(z.array(slotLogEntrySchema).default([]), "The slot's record, oldest first: actual start, pauses, end, absence, adjustments, undos."),
    // Since version 2; a version-1 file gets [] from its migration (migrations.ts).
    themes: doc(
      z.array(z.string().regex(THEME_ID, 'expected a theme id (lower-case letters, digits and "-")')),
      'Human rights themes the speaker raised, as theme ids: a built-in id such as "womens-rights", or one of the series\' own themes (settings.themes); empty when not tagged.',
    ),
    updatedAt: epochMs('Last change to the slot record.'),
  }),
  'Slot',
  "One item of a session's programme, with its timing record.",
);

export const registrationSchema = named(
  z.strictObject({
    sessionId: id('A session of the file.'),
    role: doc(z.enum(ROLES), 'Why the person attends that session.'),
  }),
  'Registration',
  'A participant registered for one session.',
);

export const participantSchema = named(
  z.strictObject({
    id: id('Unique id of the participant (a UUID).'),
    seriesId: id("The series: always the file's series.id."),
    name: text('Full name as printed on plates. Plain text, never markup.'),
    organisation: text('Organisation or Permanent Mission; may be empty.'),
    category: doc(z.enum(CATEGORIES), 'Kind of participant: CSO, NHRI, Permanent Mission, UN/IO, media, organiser or other.'),
    scope: doc(z.enum(CSO_SCOPES).nullable(), 'For CSOs: national or international; otherwise null.'),
    gender: doc(z.enum(GENDERS).nullable(), 'Optional; null when not given.'),
    stateCode: doc(
      z.string().regex(STATE_CODE, 'expected a three-letter State code such as "CMR"').nullable(),
      "The State a mission or SuR delegation represents, or a CSO's country: ISO 3166-1 alpha-3; null when unknown.",
    ),
    email: text('May be empty.'),
    phone: text('May be empty.'),
    badgeCode: text('Code on the badge, scanned or typed at the desk; may be empty.'),
    confidential: doc(z.boolean(), 'At risk: never shown on public screens or in public exports.'),
    plateConsent: doc(z.boolean(), 'A confidential person agreed that their name may appear on their plate.'),
    registrations: doc(z.array(registrationSchema), 'The sessions the person is registered for.'),
    reviewedAt: doc(
      z.number().nonnegative().nullable(),
      'When someone in the registry last confirmed the record (saved, merged or marked reviewed), epoch milliseconds (UTC); null when nobody has. A walk-in is "to review" until then. Since formatVersion 3.',
    ),
    createdAt: epochMs('When the participant was added.'),
    updatedAt: epochMs('Last change to the participant record.'),
  }),
  'Participant',
  'A person expected at, or present at, the series.',
);

export const checkInSchema = named(
  z.strictObject({
    id: id('Unique id of the check-in event (a UUID).'),
    seriesId: id("The series: always the file's series.id."),
    participantId: id('A participant of the file.'),
    sessionId: id('A session of the file.'),
    at: epochMs('When it was recorded.'),
    station: text('Which laptop or desk recorded it, e.g. "desk-1".'),
    method: doc(z.enum(CHECK_IN_METHODS), 'How the person was found.'),
    kind: doc(z.enum(CHECK_IN_KINDS), 'A check-in, or an undo that cancels an earlier check-in.'),
    undoes: doc(z.string().min(1).max(200).nullable(), 'For an undo: the id of the check-in it cancels; null for a check-in.'),
  }),
  'CheckIn',
  'An append-only check-in event: never edited; an undo names the check-in it cancels.',
);

/** A setting name inside a series: letters, digits, ".", "_" and "-". */
export const SERIES_SETTING_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const jsonValueSchema = named(z.json(), 'JsonValue', 'Any JSON value.');

export const seriesSettingsSchema = doc(
  z.record(z.string().regex(SERIES_SETTING_NAME, 'expected a setting name (letters, digits, ".", "_", "-")'), jsonValueSchema),
  'Settings that belong to this series, by name (e.g. timer thresholds); app-wide preferences such as language or theme are never included. Often empty.',
);

export const appInfoSchema = named(
  z.strictObject({
    name: doc(z.string().min(1).max(100), 'The app that wrote the file: "Session Desk".'),
    version: doc(z.string().min(1).max(100), 'Its version, e.g. "0.1.0".'),
  }),
  'AppInfo',
  'The app that wrote the file; for information and support only.',
);

/** The whole file, version 2. */
export const eventFileSchema = titled(
  z.strictObject({
    format: doc(z.literal(EVENT_FILE_FORMAT), 'Always "session-desk/event".'),
    formatVersion: doc(z.literal(EVENT_FILE_VERSION), 'The version of this format. Raised on any change to it.'),
    exportedAt: doc(z.iso.datetime(), 'When the file was written: ISO 8601, UTC, e.g. "2018-04-11T09:30:00.000Z".'),
    app: appInfoSchema,
    series: seriesSchema,
    sessions: doc(z.array(sessionSchema), 'The sessions of the series, by day and start time.'),
    slots: doc(z.array(slotSchema), 'Every slot of every session, grouped by session, each group in programme order.'),
    participants: doc(z.array(participantSchema), 'Every participant of the series.'),
    checkIns: doc(z.array(checkInSchema), 'Every check-in and undo event, oldest first.'),
    settings: seriesSettingsSchema,
  }),
  'Session Desk event file',
  'A Session Desk event file (*.sessiondesk.json): one whole series, versioned. See docs/event-file.md.',
);

export type EventFileV2 = z.infer<typeof eventFileSchema>;
export type JsonValue = z.infer<typeof jsonValueSchema>;

// The schemas must describe the model exactly: these fail to compile when model.ts changes
// without this file (and then the format version) following.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Same shape and the same keys (mutual assignability alone would miss a new optional field). */
type Exact<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
type Assert<T extends true> = T;
export type _SchemasMirrorTheModel = [
  Assert<Exact<z.infer<typeof slotDurationsSchema>, SlotDurations>>,
  Assert<Exact<z.infer<typeof seriesSchema>, Series>>,
  Assert<Exact<z.infer<typeof sessionSchema>, Session>>,
  Assert<Exact<z.infer<typeof slotRunStateSchema>, SlotRunState>>,
  Assert<Exact<z.infer<typeof slotLogEntrySchema>, SlotLogEntry>>,
  Assert<Exact<z.infer<typeof slotSchema>, Slot>>,
  Assert<Exact<z.infer<typeof registrationSchema>, Registration>>,
  Assert<Exact<z.infer<typeof participantSchema>, Participant>>,
  Assert<Exact<z.infer<typeof checkInSchema>, CheckIn>>,
];
