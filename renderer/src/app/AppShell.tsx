import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, routeHref, type Area } from '../runtime/router';
import { useHost } from '../runtime/contexts';
import type { Series } from '../domain/core/model';
import { AreaIcon } from '../ui/icons';
import { Clock } from '../ui/Clock';
import { NoticeBar } from '../ui/NoticeBar';
import { WriteFailureAlert } from '../ui/WriteFailureAlert';
import { formatDateRange } from '../ui/format';
import { LockButton } from '../features/protection/LockButton';
import { StorageHealthBar } from '../features/storage/StorageHealthBar';
import { BackupFailureBar } from '../modules/backups/BackupFailureBar';
import { SyncStatusBadge } from '../features/stations/SyncStatusBadge';
import './app-shell.css';

/** The frame around every area: navigation, the current series and the time of day. */
export function AppShell({ series, area, children }: { series: Series; area: Area; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const host = useHost();
  return (
    <div className="shell">
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark small" aria-hidden="true">
            SD
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {AREAS.map((a) => (
              <li key={a}>
                <a className="nav-link" href={routeHref({ name: 'area', area: a })} aria-current={a === area ? 'page' : undefined}>
                  <AreaIcon area={a} />
                  <span>{t(`nav.${a}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {host.shell === 'browser' ? <p className="shell-mode">{t('shell.browserMode')}</p> : null}
      </aside>
      <div className="shell-main">
        <header className="topbar">
          <div className="topbar-series">
            <span className="topbar-label">{t('shell.currentSeries')}</span>
            <span className="topbar-series-name">{series.name}</span>
            <span className="topbar-series-meta">
              {formatDateRange(series.startDate, series.endDate, i18n.language)}
              {series.venue ? ` · ${series.venue}` : ''}
            </span>
          </div>
          <div className="topbar-actions">
            <SyncStatusBadge />
            <a className="button ghost" href={routeHref({ name: 'welcome' })}>
              {t('shell.switchSeries')}
            </a>
            <LockButton />
            <Clock className="topbar-clock" />
          </div>
        </header>
        <main id="main-content" className="content" tabIndex={-1} aria-labelledby="page-title">
          <WriteFailureAlert />
          <NoticeBar />
          <BackupFailureBar />
          <StorageHealthBar series={series} />
          {children}
        </main>
      </div>
    </div>
  );
}
