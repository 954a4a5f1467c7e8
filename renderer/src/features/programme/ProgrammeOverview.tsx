import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { navigate, routeHref } from '../../runtime/router';
import { createSession } from '../../db/commands/programme';
import { readProgramme, type SessionWithSlots } from '../../db/queries/series';
import type { Series } from '../../domain/core/model';
import { plannedSeconds } from '../../domain/programme/sessions';
import { seriesDays } from '../../domain/programme/series';
import { stateName } from '../../domain/states/states';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { formatDayLong, formatDuration } from '../../ui/format';
import { DefaultTimesDialog } from './DefaultTimesDialog';
import { SessionForm } from './SessionForm';
import './programme.css';
import { useRunCommand } from '../../runtime/run-command';

function SessionCard({ item, language }: { item: SessionWithSlots; language: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const panellists = item.slots.filter((s) => s.kind === 'panellist').length;
  const hasStatement = item.slots.some((s) => s.kind === 'sur-statement');
  return (
    <li className="session-card card">
      <div className="session-time">
        <span className="session-start">{item.session.start}</span>
        <span className="session-end">{item.session.end}</span>
      </div>
      <div className="session-body">
        <h3 className="session-state">
          <a className="stretched-link" href={routeHref({ name: 'area', area: 'programme', item: item.session.id })}>
            {stateName(item.session.stateCode, language)}
          </a>
        </h3>
        <p className="session-meta">
          {hasStatement
            ? t('programme.statementAndPanel', { panellists: t('common.panellists', { count: panellists }) })
            : t('common.panellists', { count: panellists })}
        </p>
        <dl className="session-facts">
          <div>
            <dt>{t('programme.room')}</dt>
            <dd>{item.session.room || '—'}</dd>
          </div>
          <div>
            <dt>{t('programme.moderator')}</dt>
            <dd>{item.session.moderator || '—'}</dd>
          </div>
          <div>
            <dt>{t('programme.planned')}</dt>
            <dd>{formatDuration(plannedSeconds(item.slots))}</dd>
          </div>
        </dl>
      </div>
    </li>
  );
}

/** The whole series day by day: each session with its State under Review, times and panel. */
export function ProgrammeOverview({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const programme = useLiveQuery(() => readProgramme(db, series.id), [db, series.id]);
  const [adding, setAdding] = useState(false);
  const [editingDefaults, setEditingDefaults] = useState(false);
  const language = useLanguage();
  const days = seriesDays(series);
  const outside = programme?.filter((p) => !days.includes(p.session.date)) ?? [];
  const lastRoom = programme?.at(-1)?.session.room ?? '';

  const groups: Array<{ key: string; heading: string; items: SessionWithSlots[] }> = [
    ...days.map((day) => ({ key: day, heading: formatDayLong(day, i18n.language), items: programme?.filter((p) => p.session.date === day) ?? [] })),
    { key: 'outside', heading: t('programme.otherDates'), items: outside },
  ].filter((g) => g.items.length > 0);

  return (
    <>
      <PageHeader
        title={t('programme.title')}
        subtitle={
          programme
            ? t('programme.summary', {
                sessions: t('common.sessions', { count: programme.length }),
                days: t('common.days', { count: days.length }),
                venue: series.venue || '—',
              })
            : t('common.loading')
        }
        actions={
          <>
            <button type="button" className="button ghost" onClick={() => setEditingDefaults(true)}>
              {t('programme.defaultTimes')}
            </button>
            <button type="button" className="button primary" onClick={() => setAdding(true)}>
              {t('programme.addSession')}
            </button>
          </>
        }
      />
      {programme && programme.length === 0 ? <EmptyState title={t('programme.empty')} /> : null}
      {groups.map((group) => (
        <section key={group.key} className="day" aria-labelledby={`day-${group.key}`}>
          <h2 id={`day-${group.key}`} className="day-heading">
            {group.heading}
          </h2>
          <ul className="session-grid">
            {group.items.map((item) => (
              <SessionCard key={item.session.id} item={item} language={language} />
            ))}
          </ul>
        </section>
      ))}
      <Dialog open={adding} title={t('programme.newSession')} onClose={() => setAdding(false)} wide>
        <SessionForm
          initial={{ stateCode: '', date: series.startDate, start: '10:00', end: '11:00', room: lastRoom, moderator: '' }}
          submitLabel={t('programme.createSession')}
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            const outcome = await run(t('failures.what.programme'), () => createSession(db, series.id, input));
            // Not saved: the form stays open as typed; the failure is said on every screen.
            if (!outcome.ok) return [];
            const result = outcome.value;
            if (!result.ok) return result.problems;
            setAdding(false);
            navigate({ name: 'area', area: 'programme', item: result.sessionId });
            return [];
          }}
        />
      </Dialog>
      {editingDefaults ? <DefaultTimesDialog series={series} open onClose={() => setEditingDefaults(false)} /> : null}
    </>
  );
}
