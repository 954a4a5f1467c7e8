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
  updatedAt: number;
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
