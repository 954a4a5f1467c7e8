import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useDb } from '../../runtime/contexts';
import { moveSlot } from '../../db/commands/programme';
import type { Participant, Slot } from '../../domain/core/model';
import { SlotRow, type SpeakerChoices } from './SlotRow';
import { slotTitle } from './slot-title';
import { useLanguage } from '../../i18n';
import { useRunCommand } from '../../runtime/run-command';

/** The programme of a session, reordered by drag and drop, by keyboard, or by the arrow buttons. */
export function SlotList({ slots, participants, sessionId }: { slots: Slot[]; participants: Participant[]; sessionId: string }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const run = useRunCommand();
  const ids = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);

  const choices: SpeakerChoices = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    const speakers = participants.filter((p) => p.category !== 'mission').sort((a, b) => collator.compare(a.name, b.name));
    const registered = speakers.filter((p) => p.registrations.some((r) => r.sessionId === sessionId && r.role === 'panellist'));
    return { registered, others: speakers.filter((p) => !registered.includes(p)) };
  }, [participants, sessionId, i18n.language]);

  const titleOf = (id: string | number) => {
    const slot = slots.find((s) => s.id === id);
    return slot ? slotTitle(slot, slot.participantId ? byId.get(slot.participantId) : undefined, t, language) : '';
  };
  const positionOf = (id: string | number | undefined) => slots.findIndex((s) => s.id === id) + 1;

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const toIndex = slots.findIndex((s) => s.id === over.id);
    if (toIndex >= 0) void run(t('failures.what.programme'), () => moveSlot(db, String(active.id), toIndex));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('programme.orderHelp') },
        announcements: {
          onDragStart: ({ active }) => `${titleOf(active.id)}: ${positionOf(active.id)} / ${slots.length}`,
          onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)}: ${positionOf(over.id)} / ${slots.length}` : ''),
          onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)}: ${positionOf(over.id)} / ${slots.length}` : ''),
          onDragCancel: ({ active }) => `${titleOf(active.id)}: ${positionOf(active.id)} / ${slots.length}`,
        },
      }}
    >
      <SortableContext items={slots.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <p id={`${ids}-help`} className="muted small">
          {t('programme.orderHelp')}
        </p>
        <ol className="slot-list" aria-label={t('programme.order')}>
          {slots.map((slot, position) => (
            <SlotRow
              key={slot.id}
              slot={slot}
              position={position}
              count={slots.length}
              speaker={slot.participantId ? byId.get(slot.participantId) : undefined}
              choices={choices}
              onMove={(slotId, toIndex) => void run(t('failures.what.programme'), () => moveSlot(db, slotId, toIndex))}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
