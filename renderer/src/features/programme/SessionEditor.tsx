import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { navigate, routeHref } from '../../runtime/router';
import { addSlot, deleteSession, duplicateSession, updateSession } from '../../db/commands/programme';
import { listParticipants } from '../../db/queries/participants';
import { readSession } from '../../db/queries/series';
import { SLOT_KINDS, type Series } from '../../domain/core/model';
import { minutesOfDay, plannedSeconds } from '../../domain/programme/sessions';
import { stateName } from '../../domain/states/states';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { formatDayLong, formatDuration } from '../../ui/format';
import { SessionForm } from './SessionForm';
import { SlotList } from './SlotList';
import './programme.css';
import { useRunCommand } from '../../runtime/run-command';

/** One session: its details, and its programme of slots in order. */
export function SessionEditor({ series, sessionId }: { series: Series; sessionId: string }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const language = useLanguage();
  const data = useLiveQuery(() => readSession(db, sessionId), [db, sessionId]);
  const participants = useLiveQuery(() => listParticipants(db, series.id), [db, series.id]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const showNotice = useNotice((s) => s.show);

  if (data === undefined || participants === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (data === null) {
    return (
      <>
        <PageHeader title={t('programme.title')} />
        <EmptyState title={t('programme.notFound')}>
          <a href={routeHref({ name: 'area', area: 'programme' })}>{t('programme.backToProgramme')}</a>
        </EmptyState>
      </>
    );
  }
  const { session, slots } = data;
  const state = stateName(session.stateCode, language);
  const planned = plannedSeconds(slots);
  const length = Math.max(0, (minutesOfDay(session.end) - minutesOfDay(session.start)) * 60);

  return (
    <>
      <a className="back-link" href={routeHref({ name: 'area', area: 'programme' })}>
        ← {t('programme.backToProgramme')}
      </a>
      <PageHeader
        title={state}
        subtitle={`${formatDayLong(session.date, i18n.language)} · ${session.start}–${session.end}${session.room ? ` · ${session.room}` : ''}`}
        actions={
          <>
            <button
              type="button"
              className="button ghost"
              onClick={async () => {
                const copied = await run(t('failures.what.programme'), () => duplicateSession(db, session.id));
                if (!copied.ok) return;
                const copyId = copied.value;
                showNotice(t('programme.duplicated'));
                navigate({ name: 'area', area: 'programme', item: copyId });
              }}
            >
              {t('programme.duplicate')}
            </button>
            <button type="button" className="button ghost danger-text" onClick={() => setConfirmDelete(true)}>
              {t('programme.deleteSession')}
            </button>
          </>
        }
      />
      <div className="editor-grid">
        <section className="card" aria-labelledby="session-details">
          <h2 id="session-details">{t('programme.details')}</h2>
          <SessionForm
            key={session.id}
            initial={{
              stateCode: session.stateCode,
              date: session.date,
              start: session.start,
              end: session.end,
              room: session.room,
              moderator: session.moderator,
            }}
            submitLabel={t('programme.saveSession')}
            onSubmit={async (input) => {
              const outcome = await run(t('failures.what.programme'), () => updateSession(db, session.id, input));
              if (!outcome.ok) return [];
              return outcome.value.ok ? [] : outcome.value.problems;
            }}
          />
        </section>
        <section className="card" aria-labelledby="session-order">
          <div className="section-heading">
            <h2 id="session-order">{t('programme.order')}</h2>
            <p className={planned > length ? 'planned over' : 'planned'}>
              {t('programme.totalPlanned', { planned: formatDuration(planned), length: formatDuration(length) })}
            </p>
          </div>
          {planned > length ? (
            <p className="warning-line" role="status">
              {t('programme.overPlanned', { over: formatDuration(planned - length) })}
            </p>
          ) : null}
          {slots.length === 0 ? <EmptyState title={t('programme.noSlots')} /> : <SlotList slots={slots} participants={participants} sessionId={session.id} />}
          <div className="add-slot" role="group" aria-label={t('programme.addSlot')}>
            <span className="add-slot-label">{t('programme.addSlot')}</span>
            {SLOT_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="button secondary small"
                onClick={() => void run(t('failures.what.programme'), () => addSlot(db, session.id, kind))}
              >
                + {t(`slotKinds.${kind}`)}
              </button>
            ))}
          </div>
        </section>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('programme.deleteSession')}
        message={t('programme.confirmDeleteSession', { state })}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          const outcome = await run(t('failures.what.programme'), () => deleteSession(db, session.id));
          if (outcome.ok) navigate({ name: 'area', area: 'programme' });
        }}
      />
    </>
  );
}
