/**
 * Who is already there: a row matches a participant with the same badge code, the same email,
 * or the same name and organisation (folded: case, accents, punctuation and spaces ignored).
 */
import type { Participant } from '../core/model';
import { compactKey } from './fields';

export type DuplicateReason = 'badge' | 'email' | 'name-organisation';

export interface DuplicateMatch {
  /** 'registry': a participant already saved; 'file': an earlier row of the same file. */
  source: 'registry' | 'file';
  /** The id of the participant matched (an earlier row's draft id for 'file'). */
  participantId: string;
  /** The matched participant's name, for the UI ("Same as Ana González"). */
  name: string;
  /** The earlier row's number for 'file'; null for 'registry'. */
  row: number | null;
  reason: DuplicateReason;
}

type Keyed = Pick<Participant, 'name' | 'organisation' | 'email' | 'badgeCode'>;

/** The comparison keys of a participant; '' for a key it does not have. */
export interface DuplicateKeys {
  badge: string;
  email: string;
  nameOrganisation: string;
}

export function duplicateKeys(participant: Keyed, fold: (text: string) => string = compactKey): DuplicateKeys {
  const name = fold(participant.name);
  return {
    badge: participant.badgeCode.replace(/\s+/g, '').toUpperCase(),
    email: participant.email.trim().toLowerCase(),
    nameOrganisation: name ? `${name}\u0001${fold(participant.organisation)}` : '',
  };
}

interface Entry {
  id: string;
  name: string;
  row: number | null;
}

export class DuplicateIndex {
  private readonly badges = new Map<string, Entry>();
  private readonly emails = new Map<string, Entry>();
  private readonly names = new Map<string, Entry>();

  constructor(private readonly source: DuplicateMatch['source']) {}

  add(participant: Pick<Participant, 'id' | 'name'>, keys: DuplicateKeys, row: number | null = null): void {
    const entry: Entry = { id: participant.id, name: participant.name, row };
    if (keys.badge && !this.badges.has(keys.badge)) this.badges.set(keys.badge, entry);
    if (keys.email && !this.emails.has(keys.email)) this.emails.set(keys.email, entry);
    if (keys.nameOrganisation && !this.names.has(keys.nameOrganisation)) this.names.set(keys.nameOrganisation, entry);
  }

  /** The first match by badge, then email, then name and organisation; null when none. */
  find(keys: DuplicateKeys): DuplicateMatch | null {
    let entry: Entry | undefined;
    let reason: DuplicateReason = 'badge';
    if (keys.badge) entry = this.badges.get(keys.badge);
    if (!entry && keys.email) {
      entry = this.emails.get(keys.email);
      reason = 'email';
    }
    if (!entry && keys.nameOrganisation) {
      entry = this.names.get(keys.nameOrganisation);
      reason = 'name-organisation';
    }
    return entry ? { source: this.source, participantId: entry.id, name: entry.name, row: entry.row, reason } : null;
  }
}
