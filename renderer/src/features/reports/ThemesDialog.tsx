import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { addSeriesTheme, setSlotThemes } from '../../db/commands/reports';
import type { Theme } from '../../domain/reports';
import { Dialog } from '../../ui/Dialog';
import { asLanguage } from './report-format';
import { useRunCommand } from '../../runtime/run-command';

export interface ThemesTarget {
  slotId: string;
  name: string;
  themes: readonly string[];
}

/** Tag the themes a panellist raised; a theme missing from the list can be added to the series. */
export function ThemesDialog({
  target,
  seriesId,
  themes,
  onClose,
}: {
  target: ThemesTarget | null;
  seriesId: string;
  themes: readonly Theme[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={target !== null} title={target ? t('reports.themesDialog.title', { name: target.name }) : ''} onClose={onClose} wide>
      {target ? <ThemesForm key={target.slotId} target={target} seriesId={seriesId} themes={themes} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ThemesForm({ target, seriesId, themes, onClose }: { target: ThemesTarget; seriesId: string; themes: readonly Theme[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const db = useDb();
  const run = useRunCommand();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(target.themes));
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  const [problem, setProblem] = useState<'empty' | 'duplicate' | null>(null);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function save() {
    const outcome = await run(t('failures.what.themes'), () => setSlotThemes(db, target.slotId, [...chosen]));
    if (!outcome.ok) return;
    showNotice(t('reports.themesDialog.saved'));
    onClose();
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(t('failures.what.themes'), () => addSeriesTheme(db, seriesId, en, fr));
    if (!outcome.ok) return;
    const added = outcome.value;
    if (typeof added === 'string') {
      setProblem(added);
      return;
    }
    setProblem(null);
    setEn('');
    setFr('');
    setChosen((current) => new Set(current).add(added.id));
    showNotice(t('reports.themesDialog.added', { name: added.name[language] }));
  }

  const groups: Array<{ key: string; label: string; list: Theme[] }> = [
    { key: 'built-in', label: t('reports.themesDialog.builtIn'), list: themes.filter((x) => !x.custom) },
    { key: 'own', label: t('reports.themesDialog.own'), list: themes.filter((x) => x.custom) },
  ];

  return (
    <div className="report-themes-form">
      {groups.map((group) =>
        group.list.length === 0 ? null : (
          <fieldset key={group.key} className="report-theme-group">
            <legend>{group.label}</legend>
            <div className="report-theme-grid">
              {group.list
                .slice()
                .sort((a, b) => a.name[language].localeCompare(b.name[language], language))
                .map((theme) => (
                  <label key={theme.id} className="check">
                    <input type="checkbox" checked={chosen.has(theme.id)} onChange={() => toggle(theme.id)} />
                    <span>{theme.name[language]}</span>
                  </label>
                ))}
            </div>
          </fieldset>
        ),
      )}
      <form className="report-theme-add" onSubmit={(e) => void add(e)} aria-labelledby={`${ids}-add`}>
        <p id={`${ids}-add`} className="strong">
          {t('reports.themesDialog.add')}
        </p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-en`}>{t('reports.themesDialog.nameEn')}</label>
            <input id={`${ids}-en`} value={en} onChange={(e) => setEn(e.target.value)} lang="en" />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-fr`}>{t('reports.themesDialog.nameFr')}</label>
            <input id={`${ids}-fr`} value={fr} onChange={(e) => setFr(e.target.value)} lang="fr" />
          </div>
          <button type="submit" className="button ghost">
            {t('reports.themesDialog.addButton')}
          </button>
        </div>
        {problem ? (
          <p className="warning-line" role="alert">
            {t(`reports.themesDialog.${problem}`)}
          </p>
        ) : null}
      </form>
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('reports.themesDialog.save')}
        </button>
      </div>
    </div>
  );
}
