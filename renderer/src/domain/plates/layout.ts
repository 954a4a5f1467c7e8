/**
 * Sizes every text of every plate before anything is printed: each face's title and subtitle
 * get the largest size that fits their box (fit.ts), and whatever cannot fit at a readable
 * size becomes a warning the screen shows before printing.
 */
import { fitText, type FitBox, type FitResult, type MeasureEm } from './fit';
import { badgeSheetLayout, tentCardLayout, type BadgeLayoutName, type Paper, type Size } from './geometry';
import type { BadgeSpec, FaceText, PlateKind, PlateSpec } from './templates';

export const LINE_HEIGHT = 1.12;
/** The logo's band at the top of a face, in mm, with the gap below it. */
export const LOGO_BAND_MM = 12;
const LOGO_GAP_MM = 3;

interface TextStyle {
  maxSize: number;
  minSize: number;
  maxLines: number;
}

/** pt. Names read from across the table at 28 pt; State names from across the room at 36 pt. */
export const PLATE_STYLES: Record<PlateKind, { title: TextStyle; subtitle: TextStyle }> = {
  panellist: { title: { maxSize: 96, minSize: 28, maxLines: 2 }, subtitle: { maxSize: 32, minSize: 16, maxLines: 2 } },
  placard: { title: { maxSize: 110, minSize: 36, maxLines: 3 }, subtitle: { maxSize: 48, minSize: 24, maxLines: 3 } },
  role: { title: { maxSize: 96, minSize: 28, maxLines: 2 }, subtitle: { maxSize: 36, minSize: 16, maxLines: 2 } },
  custom: { title: { maxSize: 96, minSize: 28, maxLines: 2 }, subtitle: { maxSize: 36, minSize: 16, maxLines: 2 } },
};

/** Titles are set bold, the lines below them regular: each has its own widths. */
export interface Measurers {
  bold: MeasureEm;
  regular: MeasureEm;
}

export interface FittedFace {
  title: FitResult;
  subtitle: FitResult | null;
}

export interface FittedCard {
  spec: PlateSpec;
  front: FittedFace;
  back: FittedFace;
}

export interface FitWarning {
  key: string;
  text: string;
  minSize: number;
}

function box(width: number, height: number, style: TextStyle): FitBox {
  return { width, height, maxLines: style.maxLines, maxSize: style.maxSize, minSize: style.minSize, lineHeight: LINE_HEIGHT };
}

/** The title takes two thirds of the text height when a subtitle shares the face. */
export function faceBoxes(paper: Paper, withLogo: boolean, hasSubtitle: boolean): { title: Size; subtitle: Size } {
  const { textArea } = tentCardLayout(paper);
  const height = textArea.height - (withLogo ? LOGO_BAND_MM + LOGO_GAP_MM : 0);
  if (!hasSubtitle) return { title: { width: textArea.width, height }, subtitle: { width: textArea.width, height: 0 } };
  return { title: { width: textArea.width, height: height * 0.64 }, subtitle: { width: textArea.width, height: height * 0.3 } };
}

function fitFace(face: FaceText, kind: PlateKind, paper: Paper, withLogo: boolean, measure: Measurers): FittedFace {
  const style = PLATE_STYLES[kind];
  const boxes = faceBoxes(paper, withLogo, face.subtitle !== '');
  return {
    title: fitText(face.title, box(boxes.title.width, boxes.title.height, style.title), measure.bold),
    subtitle: face.subtitle ? fitText(face.subtitle, box(boxes.subtitle.width, boxes.subtitle.height, style.subtitle), measure.regular) : null,
  };
}

function sameFace(a: FaceText, b: FaceText): boolean {
  return a.title === b.title && a.subtitle === b.subtitle;
}

export function fitTentCards(specs: PlateSpec[], paper: Paper, withLogo: boolean, measure: Measurers): { cards: FittedCard[]; warnings: FitWarning[] } {
  const warnings: FitWarning[] = [];
  const cards = specs.map((spec) => {
    const front = fitFace(spec.front, spec.kind, paper, withLogo, measure);
    const back = sameFace(spec.front, spec.back) ? front : fitFace(spec.back, spec.kind, paper, withLogo, measure);
    const faces: Array<[FaceText, FittedFace]> = sameFace(spec.front, spec.back)
      ? [[spec.front, front]]
      : [
          [spec.front, front],
          [spec.back, back],
        ];
    for (const [text, fitted] of faces) {
      if (!fitted.title.fits) warnings.push({ key: spec.key, text: text.title, minSize: fitted.title.size });
      if (fitted.subtitle && !fitted.subtitle.fits) warnings.push({ key: spec.key, text: text.subtitle, minSize: fitted.subtitle.size });
    }
    return { spec, front, back };
  });
  return { cards, warnings };
}

/** Badge zones, in mm inside a cell. */
export interface BadgeZones {
  padding: number;
  header: number;
  name: Size;
  organisation: Size;
  qr: number;
}

export const BADGE_STYLES = {
  name: { maxSize: 34, minSize: 14, maxLines: 2 },
  organisation: { maxSize: 15, minSize: 8, maxLines: 2 },
} as const;

export function badgeZones(cell: Size): BadgeZones {
  const padding = 6;
  const header = 9;
  const qr = Math.max(16, Math.min(30, cell.height * 0.27));
  const inner = { width: cell.width - 2 * padding, height: cell.height - 2 * padding };
  const middle = inner.height - header - qr - 8;
  return { padding, header, name: { width: inner.width, height: middle * 0.6 }, organisation: { width: inner.width, height: middle * 0.34 }, qr };
}

export interface FittedBadge {
  spec: BadgeSpec;
  name: FitResult;
  organisation: FitResult | null;
}

export function fitBadges(specs: BadgeSpec[], layout: BadgeLayoutName, measure: Measurers): { badges: FittedBadge[]; warnings: FitWarning[] } {
  const cell = badgeSheetLayout(layout).cells[0] ?? { width: 105, height: 148 };
  const zones = badgeZones(cell);
  const warnings: FitWarning[] = [];
  const badges = specs.map((spec) => {
    const name = fitText(spec.name, box(zones.name.width, zones.name.height, BADGE_STYLES.name), measure.bold);
    const organisation = spec.organisation
      ? fitText(spec.organisation, box(zones.organisation.width, zones.organisation.height, BADGE_STYLES.organisation), measure.regular)
      : null;
    if (!name.fits) warnings.push({ key: spec.key, text: spec.name, minSize: name.size });
    if (organisation && !organisation.fits) warnings.push({ key: spec.key, text: spec.organisation, minSize: organisation.size });
    return { spec, name, organisation };
  });
  return { badges, warnings };
}
