/** Participants: how they are made, checked, edited field by field and merged. Pure functions. */
import type { IdMaker } from '../core/ids';
import type { Participant } from '../core/model';
import { stateByCode } from '../states/states';
import { tidyText } from '../core/text';

/** What a person's record holds that someone types: the participant without its keys and times. */
export type ParticipantInput = Omit<Participant, 'id' | 'seriesId' | 'reviewedAt' | 'createdAt' | 'updatedAt'>;

export type ParticipantProblem = 'name-required' | 'state-unknown' | 'email-invalid' | 'badge-taken' | 'state-required';

export const EMPTY_PARTICIPANT: ParticipantInput = {
  name: '',
  organisation: '',
  category: 'cso',
  // Not recorded until someone says: a guessed "national" would count in Facts and Figures.
  scope: null,
  gender: null,
  stateCode: null,
  email: '',
  phone: '',
  badgeCode: '',
  confidential: false,
  plateConsent: false,
  registrations: [],
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Puts what was typed in its stored shape: tidy text, scope only for CSOs (unknown stays unknown), one registration per session. */
export function normaliseParticipantInput(input: ParticipantInput): ParticipantInput {
  const seen = new Set<string>();
  const registrations = input.registrations.filter((r) => (seen.has(r.sessionId) ? false : (seen.add(r.sessionId), true)));
  return {
    ...input,
    name: tidyText(input.name),
    organisation: tidyText(input.organisation),
    scope: input.category === 'cso' ? input.scope : null,
    stateCode: input.stateCode ? input.stateCode.toUpperCase() : null,
    email: input.email.trim(),
    phone: tidyText(input.phone),
    badgeCode: input.badgeCode.trim().toUpperCase(),
    // Consent only means something for a confidential person.
    plateConsent: input.confidential ? input.plateConsent : false,
    registrations,
  };
}

/**
 * Every problem with a participant as typed. `otherBadges` are the badge codes already used
 * by other participants of the series (a code must find exactly one person at the desk).
 */
export function validateParticipant(input: ParticipantInput, otherBadges: ReadonlySet<string>): ParticipantProblem[] {
  const value = normaliseParticipantInput(input);
  const problems: ParticipantProblem[] = [];
  if (!value.name) problems.push('name-required');
  if (value.stateCode && !stateByCode(value.stateCode)) problems.push('state-unknown');
  if (value.category === 'mission' && !value.stateCode) problems.push('state-required');
  if (value.email && !EMAIL.test(value.email)) problems.push('email-invalid');
  if (value.badgeCode && otherBadges.has(value.badgeCode)) problems.push('badge-taken');
  return problems;
}

export function makeParticipant(input: ParticipantInput, seriesId: string, newId: IdMaker, now: number): Participant {
  return { ...normaliseParticipantInput(input), id: newId(), seriesId, reviewedAt: null, createdAt: now, updatedAt: now };
}

/** The fields that differ, so an edit touches only what changed (records merge field by field). */
export function participantChanges(current: Participant, input: ParticipantInput): Partial<Participant> {
  const next = normaliseParticipantInput(input);
  const changes: Partial<Participant> = {};
  for (const key of Object.keys(next) as Array<keyof ParticipantInput>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}

export function toParticipantInput(p: Participant): ParticipantInput {
  const { name, organisation, category, scope, gender, stateCode, email, phone, badgeCode, confidential, plateConsent, registrations } = p;
  return { name, organisation, category, scope, gender, stateCode, email, phone, badgeCode, confidential, plateConsent, registrations };
}

/**
 * Two records of one person become one: the kept record wins where both have a value, the
 * other fills its gaps; registrations are united (the kept role wins for a shared session).
 * Confidentiality is never lost in a merge: if either is confidential, the result is.
 */
export function mergeParticipantRecords(keep: Participant, other: Participant, now: number): Participant {
  const pick = <T>(a: T, b: T): T => (a === '' || a === null ? b : a);
  const sessions = new Set(keep.registrations.map((r) => r.sessionId));
  return {
    ...keep,
    organisation: pick(keep.organisation, other.organisation),
    scope: pick(keep.scope, other.scope),
    gender: pick(keep.gender, other.gender),
    stateCode: pick(keep.stateCode, other.stateCode),
    email: pick(keep.email, other.email),
    phone: pick(keep.phone, other.phone),
    badgeCode: pick(keep.badgeCode, other.badgeCode),
    confidential: keep.confidential || other.confidential,
    plateConsent: keep.confidential || other.confidential ? keep.plateConsent && (other.plateConsent || !other.confidential) : false,
    registrations: [...keep.registrations, ...other.registrations.filter((r) => !sessions.has(r.sessionId))],
    // Choosing which record to keep is looking at both: the result is reviewed.
    reviewedAt: now,
    createdAt: Math.min(keep.createdAt, other.createdAt),
    updatedAt: now,
  };
}

/** The next free badge code such as "PS30-0113": the prefix of existing codes, one past the highest. */
export function nextBadgeCode(existing: readonly string[], fallbackPrefix = 'SD'): string {
  let prefix = fallbackPrefix;
  let highest = 0;
  let width = 4;
  for (const code of existing) {
    const match = /^(.*?)(\d+)$/.exec(code);
    if (!match) continue;
    const number = Number(match[2]);
    if (number >= highest) {
      highest = number;
      prefix = match[1] ?? prefix;
      width = Math.max(width, match[2]?.length ?? 4);
    }
  }
  if (existing.length === 0) prefix = `${fallbackPrefix}-`;
  const taken = new Set(existing);
  let next = highest + 1;
  let code = `${prefix}${String(next).padStart(width, '0')}`;
  while (taken.has(code)) {
    next += 1;
    code = `${prefix}${String(next).padStart(width, '0')}`;
  }
  return code;
}
