import { memo } from 'react';
import type { Category, CheckIn, Gender, Participant } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';

export interface RowLabels {
  categories: Record<Category, string>;
  checkIn: string;
  undo: string;
  checkInName: (name: string) => string;
  undoName: (name: string) => string;
  /** Each takes the person's gender: French participles agree ("Arrivée"). */
  checkedInAt: (time: string, gender: Gender | null) => string;
  notCheckedIn: (gender: Gender | null) => string;
  partly: (done: number, total: number, gender: Gender | null) => string;
  confidential: string;
  walkIn: (gender: Gender | null) => string;
  registeredAs: (roles: string, gender: Gender | null) => string;
  notRegistered: (gender: Gender | null) => string;
  badge: (code: string) => string;
  enterHint: string;
}

/**
 * One person found at the desk: a large row readable from two metres, the check-in state in
 * words and colour. `checkIns` are the check-ins in force for the sessions targeted.
 */
function DeskResultRowView(props: {
  participant: Participant;
  checkIns: readonly CheckIn[];
  targetCount: number;
  roles: string;
  isWalkIn: boolean;
  isTop: boolean;
  language: 'en' | 'fr';
  labels: RowLabels;
  formatTime: (at: number) => string;
  onCheckIn: (p: Participant) => void;
  onUndo: (p: Participant) => void;
}) {
  const { participant: p, checkIns, targetCount, labels } = props;
  const all = targetCount > 0 && checkIns.length >= targetCount;
  const latest = checkIns.reduce<number>((max, c) => Math.max(max, c.at), 0);
  const status = all
    ? labels.checkedInAt(props.formatTime(latest), p.gender)
    : checkIns.length > 0
      ? labels.partly(checkIns.length, targetCount, p.gender)
      : labels.notCheckedIn(p.gender);
  const state = stateName(p.stateCode, props.language);
  return (
    <li className={`desk-row${all ? ' is-in' : ''}${props.isTop ? ' is-top' : ''}`}>
      <div className="desk-row-who">
        <p className="desk-row-name">
          {p.name}
          {p.confidential ? <span className="badge warning inline">{labels.confidential}</span> : null}
          {props.isWalkIn ? <span className="badge neutral inline">{labels.walkIn(p.gender)}</span> : null}
        </p>
        <p className="desk-row-org">{p.organisation}</p>
        <p className="desk-row-meta">
          <span className={`badge category-${p.category}`}>{labels.categories[p.category]}</span>
          {state ? <span className="desk-row-state">{state}</span> : null}
          <span className="mono">{labels.badge(p.badgeCode)}</span>
          <span>{props.roles ? labels.registeredAs(props.roles, p.gender) : labels.notRegistered(p.gender)}</span>
        </p>
      </div>
      <p className={`desk-status${all ? ' in' : checkIns.length > 0 ? ' partly' : ''}`}>
        <span className="desk-status-mark" aria-hidden="true">
          {all ? '✓' : '○'}
        </span>
        {status}
      </p>
      <div className="desk-row-actions">
        {props.isTop && !all ? (
          <kbd className="desk-enter-hint" aria-hidden="true">
            {labels.enterHint}
          </kbd>
        ) : null}
        {!all ? (
          <button type="button" className="button primary desk-row-button" onClick={() => props.onCheckIn(p)} aria-label={labels.checkInName(p.name)}>
            {labels.checkIn}
          </button>
        ) : null}
        {checkIns.length > 0 ? (
          <button type="button" className="button ghost desk-row-button" onClick={() => props.onUndo(p)} aria-label={labels.undoName(p.name)}>
            {labels.undo}
          </button>
        ) : null}
      </div>
    </li>
  );
}

export const DeskResultRow = memo(DeskResultRowView);
