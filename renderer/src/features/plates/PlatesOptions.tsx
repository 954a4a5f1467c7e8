import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { SessionWithSlots } from '../../db/queries/series';
import type { Participant } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';
import { StatePicker } from '../../ui/StatePicker';
import { formatDayLong } from '../../ui/format';
import type { Candidate } from './plate-candidates';
import { SelectionList } from './SelectionList';
import { usePlatesStore, type PlatesKind } from './plates-store';

const KINDS: PlatesKind[] = ['panellists', 'placards', 'roles', 'custom', 'badges'];

function Segmented<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="plates-group">
      <legend>{props.legend}</legend>
      <div className="segmented">
        {props.options.map((o) => (
          <label key={o.value} className="segment">
            <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The source list: days and sessions (and, for badges, everyone; for one person, that person). */
function SourceSelect({ programme, person, source }: { programme: SessionWithSlots[]; person: Participant | undefined; source: string }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const kind = usePlatesStore((s) => s.kind);
  const set = usePlatesStore((s) => s.set);
  const language = useLanguage();
  const days = [...new Set(programme.map((p) => p.session.date))];
  return (
    <div className="field">
      <label htmlFor={`${ids}-source`}>{t('plates.source')}</label>
      <select id={`${ids}-source`} value={source} onChange={(e) => set({ source: e.target.value })}>
        {person ? <option value={`person:${person.id}`}>{t('plates.onePerson', { name: person.name })}</option> : null}
        {kind === 'badges' ? <option value="all">{t('plates.everyone')}</option> : null}
        {kind === 'placards' ? <option value="all">{t('plates.allStatesOfSeries')}</option> : null}
        {days.map((day) => (
          <optgroup key={day} label={formatDayLong(day, i18n.language)}>
            <option value={`day:${day}`}>
              {t(kind === 'badges' ? 'plates.allBadgesOfDay' : kind === 'roles' || kind === 'placards' ? 'plates.allSessionsOfDay' : 'plates.allOfDay', {
                day: formatDayLong(day, i18n.language),
              })}
            </option>
            {programme
              .filter((p) => p.session.date === day)
              .map((p) => (
                <option key={p.session.id} value={`session:${p.session.id}`}>
                  {t('plates.sessionOption', { time: p.session.start, state: stateName(p.session.stateCode, language) })}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function AddState() {
  const { t } = useTranslation();
  const ids = useId();
  const [code, setCode] = useState('');
  const extraStates = usePlatesStore((s) => s.extraStates);
  const set = usePlatesStore((s) => s.set);
  return (
    <div className="plates-add-state">
      <div className="field grow">
        <label htmlFor={`${ids}-state`}>{t('plates.addState')}</label>
        <StatePicker id={`${ids}-state`} value={code} onChange={setCode} placeholder={t('plates.addStatePlaceholder')} />
      </div>
      <button
        type="button"
        className="button secondary"
        disabled={!code}
        onClick={() => {
          if (!extraStates.includes(code)) set({ extraStates: [...extraStates, code] });
          setCode('');
        }}
      >
        {t('plates.add')}
      </button>
    </div>
  );
}

export function PlatesOptions(props: {
  programme: SessionWithSlots[];
  person: Participant | undefined;
  source: string;
  candidates: Candidate[];
  hasLogo: boolean;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const state = usePlatesStore();
  const { kind, set } = state;
  const isBadges = kind === 'badges';
  return (
    <div className="plates-options card">
      <fieldset className="plates-group">
        <legend>{t('plates.what')}</legend>
        <div className="plates-kinds">
          {KINDS.map((k) => (
            <label key={k} className="plates-kind">
              <input type="radio" name={`${ids}-kind`} value={k} checked={kind === k} onChange={() => set({ kind: k, source: '' })} />
              <span>{t(`plates.kinds.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {kind !== 'custom' ? <SourceSelect programme={props.programme} person={props.person} source={props.source} /> : null}
      {kind === 'roles' ? (
        <div className="field">
          <label htmlFor={`${ids}-organiser`}>{t('plates.organiserName')}</label>
          <input
            id={`${ids}-organiser`}
            value={state.organiserName}
            placeholder={t('plates.organiserNamePlaceholder')}
            onChange={(e) => set({ organiserName: e.target.value })}
          />
        </div>
      ) : null}
      {kind === 'custom' ? (
        <div className="field">
          <label htmlFor={`${ids}-custom`}>{t('plates.customText')}</label>
          <textarea
            id={`${ids}-custom`}
            rows={6}
            value={state.customText}
            onChange={(e) => set({ customText: e.target.value })}
            aria-describedby={`${ids}-custom-help`}
          />
          <p id={`${ids}-custom-help`} className="muted small">
            {t('plates.customHelp')}
          </p>
        </div>
      ) : null}
      {kind === 'placards' ? (
        <>
          <Segmented
            legend={t('plates.french')}
            name={`${ids}-french`}
            value={state.french}
            options={[
              { value: 'same-face', label: t('plates.frenchSameFace') },
              { value: 'back', label: t('plates.frenchBack') },
            ]}
            onChange={(french) => set({ french })}
          />
          <AddState />
        </>
      ) : null}

      {kind !== 'custom' ? <SelectionList candidates={props.candidates} /> : null}

      {isBadges ? (
        <Segmented
          legend={t('plates.badgeLayout')}
          name={`${ids}-badges`}
          value={state.badgeLayout}
          options={(['a6', 'a4x4', 'a4x8'] as const).map((value) => ({ value, label: t(`plates.badgeLayouts.${value}`) }))}
          onChange={(badgeLayout) => set({ badgeLayout })}
        />
      ) : (
        <Segmented
          legend={t('plates.paper')}
          name={`${ids}-paper`}
          value={state.paper}
          options={(['A4', 'Letter'] as const).map((value) => ({ value, label: t(`plates.papers.${value}`) }))}
          onChange={(paper) => set({ paper })}
        />
      )}
      <div className="plates-checks">
        <label className="check">
          <input type="checkbox" checked={state.marks} onChange={(e) => set({ marks: e.target.checked })} />
          <span>{isBadges ? t('plates.cutMarks') : t('plates.foldMarks')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.withLogo && props.hasLogo}
            disabled={!props.hasLogo}
            onChange={(e) => set({ withLogo: e.target.checked })}
            aria-describedby={props.hasLogo ? undefined : `${ids}-nologo`}
          />
          <span>{t('plates.showLogo')}</span>
        </label>
        {props.hasLogo ? null : (
          <p id={`${ids}-nologo`} className="muted small">
            {t('plates.noLogo')}
          </p>
        )}
      </div>
    </div>
  );
}
