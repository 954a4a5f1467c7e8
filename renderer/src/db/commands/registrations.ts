import type { SessionDeskDb } from '../database';

/**
 * Puts a participant on a panellist slot (or clears it with null).
 * Invariant: whoever speaks in a session is registered for it as a panellist.
 */
export async function assignSpeaker(db: SessionDeskDb, slotId: string, participantId: string | null): Promise<void> {
  await db.transaction('rw', db.slots, db.participants, async () => {
    const slot = await db.slots.get(slotId);
    if (!slot) throw new Error(`No slot ${slotId}`);
    const now = Date.now();
    await db.slots.update(slotId, { participantId, updatedAt: now });
    if (!participantId) return;
    const participant = await db.participants.get(participantId);
    if (!participant) throw new Error(`No participant ${participantId}`);
    const registration = participant.registrations.find((r) => r.sessionId === slot.sessionId);
    if (registration?.role === 'panellist') return;
    const registrations = [
      ...participant.registrations.filter((r) => r.sessionId !== slot.sessionId),
      { sessionId: slot.sessionId, role: 'panellist' as const },
    ];
    await db.participants.update(participantId, { registrations, updatedAt: now });
  });
}
