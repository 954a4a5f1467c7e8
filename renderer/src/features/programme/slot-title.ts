import type { TFunction } from 'i18next';
import type { Participant, Slot } from '../../domain/core/model';

/** How a slot is named in the programme: its speaker, its label, or its kind. */
export function slotTitle(slot: Slot, speaker: Participant | undefined, t: TFunction): string {
  if (speaker) return speaker.name;
  if (slot.label) return slot.label;
  return t(`slotKinds.${slot.kind}`);
}
