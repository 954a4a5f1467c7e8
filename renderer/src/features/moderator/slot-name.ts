import type { TFunction } from 'i18next';
import type { Participant, Slot } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';
import { isFloorBlock, requestOutcome } from '../../domain/moderator/floor-block';
import type { Language } from '../../domain/core/language';

/** How the console names a slot: the mission's State, the speaker, the label, or the kind. */
export function slotName(slot: Slot, speakers: ReadonlyMap<string, Participant>, language: Language, t: TFunction): string {
  if (slot.kind === 'floor' && slot.stateCode) return stateName(slot.stateCode, language);
  const speaker = slot.participantId ? speakers.get(slot.participantId) : undefined;
  if (speaker) return speaker.name;
  if (slot.label) return slot.label;
  if (isFloorBlock(slot)) return t('moderator.floor.block');
  return t(`slotKinds.${slot.kind}`);
}

/** A request taken off the floor queue: kept in the record, not shown in the speaker order. */
export function isWithdrawn(slot: Slot): boolean {
  return slot.kind === 'floor' && slot.stateCode !== null && requestOutcome(slot) === 'withdrawn';
}
