import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { themeName, type SessionReport, type SpeakerLine, type Theme } from '../../domain/reports';
import { stateName } from '../../domain/states/states';
import { formatDayLong } from '../../ui/format';
import { asLanguage, formatMinutes, formatTime, listOf } from './report-format';
import { ThemesDialog, type ThemesTarget } from './ThemesDialog';
import { genderContext } from '../../i18n/gender-context';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="report-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * The record of one session, as the organisers see it (every name: this screen is theirs;
 * exports and print follow the version chosen). Panellists' themes are tagged from here.
 */
export function SessionView({ report, themes, seriesId }: { report: SessionReport; themes: readonly Theme[]; seriesId: string }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [tagging, setTagging] = useState<ThemesTarget | null>(null);
  const s = report.session;
  const yesNo = (v: boolean) => (v ? t('reports.yes') : t('reports.no'));
  const states = (codes: readonly string[]) =>
    codes.length
      ? listOf(
          codes.map((c) => stateName(c, language)).sort((a, b) => a.localeCompare(b, language)),
          language,
        )
      : t('reports.none');
  const nameOf = (line: SpeakerLine) =>
    line.kind === 'floor' && line.stateCode ? stateName(line.stateCode, language) : (line.participant?.name ?? (line.label || t(`slotKinds.${line.kind}`)));
  const actual =
    report.actualStart !== null
      ? `${formatTime(report.actualStart, language)}–${report.actualEnd !== null ? formatTime(report.actualEnd, language) : ''}`
      : '—';

  return (
    <>
      <section className="card report-section" aria-labelledby="report-session-title">
        <h2 id="report-session-title">{stateName(s.stateCode, language)}</h2>
        <p className="muted">
          {t('reports.session.line', { day: formatDayLong(s.date, language), start: s.start, end: s.end })}
          {s.room ? ` · ${s.room}` : ''}
          {s.moderator ? ` · ${t('reports.session.moderatorIs', { name: s.moderator })}` : ''}
        </p>
        {!report.held ? <p className="warning-line">{t('reports.session.notHeld')}</p> : null}
        <dl className="report-facts" aria-label={t('reports.session.summary')}>
          <Fact label={t('reports.session.present')} value={String(report.present)} />
          <Fact label={t('reports.session.missionsPresent')} value={String(report.missionsPresent.length)} />
          <Fact label={t('reports.session.missionsTookFloor')} value={String(report.missionsTookFloor.length)} />
          <Fact label={t('reports.session.surAttended')} value={yesNo(report.surAttended)} />
          <Fact label={t('reports.session.surStatement')} value={yesNo(report.surStatementMade)} />
          <Fact label={t('reports.session.actualTime')} value={actual} />
        </dl>
      </section>

      <section className="card report-section" aria-labelledby="report-speakers">
        <h2 id="report-speakers">{t('reports.session.speakers')}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('reports.session.speakersCaption')}>
          <table className="table report-speakers">
            <caption className="visually-hidden">{t('reports.session.speakersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('reports.screenColumns.order')}
                </th>
                <th scope="col">{t('reports.screenColumns.speaker')}</th>
                <th scope="col">{t('reports.screenColumns.kind')}</th>
                <th scope="col" className="num">
                  {t('reports.screenColumns.allotted')}
                </th>
                <th scope="col" className="num">
                  {t('reports.screenColumns.spoken')}
                </th>
                <th scope="col" className="num">
                  {t('reports.screenColumns.overtime')}
                </th>
                <th scope="col">{t('reports.screenColumns.status')}</th>
                <th scope="col">{t('reports.screenColumns.themes')}</th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((line, i) => {
                const name = nameOf(line);
                return (
                  <tr key={line.slotId}>
                    <td className="num mono">{i + 1}</td>
                    <th scope="row">
                      <span className="block">{name}</span>
                      {line.participant?.organisation && line.kind !== 'floor' ? <span className="muted small">{line.participant.organisation}</span> : null}
                      {line.participant?.confidential ? <span className="badge neutral report-confidential">{t('participants.confidential')}</span> : null}
                    </th>
                    <td>{t(`slotKinds.${line.kind}`)}</td>
                    <td className="num mono">{formatMinutes(line.allottedSec * 1000)}</td>
                    <td className="num mono">{line.spoke ? formatMinutes(line.spokenMs) : '—'}</td>
                    <td className="num mono">{line.overtimeMs >= 1000 ? <span className="report-over">+{formatMinutes(line.overtimeMs)}</span> : ''}</td>
                    <td>{t(`reports.statuses.${line.status}`, { context: genderContext(line.participant?.gender) })}</td>
                    <td>
                      {line.kind === 'panellist' ? (
                        <div className="report-theme-cell">
                          <span className="small">{line.themes.map((id) => themeName(themes, id, language)).join(', ')}</span>
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t('reports.session.tagOf', { name })}
                            onClick={() => setTagging({ slotId: line.slotId, name, themes: line.themes })}
                          >
                            {t('reports.session.tag')}
                          </button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <div className="report-columns">
        <section className="card report-section" aria-labelledby="report-absent">
          <h2 id="report-absent">{t('reports.session.absent')}</h2>
          {report.absentPanellists.length === 0 ? (
            <p className="muted">{t('reports.session.noAbsent')}</p>
          ) : (
            <ul className="report-list">
              {report.absentPanellists.map((line) => (
                <li key={line.slotId}>
                  <span className="strong">{nameOf(line)}</span>
                  {' — '}
                  {line.absence?.reason ? (
                    <>
                      {line.absence.reason}
                      {line.absence.reasonPublic ? null : <span className="muted small"> ({t('reports.session.reasonPrivate')})</span>}
                    </>
                  ) : (
                    <span className="muted">{t('reports.session.noReason')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card report-section" aria-labelledby="report-themes">
          <h2 id="report-themes">{t('reports.session.themes')}</h2>
          {report.themes.length === 0 ? (
            <p className="muted">{t('reports.session.noThemes')}</p>
          ) : (
            <ul className="report-list">
              {report.themes.map((x) => (
                <li key={x.id}>
                  {themeName(themes, x.id, language)} <span className="muted mono">({x.count})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card report-section" aria-labelledby="report-missions">
          <h2 id="report-missions">{t('reports.session.missionsPresent')}</h2>
          <p>{states(report.missionsPresent)}</p>
          <h3 className="report-subheading">{t('reports.session.missionsTookFloor')}</h3>
          <p>{states(report.missionsTookFloor)}</p>
          {report.floorNotHeard.length > 0 ? (
            <>
              <h3 className="report-subheading">{t('reports.session.floorNotHeard')}</h3>
              <ul className="report-list">
                {report.floorNotHeard.map((r) => (
                  <li key={`${r.stateCode}-${r.outcome}`}>
                    {stateName(r.stateCode, language)} <span className="muted">({t(`reports.session.floorOutcome.${r.outcome}`)})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
      <ThemesDialog target={tagging} seriesId={seriesId} themes={themes} onClose={() => setTagging(null)} />
    </>
  );
}
