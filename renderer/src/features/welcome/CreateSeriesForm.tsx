import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../ui/FormErrors';
import { useDb } from '../../runtime/contexts';
import { navigate } from '../../runtime/router';
import { createSeries } from '../../db/commands/series';
import type { SeriesProblem } from '../../domain/programme/series';
import { useRunCommand } from '../../runtime/run-command';

export function CreateSeriesForm() {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const ids = useId();
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [venue, setVenue] = useState('');
  const [problems, setProblems] = useState<SeriesProblem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await run(t('failures.what.series'), () => createSeries(db, { name, startDate, endDate: endDate || startDate, venue }));
      if (!outcome.ok) return;
      const result = outcome.value;
      if (result.ok) navigate({ name: 'area', area: 'programme' });
      else setProblems(result.problems);
    } finally {
      setBusy(false);
    }
  }

  const errorId = `${ids}-errors`;
  return (
    <form className="card create-series" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('welcome.createTitle')}</h2>
      <p className="muted">{t('welcome.createHelp')}</p>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('welcome.name')}</label>
        <input
          id={`${ids}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('welcome.namePlaceholder')}
          aria-invalid={problems.includes('name-required')}
          aria-describedby={problems.length ? errorId : undefined}
          autoComplete="off"
          maxLength={120}
          required
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-start`}>{t('welcome.startDate')}</label>
          <input id={`${ids}-start`} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-end`}>{t('welcome.endDate')}</label>
          <input id={`${ids}-end`} type="date" value={endDate} min={startDate || undefined} onChange={(e) => setEndDate(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-venue`}>{t('welcome.venue')}</label>
        <input
          id={`${ids}-venue`}
          value={venue}
          onChange={(e) => setVenue(e.target.value)}
          placeholder={t('welcome.venuePlaceholder')}
          autoComplete="off"
          maxLength={160}
        />
      </div>
      <FormErrors id={errorId} messages={problems.map((p) => t(`welcome.problems.${p}`))} />
      <button type="submit" className="button primary" disabled={busy}>
        {t('welcome.create')}
      </button>
    </form>
  );
}
