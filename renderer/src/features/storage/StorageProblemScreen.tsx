import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '../../db/storage-status';
import './storage.css';

/** Shown instead of the app when the store cannot open: what happened and what to do. Never blank. */
export function StorageProblemScreen({ problem, detail }: { problem: StorageProblem; detail: string }) {
  const { t } = useTranslation();
  return (
    <main className="problem-screen" aria-labelledby="problem-title">
      <div className="card problem-card" role="alert">
        <p className="problem-kicker">{t('storage.title')}</p>
        <h1 id="problem-title">{t(`storage.${problem}.heading`)}</h1>
        <p>{t(`storage.${problem}.text`)}</p>
        <p className="strong">{t(`storage.${problem}.action`)}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
        <details className="problem-details">
          <summary>{t('storage.details')}</summary>
          <pre>{detail}</pre>
        </details>
      </div>
    </main>
  );
}
