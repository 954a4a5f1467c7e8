import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_DISPLAY_MODES, MESSAGE_MAX_LENGTH, messageLength } from '../../domain/room-display/state';
import type { RoomDisplayControl } from './use-room-display-control';
import './room-display-controls.css';

export const MESSAGE_PRESETS = ['conclude', 'oneMinute', 'timeUp', 'slowDown', 'microphone'] as const;

/** The ready-made messages in the interface language; the text itself is what the display shows. */
export function usePresetMessages(): Array<{ id: (typeof MESSAGE_PRESETS)[number]; text: string }> {
  const { t } = useTranslation();
  return MESSAGE_PRESETS.map((id) => ({ id, text: t(`roomDisplay.controls.presets.${id}`) }));
}

/** Open or close the room display window, and whether one is open. */
export function OpenCloseButton({ control, className }: { control: RoomDisplayControl; className?: string }) {
  const { t } = useTranslation();
  return control.open ? (
    <button type="button" className={`button secondary ${className ?? ''}`} onClick={control.closeRoomDisplay}>
      {t('roomDisplay.page.close')}
    </button>
  ) : (
    <button type="button" className={`button primary ${className ?? ''}`} onClick={control.openRoomDisplay}>
      {t('roomDisplay.page.open')}
    </button>
  );
}

/** Message to the speaker: ready-made ones in one press, or typed; Clear message takes it off. */
export function MessageControls({ control }: { control: RoomDisplayControl }) {
  const { t } = useTranslation();
  const presets = usePresetMessages();
  const [custom, setCustom] = useState('');
  const inputId = useId();
  const message = control.state.message;
  const length = messageLength(custom);
  const nearLimit = length >= MESSAGE_MAX_LENGTH - 20;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!custom.trim()) return;
    control.change({ message: custom });
    setCustom('');
  };
  return (
    <section className="card room-display-card" aria-labelledby={`${inputId}-title`}>
      <h2 className="card-title" id={`${inputId}-title`}>
        {t('roomDisplay.controls.messageTitle')}
      </h2>
      <div className="room-display-presets" role="group" aria-label={t('roomDisplay.controls.presetsLabel')}>
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            className={`button ${message === p.text ? 'primary' : 'secondary'}`}
            aria-pressed={message === p.text}
            onClick={() => control.change({ message: message === p.text ? null : p.text })}
          >
            {p.text}
          </button>
        ))}
      </div>
      <form className="room-display-custom" onSubmit={submit}>
        <label htmlFor={inputId}>{t('roomDisplay.controls.custom')}</label>
        <div className="room-display-custom-row">
          <input
            id={inputId}
            type="text"
            value={custom}
            placeholder={t('roomDisplay.controls.customPlaceholder')}
            aria-describedby={`${inputId}-count`}
            onChange={(e) => setCustom([...e.target.value].slice(0, MESSAGE_MAX_LENGTH).join(''))}
          />
          <button type="submit" className="button secondary" disabled={!custom.trim()}>
            {t('roomDisplay.controls.show')}
          </button>
        </div>
        <p id={`${inputId}-count`} className={`room-display-count small${nearLimit ? ' near-limit' : ' muted'}`} aria-live={nearLimit ? 'polite' : 'off'}>
          {t('roomDisplay.controls.characters', { count: length, max: MESSAGE_MAX_LENGTH })}
        </p>
      </form>
      <div className="room-display-current">
        <p role="status" className={message ? 'strong' : 'muted'}>
          {message ? t('roomDisplay.controls.current', { message }) : t('roomDisplay.controls.none')}
        </p>
        <button type="button" className="button ghost" onClick={() => control.change({ message: null })} disabled={!message}>
          {t('roomDisplay.controls.clear')}
        </button>
      </div>
    </section>
  );
}

/** Blackout and Logo only: each a toggle; pressing it again brings the display back. */
export function ScreenToggles({ control, small }: { control: RoomDisplayControl; small?: boolean }) {
  const { t } = useTranslation();
  const screen = control.state.screen;
  const toggle = (target: 'black' | 'logo') => control.change({ screen: screen === target ? 'live' : target });
  const size = small ? ' small' : '';
  return (
    <div className="room-display-toggles">
      <button
        type="button"
        className={`button${size} ${screen === 'black' ? 'primary' : 'secondary'}`}
        aria-pressed={screen === 'black'}
        onClick={() => toggle('black')}
      >
        {t('roomDisplay.controls.blackout')}
      </button>
      <button
        type="button"
        className={`button${size} ${screen === 'logo' ? 'primary' : 'secondary'}`}
        aria-pressed={screen === 'logo'}
        onClick={() => toggle('logo')}
      >
        {t('roomDisplay.controls.logoOnly')}
      </button>
    </div>
  );
}

/** English and French together on the display (for a room that follows in both). */
export function BilingualToggle({ control }: { control: RoomDisplayControl }) {
  const { t } = useTranslation();
  const helpId = useId();
  return (
    <div className="room-display-bilingual">
      <label className="check">
        <input type="checkbox" checked={control.state.bilingual} aria-describedby={helpId} onChange={(e) => control.change({ bilingual: e.target.checked })} />
        <span>{t('roomDisplay.controls.bilingual')}</span>
      </label>
      <p className="muted small" id={helpId}>
        {t('roomDisplay.controls.bilingualHelp')}
      </p>
    </div>
  );
}

/** What the display shows: timer only, timer and speakers, or the floor queue. */
export function ModeChoice({ control }: { control: RoomDisplayControl }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="room-display-modes">
      <legend className="card-title">{t('roomDisplay.controls.modeTitle')}</legend>
      {ROOM_DISPLAY_MODES.map((mode) => (
        <label key={mode} className={`room-display-mode${control.state.mode === mode ? ' chosen' : ''}`}>
          <input type="radio" name={name} value={mode} checked={control.state.mode === mode} onChange={() => control.change({ mode })} />
          <span>{t(`roomDisplay.controls.modes.${mode}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
