import { useTranslation } from 'react-i18next';
import type { FactsAndFigures, Theme } from '../../domain/reports';
import { themeName } from '../../domain/reports';
import { stateName } from '../../domain/states/states';
import { formatDayLong } from '../../ui/format';
import { BarCell } from './BarCell';
import { NewsCard } from './NewsCard';
import { EmptyState } from '../../ui/EmptyState';
import { asLanguage } from './report-format';
import { keyFigures } from './key-figures';

function Figure({ value, label, details }: { value: string; label: string; details: readonly string[] }) {
  return (
    <div className="report-figure">
      <dt className="report-figure-label">{label}</dt>
      <dd className="report-figure-value">{value}</dd>
      {details.map((detail) => (
        <dd key={detail} className="report-figure-detail">
          {detail}
        </dd>
      ))}
    </div>
  );
}

/** Facts and Figures of the series: key figures, per-session bars with their tables, the news paragraph. */
export function FactsView({ figures, themes, news }: { figures: FactsAndFigures; themes: readonly Theme[]; news: { en: string; fr: string } }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const f = figures;
  const maxMissions = Math.max(0, ...f.perSession.map((s) => s.missionsPresent));
  const maxThemes = Math.max(0, ...f.topThemes.map((x) => x.sessions));
  return (
    <>
      <section className="card report-section" aria-labelledby="report-key-figures">
        <h2 id="report-key-figures">{t('reports.facts.keyFigures')}</h2>
        <p className="muted small">{t('reports.facts.intro', { count: f.sessions, held: f.sessionsHeld })}</p>
        {f.sessionsHeld === 0 ? (
          <EmptyState title={t('reports.facts.nothingHeld')}>
            <p className="muted">{t('reports.facts.nothingHeldHelp')}</p>
          </EmptyState>
        ) : (
          <dl className="report-figures">
            {keyFigures(f, language, t).map((figure) => (
              <Figure key={figure.id} value={figure.value} label={figure.label} details={figure.details} />
            ))}
          </dl>
        )}
        <details className="report-definitions">
          <summary>{t('reports.facts.definitions')}</summary>
          <p className="small muted">{t('reports.facts.definitionsText')}</p>
        </details>
      </section>

      <section className="card report-section" aria-labelledby="report-missions-chart">
        <h2 id="report-missions-chart">{t('reports.charts.missionsTitle')}</h2>
        {/* Focusable, so that a keyboard can scroll the table on a narrow window. */}
        <div className="table-wrap report-chart" tabIndex={0} role="region" aria-label={t('reports.charts.missionsCaption')}>
          <table className="table report-missions">
            <caption className="visually-hidden">{t('reports.charts.missionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.charts.session')}</th>
                <th scope="col" className="bar">
                  {t('reports.charts.present')}
                </th>
                <th scope="col" className="bar">
                  {t('reports.charts.tookFloor')}
                </th>
                <th scope="col" className="narrow">
                  {t('reports.charts.csos')}
                </th>
                <th scope="col">{t('reports.charts.topThemes')}</th>
              </tr>
            </thead>
            <tbody>
              {f.perSession.map((s) => (
                <tr key={s.session.id}>
                  <th scope="row">
                    <span className="block">{stateName(s.session.stateCode, language)}</span>
                    <span className="muted small">{s.held ? formatDayLong(s.session.date, language) : t('reports.charts.notHeld')}</span>
                  </th>
                  <td className="report-bar-col">
                    <BarCell value={s.missionsPresent} max={maxMissions} />
                  </td>
                  <td className="report-bar-col">
                    <BarCell value={s.missionsTookFloor} max={maxMissions} tone="light" />
                  </td>
                  <td className="mono">{s.csoSpeakers}</td>
                  <td className="small">{s.topThemes.map((x) => themeName(themes, x.id, language)).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card report-section" aria-labelledby="report-themes-chart">
        <h2 id="report-themes-chart">{t('reports.charts.themesTitle')}</h2>
        {f.topThemes.length === 0 ? (
          <p className="muted">{t('reports.charts.noThemes')}</p>
        ) : (
          <div className="table-wrap report-chart" tabIndex={0} role="region" aria-label={t('reports.charts.themesCaption')}>
            <table className="table report-themes-table">
              <caption className="visually-hidden">{t('reports.charts.themesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.charts.theme')}</th>
                  <th scope="col" className="bar">
                    {t('reports.charts.sessions')}
                  </th>
                  <th scope="col" className="narrow">
                    {t('reports.charts.speakers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.topThemes.map((x) => (
                  <tr key={x.id}>
                    <th scope="row">{themeName(themes, x.id, language)}</th>
                    <td className="report-bar-col">
                      <BarCell value={x.sessions} max={maxThemes} />
                    </td>
                    <td className="mono">{x.slots}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {f.sessionsHeld > 0 ? <NewsCard paragraphs={news} /> : null}
    </>
  );
}
