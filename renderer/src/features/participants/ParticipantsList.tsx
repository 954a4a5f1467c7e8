import { useCallback, useLayoutEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { listParticipants } from '../../db/queries/participants';
import { readSeriesCheckIns } from '../../db/queries/desk';
import { readProgramme } from '../../db/queries/series';
import { walkInsToReview } from '../../domain/presence/check-in';
import { type Category, type Participant, type Series } from '../../domain/core/model';
import { searchParticipantIndex } from '../../domain/participants/filter';
import { useParticipantIndex } from './use-participant-index';
import { stateName } from '../../domain/states/states';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { StatePicker } from '../../ui/StatePicker';
import { MergeDialog } from './MergeDialog';
import { ParticipantDialog } from './ParticipantDialog';
import { ImportButton } from './ImportButton';
import { ParticipantTable } from './ParticipantTable';
import { benchMark, benchMarkAfterPaint } from '../../ui/bench-mark';
import './participants.css';
import { CategoryFilterSelect } from '../../ui/ParticipantSelects';

type Editing = { kind: 'new' } | { kind: 'edit'; participant: Participant } | null;

export function ParticipantsList({ series }: { series: Series }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const participants = useLiveQuery(() => listParticipants(db, series.id), [db, series.id]);
  const programme = useLiveQuery(() => readProgramme(db, series.id), [db, series.id]);
  const checkIns = useLiveQuery(() => readSeriesCheckIns(db, series.id), [db, series.id]);
  // Registered at the desk with the fewest fields: the registry lists them until someone saves
  // their record (updateParticipant marks it reviewed).
  const walkIns = useMemo(() => walkInsToReview(checkIns ?? [], participants ?? []), [checkIns, participants]);
  const [walkInsOnly, setWalkInsOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [stateCode, setStateCode] = useState('');
  const [sessionId, setSessionId] = useState('all');
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [merging, setMerging] = useState(false);
  const language = useLanguage();

  const { index, ready } = useParticipantIndex(participants, language);
  const matches = useMemo(
    () => searchParticipantIndex(index, { query, category, stateCode: stateCode || 'all', sessionId, onlyIds: walkInsOnly ? walkIns : undefined }),
    [index, query, category, stateCode, sessionId, walkInsOnly, walkIns],
  );
  useLayoutEffect(() => {
    // Read by `npm run bench` (registry.search.20k.p95): when a query's results reached the page,
    // then the screen. No deferred render: only the rows on screen are drawn, so the results
    // can come with the keystroke itself.
    benchMark('sd:search-committed', query);
    return benchMarkAfterPaint('sd:search-painted', query);
  }, [matches, query]);
  const selectedPeople = (participants ?? []).filter((p) => selected.includes(p.id));
  const toggle = useCallback((id: string) => setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id])), []);
  const edit = useCallback((participant: Participant) => setEditing({ kind: 'edit', participant }), []);

  return (
    <>
      <PageHeader
        title={t('participants.title')}
        subtitle={participants ? t('common.participants', { count: participants.length }) : t('common.loading')}
        actions={
          <>
            {selectedPeople.length === 2 ? (
              <button type="button" className="button ghost" onClick={() => setMerging(true)}>
                {t('participants.merge')}
              </button>
            ) : null}
            <ImportButton series={series} />
            <button type="button" className="button primary" onClick={() => setEditing({ kind: 'new' })}>
              {t('participants.add')}
            </button>
          </>
        }
      />
      {participants && participants.length === 0 ? (
        <EmptyState title={t('participants.empty')} />
      ) : (
        <>
          <div className="toolbar" role="search">
            <div className="field grow">
              <label htmlFor={`${ids}-q`} className="visually-hidden">
                {t('participants.search')}
              </label>
              <input
                id={`${ids}-q`}
                type="search"
                className="search-input"
                placeholder={t('participants.searchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-cat`} className="visually-hidden">
                {t('participants.category')}
              </label>
              <CategoryFilterSelect id={`${ids}-cat`} value={category} onChange={setCategory} allLabel={t('participants.allCategories')} />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-state`} className="visually-hidden">
                {t('participants.stateFilter')}
              </label>
              <StatePicker id={`${ids}-state`} value={stateCode} onChange={setStateCode} placeholder={t('participants.allStates')} />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-session`} className="visually-hidden">
                {t('participants.sessionFilter')}
              </label>
              <select id={`${ids}-session`} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
                <option value="all">{t('participants.allSessions')}</option>
                {(programme ?? []).map(({ session }) => (
                  <option key={session.id} value={session.id}>
                    {stateName(session.stateCode, language)} · {session.date}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {walkIns.size > 0 ? (
            <div className="walk-in-filter">
              <label className="check">
                <input type="checkbox" checked={walkInsOnly} onChange={(e) => setWalkInsOnly(e.target.checked)} />
                <span>{t('participants.walkInsOnly', { count: walkIns.size })}</span>
              </label>
              {walkInsOnly ? <span className="muted small">{t('participants.walkInsHelp')}</span> : null}
            </div>
          ) : null}
          <p className="muted count-line" aria-live="polite">
            {participants && ready ? t('participants.count', { shown: matches.length, total: participants.length }) : t('common.loading')}
            {selected.length > 0 ? ` · ${t('participants.selected', { count: selected.length })}` : ''}
          </p>
          {participants && ready && matches.length === 0 ? (
            <EmptyState title={t('participants.noMatch', { query })} />
          ) : (
            <ParticipantTable rows={matches} walkIns={walkIns} selected={selected} onToggle={toggle} onEdit={edit} />
          )}
        </>
      )}
      {editing ? (
        <ParticipantDialog
          key={editing.kind === 'edit' ? editing.participant.id : 'new'}
          seriesId={series.id}
          participant={editing.kind === 'edit' ? editing.participant : null}
          toReview={editing.kind === 'edit' && walkIns.has(editing.participant.id)}
          programme={programme ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {merging && selectedPeople.length === 2 ? (
        <MergeDialog
          pair={[selectedPeople[0] as Participant, selectedPeople[1] as Participant]}
          onClose={() => {
            setMerging(false);
            setSelected([]);
          }}
        />
      ) : null}
    </>
  );
}
