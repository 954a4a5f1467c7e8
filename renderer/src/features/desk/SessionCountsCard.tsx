import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { CATEGORIES, type Participant, type Session } from '../../domain/core/model';
import { sessionCounts } from '../../domain/desk/counts';
import { sessionLabel } from './session-label';
import { genderContext } from '../../i18n/gender-context';

/**
 * A session has four to six panellists; a list longer than this is a registration mistake (or a
 * test import) and would only slow every keystroke at the desk with thousands of rows to lay out.
 */
const PANELLISTS_SHOWN = 12;

/** The live counts of one session at the desk. The desk is not a public screen: names are shown. */
function SessionCountsCardView({ session, participants, present }: { session: Session; participants: readonly Participant[]; present: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const ids = useId();
  const language = useLanguage();
  const counts = sessionCounts(participants, present, session.id);
  const share = new Intl.NumberFormat(language, { style: 'percent' }).format(counts.missionShare);
  const arrived = counts.panellists.filter((p) => p.arrived).length;
  const title = sessionLabel(session, language);
  return (
    <section className="card desk-counts" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="desk-counts-title">
        {title}
      </h2>
      <p className="desk-counts-total">{t('desk.counts.present', { count: counts.present })}</p>
      <dl className="desk-facts">
        <div>
          <dt>{t('desk.counts.missions')}</dt>
          <dd>{t('desk.counts.missionsValue', { present: counts.missionsRegisteredPresent, registered: counts.missionsRegistered, share })}</dd>
          {counts.missionsPresentUnregistered > 0 ? (
            <dd className="muted small">{t('desk.counts.missionsUnregistered', { count: counts.missionsPresentUnregistered })}</dd>
          ) : null}
        </div>
        <div>
          <dt>{t('desk.counts.panellists')}</dt>
          <dd>{t('desk.counts.panellistsValue', { arrived, total: counts.panellists.length })}</dd>
        </div>
      </dl>
      <ul className="desk-category-counts" aria-label={t('desk.counts.byCategory')}>
        {CATEGORIES.filter((c) => counts.byCategory[c] > 0 || c === 'cso' || c === 'nhri' || c === 'mission').map((c) => (
          <li key={c}>
            <span className={`badge category-${c}`}>{t(`categories.${c}`)}</span>
            <span className="desk-category-number">{counts.byCategory[c]}</span>
          </li>
        ))}
      </ul>
      {counts.panellists.length === 0 ? (
        <p className="muted small">{t('desk.counts.noPanellists')}</p>
      ) : (
        <ul className="desk-panellists" aria-label={t('desk.counts.panellists')}>
          {counts.panellists.slice(0, PANELLISTS_SHOWN).map(({ participant, arrived: here }) => (
            <li key={participant.id} className={here ? 'arrived' : undefined}>
              <span className="desk-panellist-mark" aria-hidden="true">
                {here ? '✓' : '○'}
              </span>
              <span className="desk-panellist-name">{participant.name}</span>
              <span className="visually-hidden">
                , {t(here ? 'desk.counts.arrived' : 'desk.counts.notArrived', { context: genderContext(participant.gender) })}
              </span>
              {participant.confidential ? <span className="badge warning inline">{t('desk.confidential')}</span> : null}
            </li>
          ))}
          {counts.panellists.length > PANELLISTS_SHOWN ? (
            <li className="muted small">{t('desk.counts.morePanellists', { count: counts.panellists.length - PANELLISTS_SHOWN })}</li>
          ) : null}
        </ul>
      )}
    </section>
  );
}

/** Memoised: the desk re-renders on every keystroke, the counts only when presence changes. */
export const SessionCountsCard = memo(SessionCountsCardView);
