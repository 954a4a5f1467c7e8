import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useHost } from '../../runtime/contexts';
import { useNotice } from '../../runtime/notice-store';
import { useRoute } from '../../runtime/router';
import { readPlateSources } from '../../db/queries/plates';
import type { Series } from '../../domain/core/model';
import { presenceBySession } from '../../domain/presence/presence';
import type { BadgeSpec, PlateSpec } from '../../domain/plates';
import type { PrinterInfo } from '../../host/host';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { buildCandidates, type CandidateInput } from './plate-candidates';
import { PlatesOptions } from './PlatesOptions';
import { usePlatesStore } from './plates-store';
import { PrintPreview } from './PrintPreview';
import { usePrintDocument, type DocumentRequest } from './use-print-document';
import './plates.css';

/**
 * Name plates: choose what to print (panellists' tent cards, country placards, role plates,
 * custom text, badges) and for whom, see every page, then print or save a PDF. Opened as
 * "#/plates/<participant id>" (e.g. from the registration desk), it prints that person's
 * plate or badge alone.
 */
export function PlatesPage({ series }: { series: Series }) {
  const { t } = useTranslation();
  const db = useDb();
  const host = useHost();
  const ids = useId();
  const route = useRoute();
  const showNotice = useNotice((s) => s.show);
  const language = useLanguage();
  const sources = useLiveQuery(() => readPlateSources(db, series.id), [db, series.id]);
  const store = usePlatesStore();
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [confirming, setConfirming] = useState<'print' | 'pdf' | null>(null);
  const [busy, setBusy] = useState(false);

  const personId = route.name === 'area' && route.item ? route.item : null;
  const person = personId ? sources?.participants.find((p) => p.id === personId) : undefined;

  useEffect(() => {
    void host.listPrinters().then(setPrinters);
  }, [host]);

  // Opened for one person: print their tent card (a panellist) or their badge.
  const { set } = store;
  useEffect(() => {
    if (!personId) return;
    const p = usePlatesStore.getState();
    if (p.source === `person:${personId}`) return;
    set({ source: `person:${personId}`, kind: p.kind === 'badges' ? 'badges' : 'panellists' });
  }, [personId, set]);

  const programme = useMemo(() => sources?.programme ?? [], [sources]);
  const firstSession = programme[0]?.session.id;
  const source = store.source || (store.kind === 'badges' || store.kind === 'placards' ? 'all' : firstSession ? `session:${firstSession}` : '');
  const present = useMemo(() => presenceBySession(sources?.checkIns ?? []), [sources]);

  const candidates = useMemo(() => {
    if (!sources) return [];
    const input: CandidateInput = {
      kind: store.kind,
      source,
      programme,
      participants: sources.participants,
      present,
      french: store.french,
      organiserName: store.organiserName,
      customText: store.customText,
      extraStates: store.extraStates,
      language,
      t,
    };
    return buildCandidates(input);
  }, [sources, programme, present, store.kind, source, store.french, store.organiserName, store.customText, store.extraStates, language, t]);

  const chosen = useMemo(() => candidates.filter((c) => store.kind === 'custom' || !store.excluded.has(c.key)), [candidates, store.excluded, store.kind]);
  const logo = store.withLogo ? (sources?.logo ?? null) : null;
  const isBadges = store.kind === 'badges';

  const request = useMemo<DocumentRequest | null>(() => {
    if (!sources) return null;
    return {
      plates: chosen.flatMap((c) => (c.plate ? [c.plate] : ([] as PlateSpec[]))),
      badges: chosen.flatMap((c) => (c.badge ? [c.badge] : ([] as BadgeSpec[]))),
      isBadges,
      paper: store.paper,
      badgeLayout: store.badgeLayout,
      marks: store.marks,
      logo,
      title: `${series.name} — ${t(`plates.kinds.${store.kind}`)}`,
      seriesName: series.name,
      language,
    };
  }, [sources, chosen, isBadges, store.paper, store.badgeLayout, store.marks, store.kind, logo, series.name, language, t]);

  const { document: printDocument, warnings, ready } = usePrintDocument(request);

  async function send(target: 'print' | 'pdf') {
    if (!printDocument) return;
    setConfirming(null);
    setBusy(true);
    try {
      const page = { html: printDocument.html, pageSize: printDocument.pageSize, landscape: printDocument.landscape };
      if (target === 'print') {
        const result = await host.print({ ...page, ...(store.printerName ? { printerName: store.printerName } : {}) });
        if (result.printed) showNotice(t('plates.printed'));
        else showNotice(t('plates.printFailed', { reason: result.reason }));
      } else {
        const safeName = `${series.name} ${t(`plates.kinds.${store.kind}`)}`.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'plates';
        const result = await host.printToPdf({ ...page, suggestedName: `${safeName}.pdf` });
        if ('path' in result && result.saved) showNotice(result.path ? t('plates.pdfSavedTo', { path: result.path }) : t('plates.pdfSaved'));
      }
    } finally {
      setBusy(false);
    }
  }

  // Text that does not fit is announced before anything is printed.
  function startPrint(target: 'print' | 'pdf') {
    if (warnings.length > 0) setConfirming(target);
    else void send(target);
  }

  const info = printDocument
    ? t('plates.sheetInfo', {
        pages: t('plates.pages', { count: printDocument.pageCount }),
        paper: `${printDocument.pageSize === 'Letter' ? t('plates.papers.Letter') : printDocument.pageSize} ${printDocument.landscape ? t('plates.landscape') : t('plates.portrait')}`,
      })
    : null;

  return (
    <>
      <PageHeader
        title={t('plates.title')}
        subtitle={info ?? t('plates.subtitle')}
        actions={
          <>
            {printers.length > 0 ? (
              <div className="field plates-printer">
                <label htmlFor={`${ids}-printer`} className="visually-hidden">
                  {t('plates.printer')}
                </label>
                <select id={`${ids}-printer`} value={store.printerName} onChange={(e) => set({ printerName: e.target.value })}>
                  <option value="">{t('plates.askPrinter')}</option>
                  {printers.map((p) => (
                    <option key={p.name} value={p.name}>
                      {p.displayName}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <button type="button" className="button ghost" disabled={!printDocument || busy} onClick={() => startPrint('pdf')}>
              {t('plates.savePdf')}
            </button>
            <button type="button" className="button primary" disabled={!printDocument || busy} onClick={() => startPrint('print')}>
              {t('plates.print')}
            </button>
          </>
        }
      />
      <div className="plates-layout">
        <PlatesOptions programme={programme} person={person} source={source} candidates={candidates} hasLogo={Boolean(sources?.logo)} />
        <PrintPreview document={printDocument} warnings={warnings} ready={ready && sources !== undefined} />
      </div>
      <Dialog open={confirming !== null} title={t('plates.printAnywayTitle')} onClose={() => setConfirming(null)}>
        <p>{t('plates.warningsTitle', { count: warnings.length })}</p>
        <p className="muted">{t('plates.warningsHelp')}</p>
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button primary" onClick={() => confirming && void send(confirming)}>
            {t('plates.printAnyway')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
