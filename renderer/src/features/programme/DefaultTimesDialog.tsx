import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../ui/FormErrors';
import { useDb } from '../../runtime/contexts';
import { updateSeriesDefaults } from '../../db/commands/programme';
import type { Series, SlotDurations, SlotKind } from '../../domain/core/model';
import { parseDuration } from '../../domain/programme/sessions';
import { Dialog } from '../../ui/Dialog';
import { formatDuration } from '../../ui/format';
import { useRunCommand } from '../../runtime/run-command';

const FIELDS: Array<{ key: keyof SlotDurations; kind: SlotKind }> = [
  { key: 'opening', kind: 'opening' },
  { key: 'surStatement', kind: 'sur-statement' },
  { key: 'panellist', kind: 'panellist' },
  { key: 'moderatorQuestions', kind: 'moderator-questions' },
  { key: 'floor', kind: 'floor' },
  { key: 'closing', kind: 'closing' },
];

/** The series' default time per kind of slot. */
export function DefaultTimesDialog({ series, open, onClose }: { series: Series; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const ids = useId();
  const [texts, setTexts] = useState<Record<keyof SlotDurations, string>>(
    () => Object.fromEntries(FIELDS.map(({ key }) => [key, formatDuration(series.defaults[key])])) as Record<keyof SlotDurations, string>,
  );
  const parsed = Object.fromEntries(FIELDS.map(({ key }) => [key, parseDuration(texts[key])])) as Record<keyof SlotDurations, number | null>;
  const invalid = FIELDS.filter(({ key }) => parsed[key] === null).map(({ key }) => key);

  return (
    <Dialog open={open} title={t('programme.defaultTimes')} onClose={onClose} describedBy={`${ids}-help`}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (invalid.length > 0) return;
          const outcome = await run(t('failures.what.series'), () => updateSeriesDefaults(db, series.id, parsed as SlotDurations));
          if (outcome.ok) onClose();
        }}
      >
        <p id={`${ids}-help`} className="muted">
          {t('programme.defaultTimesHelp')}
        </p>
        <div className="defaults-grid">
          {FIELDS.map(({ key, kind }) => (
            <div className="field" key={key}>
              <label htmlFor={`${ids}-${key}`}>{key === 'floor' ? t('programme.floorPerMission') : t(`slotKinds.${kind}`)}</label>
              <input
                id={`${ids}-${key}`}
                value={texts[key]}
                inputMode="numeric"
                aria-invalid={parsed[key] === null || undefined}
                aria-describedby={`${ids}-unit`}
                onChange={(e) => setTexts((current) => ({ ...current, [key]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        <p id={`${ids}-unit`} className="muted small">
          {t('programme.durationHelp')}
        </p>
        <FormErrors messages={invalid.length > 0 ? [t('programme.problems.duration-invalid')] : []} />
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={invalid.length > 0}>
            {t('programme.saveDefaults')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
