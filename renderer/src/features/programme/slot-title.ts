import type { TFunction } from 'i18next';
import type { Participant, Slot } from '../../domain/core/model';
import type { Language } from '../../domain/core/language';
import { stateName } from '../../domain/states/states';

/** How a slot is named in the programme: its speaker, a mission's State (a request in a floor block), its label, or its kind. */
export function slotTitle(slot: Slot, speaker: Participant | undefined, t: TFunction, language: Language): string {
  if (speaker) return speaker.name;
  if (slot.kind === 'floor' && slot.stateCode) return stateName(slot.stateCode, language);
  if (slot.label) return slot.label;
  return t(`slotKinds.${slot.kind}`);
}
