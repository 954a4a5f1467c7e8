import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { removeSeriesLogo, setSeriesLogo } from '../../db/commands/series-logo';
import { readSeriesLogo } from '../../db/queries/plates';
import type { Series } from '../../domain/core/model';
import { checkLogo, LOGO_MAX_BYTES, type LogoCheck } from '../../domain/plates/logo';
import { FormErrors } from '../../ui/FormErrors';
import './plates.css';
import { useRunCommand } from '../../runtime/run-command';

type LogoError = Extract<LogoCheck, { ok: false }>['reason'];

/** Settings: the series logo, set once, printed small on plates and badges. */
export function SeriesLogoCard({ series }: { series: Series | null }) {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const host = useHost();
  const ids = useId();
  const showNotice = useNotice((s) => s.show);
  const logo = useLiveQuery(async () => (series ? readSeriesLogo(db, series.id) : null), [db, series?.id]);
  const [error, setError] = useState<LogoError | null>(null);

  async function choose() {
    if (!series) return;
    setError(null);
    const opened = await host.openFile({ filters: [{ name: t('plates.logo.title'), extensions: ['png', 'jpg', 'jpeg'] }], maxBytes: LOGO_MAX_BYTES });
    if (!opened.opened) {
      if (opened.reason === 'too-large') setError('too-large');
      return;
    }
    const checked = checkLogo(opened.bytes);
    if (!checked.ok) return setError(checked.reason);
    const outcome = await run(t('failures.what.logo'), () => setSeriesLogo(db, series.id, checked.dataUrl));
    if (outcome.ok) showNotice(t('plates.logo.saved'));
  }

  return (
    <section className="card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('plates.logo.title')}</h2>
      <p className="muted">{series ? t('plates.logo.help') : t('plates.logo.noSeries')}</p>
      {series ? (
        <>
          <div className="logo-card-preview">
            {logo ? <img src={logo} alt={t('plates.logo.current')} /> : <span className="muted small">{t('plates.logo.none')}</span>}
          </div>
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => void choose()}>
              {logo ? t('plates.logo.replace') : t('plates.logo.choose')}
            </button>
            {logo ? (
              <button
                type="button"
                className="button ghost danger-text"
                onClick={() => {
                  void run(t('failures.what.logo'), () => removeSeriesLogo(db, series.id)).then(
                    (outcome) => outcome.ok && showNotice(t('plates.logo.removed')),
                  );
                }}
              >
                {t('plates.logo.remove')}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {error ? <FormErrors messages={[t(`plates.logo.errors.${error}`)]} /> : null}
    </section>
  );
}
