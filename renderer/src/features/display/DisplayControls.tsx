import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_MODES, MESSAGE_MAX_LENGTH } from '../../domain/display-state';
import type { DisplayControl } from './use-display-control';

export const MESSAGE_PRESETS = ['conclude', 'oneMinute', 'timeUp', 'slowDown', 'microphone'] as const;

/** The ready-made messages in the interface language; the text itself is what the display shows. */
export function usePresetMessages(): Array<{ id: (typeof MESSAGE_PRESETS)[number]; text: string }> {
  const { t } = useTranslation();
  return MESSAGE_PRESETS.map((id) => ({ id, text: t(`display.controls.presets.${id}`) }));
}

/** Open or close the room display window, and whether one is open. */
export function OpenCloseButton({ control, className }: { control: DisplayControl; className?: string }) {
  const { t } = useTranslation();
  return control.open ? (
    <button type="button" className={`button secondary ${className ?? ''}`} onClick={control.closeDisplay}>
      {t('display.page.close')}
    </button>
  ) : (
    <button type="button" className={`button primary ${className ?? ''}`} onClick={control.openDisplay}>
      {t('display.page.open')}
    </button>
  );
}

/** Message to the speaker: ready-made ones in one press, or typed; Clear message takes it off. */
export function MessageControls({ control }: { control: DisplayControl }) {
  const { t } = useTranslation();
  const presets = usePresetMessages();
  const [custom, setCustom] = useState('');
  const inputId = useId();
  const message = control.state.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!custom.trim()) return;
    control.change({ message: custom });
    setCustom('');
  };
  return (
    <section className="card display-card" aria-labelledby={`${inputId}-title`}>
      <h2 className="card-title" id={`${inputId}-title`}>
        {t('display.controls.messageTitle')}
      </h2>
      <div className="display-presets" role="group" aria-label={t('display.controls.presetsLabel')}>
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
      <form className="display-custom" onSubmit={submit}>
        <label htmlFor={inputId}>{t('display.controls.custom')}</label>
        <div className="display-custom-row">
          <input
            id={inputId}
            type="text"
            value={custom}
            maxLength={MESSAGE_MAX_LENGTH}
            placeholder={t('display.controls.customPlaceholder')}
            onChange={(e) => setCustom(e.target.value)}
          />
          <button type="submit" className="button secondary" disabled={!custom.trim()}>
            {t('display.controls.show')}
          </button>
        </div>
      </form>
      <div className="display-current">
        <p role="status" className={message ? 'strong' : 'muted'}>
          {message ? t('display.controls.current', { message }) : t('display.controls.none')}
        </p>
        <button type="button" className="button ghost" onClick={() => control.change({ message: null })} disabled={!message}>
          {t('display.controls.clear')}
        </button>
      </div>
    </section>
  );
}

/** Blackout and Logo only: each a toggle; pressing it again brings the display back. */
export function ScreenToggles({ control, small }: { control: DisplayControl; small?: boolean }) {
  const { t } = useTranslation();
  const screen = control.state.screen;
  const toggle = (target: 'black' | 'logo') => control.change({ screen: screen === target ? 'live' : target });
  const size = small ? ' small' : '';
  return (
    <div className="display-toggles">
      <button type="button" className={`button${size} ${screen === 'black' ? 'primary' : 'secondary'}`} aria-pressed={screen === 'black'} onClick={() => toggle('black')}>
        {t('display.controls.blackout')}
      </button>
      <button type="button" className={`button${size} ${screen === 'logo' ? 'primary' : 'secondary'}`} aria-pressed={screen === 'logo'} onClick={() => toggle('logo')}>
        {t('display.controls.logoOnly')}
      </button>
    </div>
  );
}

/** What the display shows: timer only, timer and speakers, or the floor queue. */
export function ModeChoice({ control }: { control: DisplayControl }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="display-modes">
      <legend className="card-title">{t('display.controls.modeTitle')}</legend>
      {DISPLAY_MODES.map((mode) => (
        <label key={mode} className={`display-mode${control.state.mode === mode ? ' chosen' : ''}`}>
          <input type="radio" name={name} value={mode} checked={control.state.mode === mode} onChange={() => control.change({ mode })} />
          <span>{t(`display.controls.modes.${mode}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
