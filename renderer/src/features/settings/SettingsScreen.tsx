import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useAppSettings } from '../../runtime/use-app-settings';
import { setSetting, type Theme } from '../../db/commands/settings';
import { deleteSeries } from '../../db/commands/series';
import { listSeries } from '../../db/queries/series';
import { requestPersistentStorage } from '../../db/storage-status';
import type { AppInfo } from '../../../../common/bridge-contract';
import { LANGUAGES, type Language, useLanguage } from '../../i18n';
import type { Series } from '../../domain/core/model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EventFileCard } from './EventFileCard';
import { PageHeader } from '../../ui/PageHeader';
import { formatDateRange } from '../../ui/format';
import './settings.css';
import { useRunCommand } from '../../runtime/run-command';

/**
 * Settings: this area's own cards (language, theme, storage, about, the event file, the series),
 * with the cards other areas keep here (backups, logo, lock, purge) passed in by the app, so
 * that no area imports another.
 */
export function SettingsScreen({ areaCards }: { areaCards: (current: Series | null) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const host = useHost();
  const ids = useId();
  const settings = useAppSettings();
  const series = useLiveQuery(() => listSeries(db), [db]);
  const current = (series ?? []).find((s) => s.id === settings?.currentSeriesId) ?? null;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [persistence, setPersistence] = useState<'granted' | 'refused' | 'unsupported' | null>(null);
  const [toDelete, setToDelete] = useState<Series | null>(null);
  // The choice shows at once; the stored setting follows a few milliseconds later.
  const [languageChoice, setLanguageChoice] = useState<Language | null>(null);
  const [themeChoice, setThemeChoice] = useState<Theme | null>(null);
  const uiLanguage = useLanguage();
  const language = languageChoice ?? settings?.language ?? uiLanguage;
  const theme = themeChoice ?? settings?.theme ?? 'light';

  useEffect(() => {
    void host.appInfo().then(setInfo);
    void requestPersistentStorage().then(setPersistence);
  }, [host]);

  const persistenceText =
    persistence === 'granted'
      ? t('settings.persistentGranted')
      : persistence === 'refused'
        ? t('settings.persistentRefused')
        : persistence === 'unsupported'
          ? t('settings.persistentUnsupported')
          : t('common.loading');

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <div className="settings-grid">
        <section className="card" aria-labelledby={`${ids}-lang`}>
          <h2 id={`${ids}-lang`}>{t('settings.language')}</h2>
          <p className="muted">{t('settings.languageHelp')}</p>
          <div className="segmented" role="radiogroup" aria-labelledby={`${ids}-lang`}>
            {LANGUAGES.map((l) => (
              <label key={l.code} className="segment">
                <input
                  type="radio"
                  name={`${ids}-language`}
                  value={l.code}
                  checked={language === l.code}
                  onChange={() => {
                    setLanguageChoice(l.code);
                    void run(t('failures.what.setting'), () => setSetting(db, 'language', l.code));
                  }}
                />
                <span lang={l.code}>{l.label}</span>
              </label>
            ))}
          </div>
        </section>
        <section className="card" aria-labelledby={`${ids}-theme`}>
          <h2 id={`${ids}-theme`}>{t('settings.theme')}</h2>
          <p className="muted">{t('settings.themeHelp')}</p>
          <div className="segmented" role="radiogroup" aria-labelledby={`${ids}-theme`}>
            {(['light', 'dark'] as Theme[]).map((option) => (
              <label key={option} className="segment">
                <input
                  type="radio"
                  name={`${ids}-theme-choice`}
                  value={option}
                  checked={theme === option}
                  onChange={() => {
                    setThemeChoice(option);
                    void run(t('failures.what.setting'), () => setSetting(db, 'theme', option));
                  }}
                />
                <span>{option === 'light' ? t('settings.themeLight') : t('settings.themeDark')}</span>
              </label>
            ))}
          </div>
        </section>
        <section className="card" aria-labelledby={`${ids}-storage`}>
          <h2 id={`${ids}-storage`}>{t('settings.storage')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('settings.persistent')}</dt>
              <dd>{persistenceText}</dd>
            </div>
            <div>
              <dt>{t('settings.dataFolder')}</dt>
              <dd className="mono">{info ? (info.dataFolder ?? t('settings.dataFolderBrowser')) : t('common.loading')}</dd>
            </div>
          </dl>
        </section>
        <section className="card" aria-labelledby={`${ids}-about`}>
          <h2 id={`${ids}-about`}>{t('settings.about')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('settings.version')}</dt>
              <dd>{info?.version ?? '…'}</dd>
            </div>
            <div>
              <dt>{t('settings.shell')}</dt>
              <dd>{info ? (info.shell === 'electron' ? t('settings.shellElectron') : t('settings.shellBrowser')) : '…'}</dd>
            </div>
          </dl>
        </section>
        <EventFileCard series={current} />
        {areaCards(current)}
        <section className="card wide" aria-labelledby={`${ids}-series`}>
          <h2 id={`${ids}-series`}>{t('settings.series')}</h2>
          <ul className="series-admin">
            {(series ?? []).map((s) => (
              <li key={s.id}>
                <div>
                  <span className="strong">{s.name}</span>
                  {settings?.currentSeriesId === s.id ? <span className="badge accent inline">{t('settings.current')}</span> : null}
                  <span className="muted block">{formatDateRange(s.startDate, s.endDate, i18n.language)}</span>
                </div>
                <button
                  type="button"
                  className="button ghost danger-text"
                  onClick={() => setToDelete(s)}
                  aria-label={`${t('settings.deleteSeries')}: ${s.name}`}
                >
                  {t('common.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('settings.deleteSeries')}
        message={toDelete ? t('settings.confirmDelete', { name: toDelete.name }) : ''}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) void run(t('failures.what.series'), () => deleteSeries(db, toDelete.id));
          setToDelete(null);
        }}
      />
    </>
  );
}
