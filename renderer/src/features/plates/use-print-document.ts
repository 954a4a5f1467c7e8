import { useEffect, useMemo, useState } from 'react';
import {
  badgeDocument,
  fitBadges,
  fitTentCards,
  tentCardDocument,
  type BadgeLayoutName,
  type BadgeSpec,
  type FitWarning,
  type Measurers,
  type Paper,
  type PlateSpec,
  type PrintDocument,
} from '../../domain/plates';
import { canvasMeasurer, loadPrintFonts, PRINT_FONT_CSS } from '../../ui/print-fonts';

/** The measurers once the print font is loaded; null until then. */
function usePrintMeasurers(): Measurers | null {
  const [measurers, setMeasurers] = useState<Measurers | null>(null);
  useEffect(() => {
    let live = true;
    void loadPrintFonts().then(() => {
      if (live) setMeasurers({ bold: canvasMeasurer(700), regular: canvasMeasurer(400) });
    });
    return () => {
      live = false;
    };
  }, []);
  return measurers;
}

export interface DocumentRequest {
  plates: PlateSpec[];
  badges: BadgeSpec[];
  isBadges: boolean;
  paper: Paper;
  badgeLayout: BadgeLayoutName;
  marks: boolean;
  logo: string | null;
  title: string;
  seriesName: string;
  language: 'en' | 'fr';
}

const SCREEN_ZOOM: Record<BadgeLayoutName | 'tent', number> = { tent: 0.55, a4x4: 0.55, a4x8: 0.75, a6: 1.05 };

/** Fits every text and builds the print document; recomputed only when the request changes. */
export function usePrintDocument(request: DocumentRequest | null): { document: PrintDocument | null; warnings: FitWarning[]; ready: boolean } {
  const measurers = usePrintMeasurers();
  const built = useMemo(() => {
    if (!measurers || !request) return null;
    const common = { fontCss: PRINT_FONT_CSS, logo: request.logo, marks: request.marks, title: request.title, language: request.language };
    if (request.isBadges) {
      const { badges, warnings } = fitBadges(request.badges, request.badgeLayout, measurers);
      if (badges.length === 0) return { document: null, warnings };
      return {
        document: badgeDocument(badges, request.badgeLayout, { ...common, seriesName: request.seriesName, screenZoom: SCREEN_ZOOM[request.badgeLayout] }),
        warnings,
      };
    }
    const { cards, warnings } = fitTentCards(request.plates, request.paper, request.logo !== null, measurers);
    if (cards.length === 0) return { document: null, warnings };
    return { document: tentCardDocument(cards, request.paper, { ...common, screenZoom: SCREEN_ZOOM.tent }), warnings };
  }, [measurers, request]);
  return { document: built?.document ?? null, warnings: built?.warnings ?? [], ready: measurers !== null };
}
