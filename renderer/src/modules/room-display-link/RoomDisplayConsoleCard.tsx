import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenCloseButton, ScreenToggles, usePresetMessages } from './RoomDisplayControls';
import type { RoomDisplayControl } from './use-room-display-control';
import './room-display-controls.css';

/**
 * The room display from the moderator's console, compact: open or close it, a message to the
 * speaker (ready-made; typed ones on the Room display page), Blackout and Logo only.
 */
export function RoomDisplayConsoleCard({ control }: { control: RoomDisplayControl }) {
  const { t } = useTranslation();
  const presets = usePresetMessages();
  const ids = useId();
  const message = control.state.message;
  const custom = message !== null && !presets.some((p) => p.text === message);
  return (
    <section className="card compact room-display-console-card" aria-labelledby={`${ids}-title`}>
      <div className="card-heading">
        <h2 id={`${ids}-title`}>{t('roomDisplay.controls.compactTitle')}</h2>
        <OpenCloseButton control={control} className="small" />
      </div>
      <label className="room-display-console-message">
        <span>{t('roomDisplay.controls.messageTitle')}</span>
        <select value={message ?? ''} onChange={(e) => control.change({ message: e.target.value || null })}>
          <option value="">{t('roomDisplay.controls.noneOption')}</option>
          {presets.map((p) => (
            <option key={p.id} value={p.text}>
              {p.text}
            </option>
          ))}
          {custom ? <option value={message}>{message}</option> : null}
        </select>
      </label>
      <ScreenToggles control={control} small />
    </section>
  );
}
