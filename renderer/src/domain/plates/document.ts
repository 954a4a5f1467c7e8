/**
 * The print document: one self-contained HTML page (no script, no network), the fonts embedded
 * by @font-face, every page sized in mm by CSS `@page`. The same string is shown in the preview
 * and sent to the printer or to PDF, so what is previewed is what prints.
 *
 * Every piece of text goes through escapeHtml: a name containing "<b>" prints as "<b>".
 */
import { escapeHtml } from './html';
import { badgeSheetLayout, tentCardLayout, type BadgeLayoutName, type Paper } from './geometry';
import { badgeZones, LINE_HEIGHT, LOGO_BAND_MM, type FittedBadge, type FittedCard, type FittedFace } from './layout';
import type { FitResult } from './fit';
import { qrSvg } from './qr';

/** The family name the print document and the app's measuring canvas both use. */
export const PRINT_FONT_FAMILY = 'SD Plate Sans';

export interface PrintDocument {
  html: string;
  pageSize: 'A4' | 'Letter' | 'A6';
  landscape: boolean;
  pageCount: number;
}

export interface CommonOptions {
  /** @font-face rules for PRINT_FONT_FAMILY, with the font files inlined. */
  fontCss: string;
  /** A data: URL of a PNG or JPEG, or null. */
  logo: string | null;
  /** Fold marks on tent cards, cut marks on badge sheets. */
  marks: boolean;
  title: string;
  language: 'en' | 'fr';
  /** Scale of the pages when the document is shown on screen (the preview). */
  screenZoom?: number;
}

const SAFE_LOGO = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

function logoImg(logo: string | null, className: string): string {
  return logo && SAFE_LOGO.test(logo) ? `<img class="${className}" src="${logo}" alt="">` : '';
}

function textBlock(className: string, fit: FitResult): string {
  const lines = fit.lines.map((line) => `<span class="line">${escapeHtml(line)}</span>`).join('');
  // Text that did not fit keeps its minimum size and may wrap anywhere rather than be cut.
  const wrap = fit.fits ? '' : ' wrap';
  return `<div class="${className}${wrap}" style="font-size:${fit.size}pt">${lines}</div>`;
}

function baseCss(options: CommonOptions, pageWidth: number, pageHeight: number): string {
  const zoom = options.screenZoom ?? 0.5;
  return `${options.fontCss}
@page { size: ${pageWidth}mm ${pageHeight}mm; margin: 0; }
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { font-family: '${PRINT_FONT_FAMILY}'; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: ${pageWidth}mm; height: ${pageHeight}mm; overflow: hidden; background: #fff; }
.sheet + .sheet { break-before: page; }
.line { display: block; white-space: nowrap; }
.wrap .line { white-space: normal; overflow-wrap: anywhere; }
@media screen {
  html { background: #d9dee5; }
  body { zoom: ${zoom}; padding: 24px 0; background: #d9dee5; }
  .sheet { margin: 0 auto 24px; box-shadow: 0 2px 10px rgb(0 0 0 / 25%); }
}`;
}

function tentCss(options: CommonOptions, paper: Paper): string {
  const layout = tentCardLayout(paper);
  const { textArea } = layout;
  return `${baseCss(options, layout.sheet.width, layout.sheet.height)}
.face { position: absolute; left: 0; width: ${layout.sheet.width}mm; height: ${layout.upperFace.height}mm; }
.face.upper { top: 0; transform: rotate(180deg); }
.face.lower { top: ${layout.lowerFace.y}mm; }
.face-content { position: absolute; left: ${textArea.x}mm; top: ${textArea.y}mm; width: ${textArea.width}mm; height: ${textArea.height}mm; display: flex; flex-direction: column; align-items: center; }
.logo-band { height: ${LOGO_BAND_MM}mm; flex: none; display: flex; align-items: center; justify-content: center; }
.logo { max-height: ${LOGO_BAND_MM}mm; max-width: 60mm; object-fit: contain; }
.texts { flex: 1; width: 100%; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; }
.title { font-weight: 700; line-height: ${LINE_HEIGHT}; letter-spacing: -0.005em; }
.subtitle { font-weight: 400; line-height: ${LINE_HEIGHT}; margin-top: 3mm; }
.fold { position: absolute; left: 0; width: 100%; top: ${layout.foldY}mm; border-top: 0.2mm dashed #9aa3ad; }
.tick { position: absolute; top: ${layout.foldY - 0.1}mm; width: 6mm; border-top: 0.3mm solid #000; }
.tick.left { left: 0; } .tick.right { right: 0; }`;
}

function faceHtml(face: FittedFace, position: 'upper' | 'lower', logo: string): string {
  const subtitle = face.subtitle ? textBlock('subtitle', face.subtitle) : '';
  const band = logo ? `<div class="logo-band">${logo}</div>` : '';
  return `<div class="face ${position}"><div class="face-content">${band}<div class="texts">${textBlock('title', face.title)}${subtitle}</div></div></div>`;
}

function documentHtml(options: CommonOptions, css: string, body: string): string {
  return `<!doctype html><html lang="${options.language}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

/** Tent cards, one per landscape sheet: the back face on the upper half, rotated 180°. */
export function tentCardDocument(cards: FittedCard[], paper: Paper, options: CommonOptions): PrintDocument {
  const logo = logoImg(options.logo, 'logo');
  const marks = options.marks ? '<div class="fold"></div><div class="tick left"></div><div class="tick right"></div>' : '';
  const body = cards
    .map((card) => `<section class="sheet">${faceHtml(card.back, 'upper', logo)}${faceHtml(card.front, 'lower', logo)}${marks}</section>`)
    .join('\n');
  return { html: documentHtml(options, tentCss(options, paper), body), pageSize: paper, landscape: true, pageCount: cards.length };
}

export interface BadgeOptions extends CommonOptions {
  seriesName: string;
}

/** Badges, 1, 4 or 8 per page, each with a QR code of its badge code. */
export function badgeDocument(badges: FittedBadge[], layoutName: BadgeLayoutName, options: BadgeOptions): PrintDocument {
  const layout = badgeSheetLayout(layoutName);
  const cell = layout.cells[0] ?? { x: 0, y: 0, width: 105, height: 148 };
  const zones = badgeZones(cell);
  const logo = logoImg(options.logo, 'badge-logo');
  const css = `${baseCss(options, layout.page.width, layout.page.height)}
.badge { position: absolute; width: ${cell.width}mm; height: ${cell.height}mm; }
.badge.cut { outline: 0.2mm dashed #9aa3ad; outline-offset: -0.1mm; }
.badge-inner { position: absolute; inset: ${zones.padding}mm; display: flex; flex-direction: column; }
.badge-header { height: ${zones.header}mm; flex: none; display: flex; align-items: center; gap: 3mm; border-bottom: 0.4mm solid #000; padding-bottom: 1.5mm; }
.badge-logo { max-height: ${zones.header - 2}mm; max-width: 30mm; object-fit: contain; }
.badge-series { font-size: 8.5pt; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.badge-middle { flex: 1; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.badge-name { font-weight: 700; line-height: ${LINE_HEIGHT}; }
.badge-org { font-weight: 400; line-height: ${LINE_HEIGHT}; margin-top: 1.5mm; }
.badge-footer { height: ${zones.qr}mm; flex: none; display: flex; align-items: flex-end; justify-content: space-between; gap: 3mm; }
.badge-role { font-size: 11pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; line-height: 1.2; }
.badge-code { font-size: 9pt; font-weight: 400; margin-top: 1mm; letter-spacing: 0.06em; }
.badge-qr svg { display: block; width: ${zones.qr}mm; height: ${zones.qr}mm; }`;
  const perPage = layout.cells.length;
  const pages: string[] = [];
  for (let start = 0; start < badges.length; start += perPage) {
    const cells = badges.slice(start, start + perPage).map((badge, i) => {
      const at = layout.cells[i] ?? cell;
      const org = badge.organisation ? textBlock('badge-org', badge.organisation) : '';
      const qr = badge.spec.code ? `<div class="badge-qr">${qrSvg(badge.spec.code, badge.spec.code)}</div>` : '';
      const code = badge.spec.code ? `<div class="badge-code">${escapeHtml(badge.spec.code)}</div>` : '';
      return `<div class="badge${options.marks && perPage > 1 ? ' cut' : ''}" style="left:${at.x}mm;top:${at.y}mm"><div class="badge-inner"><div class="badge-header">${logo}<span class="badge-series">${escapeHtml(options.seriesName)}</span></div><div class="badge-middle">${textBlock('badge-name', badge.name)}${org}</div><div class="badge-footer"><div><div class="badge-role">${escapeHtml(badge.spec.role)}</div>${code}</div>${qr}</div></div></div>`;
    });
    pages.push(`<section class="sheet">${cells.join('')}</section>`);
  }
  return { html: documentHtml(options, css, pages.join('\n')), pageSize: layout.pageSize, landscape: layout.landscape, pageCount: pages.length };
}
