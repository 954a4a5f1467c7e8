import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { useStation } from '../../runtime/use-station';
import { renameStation } from '../../db/commands/stations';
import { STATION_NAME_MAX } from '../../domain/sync/station';
import { FormErrors } from '../../ui/FormErrors';

/** This station's name, as other stations and the records show it. */
export function StationNameForm() {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const station = useStation();
  const showNotice = useNotice((s) => s.show);
  // What is typed, until it is saved; the stored name otherwise.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = draft ?? station?.name ?? '';
  const setName = setDraft;

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await renameStation(db, name);
    if (!result.ok) return setError(t('stations.card.nameEmpty'));
    setError(null);
    setDraft(null);
    showNotice(t('stations.card.nameSaved'));
  }

  return (
    <form className="station-name-form" onSubmit={save}>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('stations.card.stationName')}</label>
        {/* Not editable until the stored name is read: typing before it arrives would be overwritten. */}
        <input
          id={`${ids}-name`}
          value={name}
          disabled={!station}
          maxLength={STATION_NAME_MAX + 20}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${ids}-help`}
        />
        <p id={`${ids}-help`} className="small muted">
          {t('stations.card.stationNameHelp')}
        </p>
      </div>
      {error ? <FormErrors messages={[error]} /> : null}
      <button type="submit" className="button secondary" disabled={!station}>
        {t('stations.card.saveName')}
      </button>
    </form>
  );
}
