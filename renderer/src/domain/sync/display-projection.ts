/**
 * What a display-only page on the venue network receives for its room: the session on screen
 * there, its slots with their timer fields, the speakers as the room display labels them, the
 * series' logo and the console's display state. Nothing else: no other participant, no contact,
 * no badge code, no absence reason, no moderator's name, and a confidential panellist by
 * organisation only (domain/privacy/public-surfaces.ts, the rule of every public surface).
 */
import type { Participant, Session, Slot } from '../core/model';
import { sessionOnScreen } from '../programme/current-session';
import { personOnSurface } from '../privacy/public-surfaces';
import type { RoomDisplayState } from '../room-display/state';

export interface DisplayProjection {
  session: Session | null;
  slots: Slot[];
  speakers: Participant[];
  logo: string | null;
  state: RoomDisplayState;
  /** The room the link shows (for the page's title). */
  room: string;
  seriesName: string;
}

export interface ProjectionSources {
  seriesName: string;
  programme: ReadonlyArray<{ session: Session; slots: readonly Slot[] }>;
  speakers: ReadonlyMap<string, Participant>;
  logo: string | null;
  state: RoomDisplayState;
}

/** A speaker as the display link may show them: name and organisation by the one public rule. */
function publicSpeaker(p: Participant): Participant {
  const shown = personOnSurface(p, 'display-link');
  return {
    id: p.id,
    seriesId: p.seriesId,
    name: shown.name ?? '',
    organisation: shown.organisation ?? '',
    category: p.category,
    scope: null,
    gender: null,
    stateCode: null,
    email: '',
    phone: '',
    badgeCode: '',
    // The page labels a withheld speaker by organisation only, as the room display does.
    confidential: shown.withheld,
    plateConsent: false,
    registrations: [],
    reviewedAt: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

function publicSlot(slot: Slot, speaker: Participant | undefined): Slot {
  return {
    ...slot,
    // A free label may repeat a confidential speaker's name: the display never uses it for them.
    label: speaker?.confidential ? '' : slot.label,
    log: [],
    themes: [],
  };
}

export function sameRoom(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function projectRoomDisplay(sources: ProjectionSources, room: string, now: Date): DisplayProjection {
  const inRoom = sources.programme.filter((p) => sameRoom(p.session.room, room));
  const chosen = sources.state.sessionId;
  const session = sessionOnScreen(
    inRoom.map((p) => p.session),
    inRoom.flatMap((p) => p.slots),
    now,
    chosen,
  );
  const slots = inRoom.find((p) => p.session.id === session?.id)?.slots ?? [];
  const speakerIds = new Set(slots.map((s) => s.participantId).filter((id): id is string => id !== null));
  const speakers = [...speakerIds].map((id) => sources.speakers.get(id)).filter((p): p is Participant => Boolean(p));
  return {
    session: session ? { ...session, moderator: '' } : null,
    slots: slots.map((s) => publicSlot(s, s.participantId ? sources.speakers.get(s.participantId) : undefined)),
    speakers: speakers.map(publicSpeaker),
    logo: sources.logo,
    state: { ...sources.state, sessionId: session?.id ?? null },
    room,
    seriesName: sources.seriesName,
  };
}

/** Reads a projection received by a display page; null when it is not one. */
export function parseDisplayProjection(value: unknown): DisplayProjection | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!Array.isArray(r.slots) || !Array.isArray(r.speakers) || typeof r.room !== 'string' || typeof r.seriesName !== 'string') return null;
  if (typeof r.state !== 'object' || r.state === null) return null;
  return value as DisplayProjection;
}
