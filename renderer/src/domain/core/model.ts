/**
 * The records Session Desk keeps. Shaped for merging between laptops later:
 * UUID keys, fractional-index order on slots, append-only check-ins, timers as
 * start time plus elapsed time, and an `updatedAt` per record.
 */

/** ISO 3166-1 alpha-3 code of a State in the UN list (see states.ts). */
export type StateCode = string;
/** Calendar date, "YYYY-MM-DD", in the venue's local time. */
export type IsoDate = string;
/** Time of day, "HH:MM", 24-hour, in the venue's local time. */
export type TimeOfDay = string;

export interface SlotDurations {
  /** Seconds allotted by default to each kind of slot when it is created. */
  opening: number;
  surStatement: number;
  panellist: number;
  moderatorQuestions: number;
  floor: number;
  closing: number;
}

export interface Series {
  id: string;
  name: string;
  startDate: IsoDate;
  endDate: IsoDate;
  venue: string;
  defaults: SlotDurations;
  createdAt: number;
  updatedAt: number;
}

export interface Session {
  id: string;
  seriesId: string;
  /** The State under Review. */
  stateCode: StateCode;
  date: IsoDate;
  start: TimeOfDay;
  end: TimeOfDay;
  room: string;
  moderator: string;
  updatedAt: number;
}

export const SLOT_KINDS = ['opening', 'sur-statement', 'panellist', 'moderator-questions', 'floor', 'closing'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export const SLOT_STATUSES = ['pending', 'speaking', 'paused', 'done', 'skipped', 'absent'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export interface Slot {
  id: string;
  sessionId: string;
  seriesId: string;
  /** Fractional-index key: slots of a session sort by it (string comparison). */
  order: string;
  kind: SlotKind;
  /** The speaker, when the slot belongs to a registered participant. */
  participantId: string | null;
  /** Free label when there is no participant (e.g. "Opening remarks"). */
  label: string;
  allottedSec: number;
  status: SlotStatus;
  /** Epoch ms when the running stretch began; null while not running. */
  startedAt: number | null;
  /** Milliseconds spoken before the running stretch. */
  elapsedBeforeMs: number;
  /**
   * For a floor slot: the Permanent Mission's State given (or asking for) the floor; null for the
   * floor block itself (see domain/moderator/floor-block.ts); null for other kinds.
   */
  stateCode: StateCode | null;
  /** What happened to the slot, append-only (start, pause, end, absent...): the record Reports read. */
  log: SlotLogEntry[];
  /**
   * Human rights themes the speaker raised, as theme ids (domain/reports/themes.ts: built-in
   * ids, or the series' own); tagged afterwards from the session report. Empty when untagged.
   */
  themes: string[];
  updatedAt: number;
}

export const SLOT_LOG_KINDS = [
  'queued',
  'requested-again',
  'start',
  'pause',
  'resume',
  'end',
  'skip',
  'absent',
  'withdrawn',
  'not-reached',
  'adjust',
  'move',
  'undo',
] as const;
export type SlotLogKind = (typeof SLOT_LOG_KINDS)[number];

/** The fields of a slot a moderator action changes, kept so that the action can be undone. */
export type SlotRunState = Pick<Slot, 'status' | 'startedAt' | 'elapsedBeforeMs' | 'allottedSec' | 'order'>;

/**
 * One entry of a slot's record. Never edited: an undo is a new entry naming the action it
 * reverts, so two laptops' records merge by union of entries.
 */
export interface SlotLogEntry {
  id: string;
  /** One moderator action (one keystroke) may touch several slots; they share this id. */
  action: string;
  kind: SlotLogKind;
  /** Epoch ms. */
  at: number;
  /** For `adjust`: seconds added to (or, negative, taken from) the allotted time; else 0. */
  deltaSec: number;
  /** For `absent`: the reason given, possibly empty. */
  reason: string;
  /** For `absent`: whether the reason may be shown publicly (room display, public reports). */
  reasonPublic: boolean;
  /** The slot's fields before the action, restored by its undo; null when the action created the slot. */
  before: SlotRunState | null;
  /** For `undo`: the action it reverts; else null. */
  undoes: string | null;
  /**
   * The station whose console did it (its id). Absent on entries recorded before stations
   * existed (event files of format 3 and older carry none).
   */
  station?: string;
}

export const CATEGORIES = ['cso', 'nhri', 'mission', 'un-io', 'media', 'organiser', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const GENDERS = ['woman', 'man', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const CSO_SCOPES = ['national', 'international'] as const;
export type CsoScope = (typeof CSO_SCOPES)[number];

export const ROLES = ['panellist', 'delegate', 'observer', 'sur-delegation'] as const;
export type Role = (typeof ROLES)[number];

export interface Registration {
  sessionId: string;
  role: Role;
}

export interface Participant {
  id: string;
  seriesId: string;
  name: string;
  organisation: string;
  category: Category;
  /** For CSOs only. */
  scope: CsoScope | null;
  gender: Gender | null;
  /** The State a mission or SuR delegation represents; a CSO's country where known. */
  stateCode: StateCode | null;
  email: string;
  phone: string;
  badgeCode: string;
  /** Never shown on public screens or in public exports. */
  confidential: boolean;
  /** A confidential person agreed that their name may appear on their plate. */
  plateConsent: boolean;
  registrations: Registration[];
  /**
   * When someone in the registry last confirmed the record (saved it, merged it, or marked it
   * reviewed); null when nobody has. A walk-in registered at the desk with the fewest fields
   * stays "to review" until then.
   */
  reviewedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface CheckIn {
  id: string;
  seriesId: string;
  participantId: string;
  sessionId: string;
  /** Epoch ms. */
  at: number;
  /** Which laptop or desk recorded it, e.g. "desk-1". */
  station: string;
  method: 'search' | 'scan' | 'code' | 'walk-in' | 'import';
  /** An undo names the check-in it cancels; check-ins are never edited. */
  kind: 'check-in' | 'undo';
  undoes: string | null;
}

/** App-wide preferences, keyed by name. */
export interface SettingRecord {
  key: string;
  value: unknown;
}
