/**
 * The print font: Noto Sans (Latin, Latin extended, Cyrillic; regular and bold) embedded as
 * data: URLs, so the print document needs no file, no network and no script, and bold Cyrillic
 * never falls back to another font. The same faces are registered in the app's own document,
 * so that the measuring canvas sees exactly the widths the printer will.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?inline';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?inline';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?inline';
import { PRINT_FONT_FAMILY, type MeasureEm } from '../domain/plates';

/** The unicode ranges of @fontsource's subsets. */
const RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
} as const;

const FACES: ReadonlyArray<{ url: string; weight: '400' | '700'; range: string }> = [
  { url: latinExt400, weight: '400', range: RANGES.latinExt },
  { url: latinExt700, weight: '700', range: RANGES.latinExt },
  { url: cyrillic400, weight: '400', range: RANGES.cyrillic },
  { url: cyrillic700, weight: '700', range: RANGES.cyrillic },
  { url: latin400, weight: '400', range: RANGES.latin },
  { url: latin700, weight: '700', range: RANGES.latin },
];

/** @font-face rules for the print document. */
export const PRINT_FONT_CSS = FACES.map(
  (f) =>
    `@font-face { font-family: '${PRINT_FONT_FAMILY}'; font-style: normal; font-weight: ${f.weight}; font-display: block; src: url(${f.url}) format('woff2'); unicode-range: ${f.range}; }`,
).join('\n');

let loading: Promise<void> | null = null;

/** Registers and loads every face in the app's document, once. */
export function loadPrintFonts(): Promise<void> {
  loading ??= Promise.all(
    FACES.map(async (f) => {
      const face = new FontFace(PRINT_FONT_FAMILY, `url(${f.url}) format('woff2')`, {
        weight: f.weight,
        style: 'normal',
        unicodeRange: f.range,
        display: 'block',
      });
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return loading;
}

const REFERENCE_PX = 100;

/** Measures text in em with the loaded print font, bold (titles) or regular (lines below). */
export function canvasMeasurer(weight: 400 | 700): MeasureEm {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('No 2D canvas to measure text');
  context.font = `${weight} ${REFERENCE_PX}px '${PRINT_FONT_FAMILY}'`;
  return (text) => context.measureText(text).width / REFERENCE_PX;
}
