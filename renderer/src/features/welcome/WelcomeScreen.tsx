import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { navigate } from '../../runtime/router';
import { openDemoSeries } from '../../db/commands/demo';
import { selectSeries } from '../../db/commands/series';
import { listSeries } from '../../db/queries/series';
import { formatDateRange } from '../../ui/format';
import { CreateSeriesForm } from './CreateSeriesForm';
import './welcome.css';
import { useRunCommand } from '../../runtime/run-command';

/** `sideCards`: what other areas offer here (joining a shared series), composed by the app. */
export function WelcomeScreen({ sideCards }: { sideCards?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const series = useLiveQuery(() => listSeries(db), [db]);
  const [opening, setOpening] = useState(false);

  async function openDemo() {
    setOpening(true);
    try {
      const outcome = await run(t('failures.what.series'), () => openDemoSeries(db));
      if (outcome.ok) navigate({ name: 'area', area: 'programme' });
    } finally {
      setOpening(false);
    }
  }

  async function open(seriesId: string) {
    const outcome = await run(t('failures.what.setting'), () => selectSeries(db, seriesId));
    if (outcome.ok) navigate({ name: 'area', area: 'programme' });
  }

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-inner">
        <header className="welcome-header">
          <div className="brand-mark" aria-hidden="true">
            SD
          </div>
          <h1 id="welcome-title">{t('welcome.title')}</h1>
          <p className="welcome-lead">{t('welcome.lead')}</p>
        </header>
        <div className="welcome-grid">
          <CreateSeriesForm />
          <div className="welcome-side">
            <section className="card demo-card" aria-labelledby="demo-title">
              <h2 id="demo-title">{t('welcome.demoTitle')}</h2>
              <p className="muted">{t('welcome.demoHelp')}</p>
              <button type="button" className="button secondary" onClick={openDemo} disabled={opening}>
                {t('welcome.openDemo')}
              </button>
            </section>
            {sideCards}
            <section className="card" aria-labelledby="existing-title">
              <h2 id="existing-title">{t('welcome.existingTitle')}</h2>
              {series === undefined ? (
                <p className="muted">{t('common.loading')}</p>
              ) : series.length === 0 ? (
                <p className="muted">{t('welcome.existingEmpty')}</p>
              ) : (
                <ul className="series-list">
                  {series.map((s) => (
                    <li key={s.id}>
                      <button type="button" className="series-link" onClick={() => open(s.id)}>
                        <span className="series-link-name">{s.name}</span>
                        <span className="series-link-meta">
                          {formatDateRange(s.startDate, s.endDate, i18n.language)}
                          {s.venue ? ` · ${s.venue}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </div>
        <p className="privacy-note">{t('welcome.privacy')}</p>
      </div>
    </main>
  );
}
