/**
 * Walk-ins: people who come to the door without being on the list. The desk asks for the
 * fewest fields, and looks for the same person already in the registry before adding one
 * (a misspelt or reordered name, a badge left at the hotel), because a duplicate splits
 * that person's presence in two.
 */
import type { Category, CsoScope, Gender, Participant, Registration, Role, StateCode } from '../core/model';
import { EMPTY_PARTICIPANT, type ParticipantInput } from '../participants/records';
import { withinOneEdit } from './word-match';
import { foldText, tidyText } from '../core/text';

export interface WalkInInput {
  name: string;
  organisation: string;
  category: Category;
  /** Required for a Permanent Mission. */
  stateCode: StateCode | null;
  /** Asked, never required: null is "not given" (Facts and Figures then say "not recorded"). */
  gender: Gender | null;
  /** For a CSO, asked, never required; null is "not given". */
  scope: CsoScope | null;
  /** The role in the sessions entered; null is the category's usual one (see walkInRole). */
  role: Role | null;
  confidential: boolean;
}

export type WalkInProblem = 'name-required' | 'state-required';

export const EMPTY_WALK_IN: WalkInInput = {
  name: '',
  organisation: '',
  category: 'cso',
  stateCode: null,
  gender: null,
  scope: null,
  role: null,
  confidential: false,
};

export function validateWalkIn(input: WalkInInput): WalkInProblem[] {
  const problems: WalkInProblem[] = [];
  if (!tidyText(input.name)) problems.push('name-required');
  if (input.category === 'mission' && !input.stateCode) problems.push('state-required');
  return problems;
}

/** A delegate of a mission attends as a delegate; anyone else who walks in as an observer, unless the desk says otherwise. */
export function walkInRole(input: Pick<WalkInInput, 'category' | 'role'>): Role {
  return input.role ?? (input.category === 'mission' ? 'delegate' : 'observer');
}

/**
 * Whether the walk-in is kept confidential: when the desk says so, and always for a panellist
 * registered at the door, until someone reviews the record in Participants (panellists can be
 * at risk of reprisals, and the desk cannot weigh that in a minute at the door).
 */
export function walkInConfidential(input: Pick<WalkInInput, 'category' | 'role' | 'confidential'>): boolean {
  return input.confidential || walkInRole(input) === 'panellist';
}

/** The full participant record a walk-in becomes, registered for the sessions they enter. */
export function walkInParticipantInput(input: WalkInInput, sessionIds: readonly string[]): ParticipantInput {
  const role = walkInRole(input);
  const registrations: Registration[] = sessionIds.map((sessionId) => ({ sessionId, role }));
  return {
    ...EMPTY_PARTICIPANT,
    name: input.name,
    organisation: input.organisation,
    category: input.category,
    scope: input.category === 'cso' ? input.scope : null,
    gender: input.gender,
    stateCode: input.stateCode,
    confidential: walkInConfidential(input),
    registrations,
  };
}

function nameKey(name: string): { joined: string; sorted: string } {
  const words = foldText(name).split(' ').filter(Boolean);
  return { joined: words.join(' '), sorted: [...words].sort().join(' ') };
}

/**
 * People of the registry who are probably the walk-in: the same name up to case, accents,
 * word order or one typo. Best candidates first (exact before near).
 */
export function findLikelyDuplicates(participants: readonly Participant[], input: Pick<WalkInInput, 'name'>, limit = 5): Participant[] {
  const wanted = nameKey(input.name);
  if (!wanted.joined) return [];
  const exact: Participant[] = [];
  const near: Participant[] = [];
  for (const p of participants) {
    const key = nameKey(p.name);
    if (key.joined === wanted.joined || key.sorted === wanted.sorted) exact.push(p);
    else if (withinOneEdit(key.joined, wanted.joined) || withinOneEdit(key.sorted, wanted.sorted)) near.push(p);
  }
  return [...exact, ...near].slice(0, limit);
}
