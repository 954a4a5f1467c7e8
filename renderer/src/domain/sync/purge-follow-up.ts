/**
 * A purge made on one station reaches the others as changed fields; a station that was offline
 * may also hold records it made since (a walk-in, a moderator's label). When the series carries
 * a purge mark, such a station purges again, but only when something personal is left, so two
 * stations never purge each other back and forth.
 */
import type { Participant, Session, Slot } from '../core/model';
import { neutralLabel, purgeParticipants, purgeSession, purgeSlot, type NeutralLabel } from '../protection/purge';

/** The series setting a purge leaves: when it ran (epoch ms). */
export const PURGED_AT_SETTING = 'purgedAt';

export function somethingLeftToPurge(
  records: { participants: readonly Participant[]; slots: readonly Slot[]; sessions: readonly Session[] },
  label: NeutralLabel = neutralLabel,
): boolean {
  const changes = purgeParticipants(records.participants, 0, label);
  for (const p of records.participants) {
    const c = changes.get(p.id);
    if (c && (c.name !== p.name || c.email !== p.email || c.phone !== p.phone || c.badgeCode !== p.badgeCode || c.organisation !== p.organisation)) return true;
  }
  return records.slots.some((s) => purgeSlot(s, 0) !== null) || records.sessions.some((s) => purgeSession(s, 0) !== null);
}
