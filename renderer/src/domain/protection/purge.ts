/**
 * Purge of personal data after a series: what each record keeps and what it loses. Pure.
 *
 * Kept, so that the anonymous figures still compute (CSOs that spoke, women, national CSOs,
 * NHRIs, missions, timings): category, scope, gender, State, registrations, check-ins, the
 * slots and their timings, the organisations of people who are not confidential.
 * Gone: names (replaced by "Participant 0001"…), email, phone, badge codes, the organisations
 * of confidential people, absence reasons, the sessions' moderators, and every free label of a
 * slot ("Opening by H.E. Ms …" names a person as surely as a speaker does; an empty label shows
 * the slot's kind instead, "Opening", so the programme still reads).
 */
import type { Participant, Session, Slot, SlotLogEntry } from '../core/model';
import { personOnSurface } from '../privacy/public-surfaces';

export type NeutralLabel = (index: number) => string;

export const neutralLabel: NeutralLabel = (index) => `Participant ${String(index).padStart(4, '0')}`;

/** Numbered in the order they were registered, so the labels are stable and say nothing else. */
function registrationOrder(a: Participant, b: Participant): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type ParticipantChanges = Pick<Participant, 'name' | 'email' | 'phone' | 'badgeCode' | 'organisation' | 'updatedAt'>;

/** The changes that purge each participant, by id. */
export function purgeParticipants(participants: readonly Participant[], now: number, label: NeutralLabel = neutralLabel): Map<string, ParticipantChanges> {
  const changes = new Map<string, ParticipantChanges>();
  [...participants].sort(registrationOrder).forEach((p, index) => {
    changes.set(p.id, {
      name: label(index + 1),
      email: '',
      phone: '',
      badgeCode: '',
      // What stays is what a public export may show of the organisation: nothing of a confidential person's.
      organisation: personOnSurface(p, 'public-export').organisation ?? '',
      updatedAt: now,
    });
  });
  return changes;
}

/** A slot's changes, or null when it holds nothing personal. */
export function purgeSlot(slot: Slot, now: number): Pick<Slot, 'log' | 'label' | 'updatedAt'> | null {
  const hasReason = slot.log.some((e) => e.reason !== '');
  if (!hasReason && slot.label === '') return null;
  const log: SlotLogEntry[] = slot.log.map((e) => (e.reason === '' ? e : { ...e, reason: '', reasonPublic: false }));
  return { log, label: '', updatedAt: now };
}

/** A session's changes, or null when it names nobody: the moderator is a person. */
export function purgeSession(session: Session, now: number): Pick<Session, 'moderator' | 'updatedAt'> | null {
  return session.moderator === '' ? null : { moderator: '', updatedAt: now };
}

/** The series' name as typed to confirm: the same, apart from spaces around it. */
export function confirmsPurge(typed: string, seriesName: string): boolean {
  return typed.trim() !== '' && typed.trim() === seriesName.trim();
}
