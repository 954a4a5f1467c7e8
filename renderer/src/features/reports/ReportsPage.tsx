import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { navigate, routeHref, useRoute } from '../../runtime/router';
import { readReportRecord } from '../../db/queries/reports';
import type { Series } from '../../domain/core/model';
import { exportTables, factsAndFigures, reportForAudience, sessionReports, type Audience } from '../../domain/reports';
import { stateName } from '../../domain/states/states';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { formatDayLong } from '../../ui/format';
import { loadPrintFonts, PRINT_FONT_CSS } from '../../ui/print-fonts';
import { ExportCard } from './ExportCard';
import { FactsView } from './FactsView';
import { newsParagraph } from './news-text';
import { reportPrintDocument } from './print-document';
import { asLanguage, exportText } from './report-format';
import { useReportsStore } from './reports-store';
import { SessionView } from './SessionView';
import './reports.css';

/** A clock for the record: live slots count up, so the report is read again each minute. */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Reports: Facts and Figures of the series ("#/reports") and the record of each session
 * ("#/reports/<session id>"), with Print, Save as PDF and Export.
 */
export function ReportsPage({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const route = useRoute();
  const showNotice = useNotice((s) => s.show);
  const audience = useReportsStore((s) => s.audience);
  const tick = useMinute();
  const record = useLiveQuery(() => readReportRecord(db, series.id), [db, series.id]);
  const [busy, setBusy] = useState(false);
  const sessionId = route.name === 'area' && route.item ? route.item : null;

  // Read again when the record changes, and each minute for a live slot.
  const computed = useMemo(() => {
    if (!record) return null;
    const now = tick;
    const reports = sessionReports(record, now);
    return { now, reports, figures: factsAndFigures(record, now, reports) };
  }, [record, tick]);

  const news = useMemo(() => {
    if (!computed || !record) return { en: '', fr: '' };
    return {
      en: newsParagraph(computed.figures, record.series, record.themes, 'en', i18next.getFixedT('en')),
      fr: newsParagraph(computed.figures, record.series, record.themes, 'fr', i18next.getFixedT('fr')),
    };
  }, [computed, record]);

  if (!record || computed === null) {
    return (
      <>
        <PageHeader title={t('reports.title')} />
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      </>
    );
  }

  const current = sessionId ? computed.reports.find((r) => r.session.id === sessionId) : undefined;
  const tables = (a: Audience) => exportTables(record, computed.reports, computed.figures, a, exportText(t, language, record.themes));

  async function send(target: 'print' | 'pdf') {
    if (!computed || !record) return;
    setBusy(true);
    try {
      await loadPrintFonts();
      const doc = reportPrintDocument(
        {
          series: record.series,
          figures: current ? null : computed.figures,
          // The public print leaves out what the public rule does not list (domain/privacy).
          sessions: (current ? [current] : computed.reports.filter((r) => r.held)).map((r) => reportForAudience(r, audience, record.themes)),
          themes: record.themes,
          audience,
          language,
          news: current ? null : news[language],
          fontCss: PRINT_FONT_CSS,
          generatedAt: Date.now(),
        },
        t,
      );
      const page = { html: doc.html, pageSize: doc.pageSize, landscape: doc.landscape };
      if (target === 'print') {
        const result = await host.print(page);
        showNotice(result.printed ? t('reports.printed') : t('reports.printFailed', { reason: result.reason }));
      } else {
        const part = current ? stateName(current.session.stateCode, language) : t('reports.title');
        const suggestedName = `${
          `${record.series.name} ${part} ${t(`reports.exports.${audience}`)}`
            .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim() || 'report'
        }.pdf`;
        const result = await host.printToPdf({ ...page, suggestedName });
        if ('path' in result && result.saved) showNotice(result.path ? t('reports.pdfSavedTo', { path: result.path }) : t('reports.pdfSaved'));
      }
    } finally {
      setBusy(false);
    }
  }

  const hasSessions = computed.reports.length > 0;
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subtitle={t('reports.subtitle')}
        actions={
          hasSessions ? (
            <>
              <button type="button" className="button ghost" disabled={busy} onClick={() => void send('pdf')}>
                {t('reports.savePdf')}
              </button>
              <button type="button" className="button primary" disabled={busy} onClick={() => void send('print')}>
                {t('reports.print')}
              </button>
            </>
          ) : null
        }
      />
      {!hasSessions ? (
        <EmptyState title={t('reports.empty')}>
          <p>{t('reports.emptyHelp')}</p>
        </EmptyState>
      ) : (
        <>
          <nav className="report-views" aria-label={t('reports.views')}>
            <a
              className={`report-view-link${current ? '' : ' active'}`}
              href={routeHref({ name: 'area', area: 'reports' })}
              aria-current={current || sessionId ? undefined : 'page'}
            >
              {t('reports.factsTab')}
            </a>
            <div className="field report-session-pick">
              <label htmlFor={`${ids}-session`}>{t('reports.sessionPick')}</label>
              <select
                id={`${ids}-session`}
                value={current?.session.id ?? ''}
                onChange={(e) => navigate(e.target.value ? { name: 'area', area: 'reports', item: e.target.value } : { name: 'area', area: 'reports' })}
              >
                <option value="">{t('reports.choose')}</option>
                {computed.reports.map((r) => (
                  <option key={r.session.id} value={r.session.id}>
                    {t('reports.sessionOption', {
                      state: stateName(r.session.stateCode, language),
                      day: formatDayLong(r.session.date, language),
                      start: r.session.start,
                    })}
                  </option>
                ))}
              </select>
            </div>
          </nav>
          <div className={current ? 'report-layout for-session' : 'report-layout'}>
            <div className="report-main">
              {sessionId && !current ? (
                <EmptyState title={t('reports.missing')} />
              ) : current ? (
                <SessionView report={current} themes={record.themes} seriesId={series.id} />
              ) : (
                <FactsView figures={computed.figures} themes={record.themes} news={news} />
              )}
            </div>
            <aside className="report-aside">
              <ExportCard series={series} tables={tables} />
            </aside>
          </div>
        </>
      )}
    </>
  );
}
