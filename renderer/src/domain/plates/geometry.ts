/**
 * Paper and tent-card geometry, in millimetres.
 *
 * A tent card is one landscape sheet folded on its long midline: two faces of the full sheet
 * width and half its height (297 × 105 mm on A4, 279.4 × 107.95 mm on US Letter). The lower
 * face reads upright on the desk; the upper face is rotated 180° so that, once folded, it reads
 * upright from the other side. The text area of each face keeps clear of the sheet's edges
 * (office printers cannot print the last 4-6 mm) and of the fold (a crease through a letter
 * reads badly): it sits centred in the face, at least SAFE_MARGIN_MM from every edge.
 */
export type Paper = 'A4' | 'Letter';

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/** Landscape sheet sizes. */
export const PAPER_MM: Record<Paper, Size> = {
  A4: { width: 297, height: 210 },
  Letter: { width: 279.4, height: 215.9 },
};

export const A6_MM: Size = { width: 105, height: 148 };

/** Clear of the paper edge and of the fold: no office printer clips this. */
export const SAFE_MARGIN_MM = 10;
/**
 * The text keeps a little more than the safe margin: 16 mm at the sides and 12 mm from the
 * edge and the fold, so that even a long name has air around it, as good stationery does.
 */
export const TEXT_INSET_MM = { x: 16, y: 12 } as const;

export const MM_PER_PT = 25.4 / 72;

export interface TentCardLayout {
  sheet: Size;
  /** Upper half, printed rotated 180°. */
  upperFace: Rect;
  /** Lower half, printed upright. */
  lowerFace: Rect;
  /** The text area inside a face, relative to the face. */
  textArea: Rect;
  /** y of the fold line from the top of the sheet. */
  foldY: number;
}

export function tentCardLayout(paper: Paper): TentCardLayout {
  const sheet = PAPER_MM[paper];
  const faceHeight = sheet.height / 2;
  return {
    sheet,
    upperFace: { x: 0, y: 0, width: sheet.width, height: faceHeight },
    lowerFace: { x: 0, y: faceHeight, width: sheet.width, height: faceHeight },
    textArea: {
      x: TEXT_INSET_MM.x,
      y: TEXT_INSET_MM.y,
      width: sheet.width - 2 * TEXT_INSET_MM.x,
      height: faceHeight - 2 * TEXT_INSET_MM.y,
    },
    foldY: faceHeight,
  };
}

export type BadgeLayoutName = 'a6' | 'a4x4' | 'a4x8';

export interface BadgeSheetLayout {
  /** The page as printed (portrait for A6 and 8-up, landscape for 4-up). */
  page: Size;
  pageSize: 'A4' | 'A6';
  landscape: boolean;
  /** Badge cells on one page, left to right then top to bottom. */
  cells: Rect[];
}

/**
 * Badges: one A6 per page, or A4 cut into 4 (A6 each, landscape sheet, 2 × 2) or 8
 * (portrait sheet, 2 × 4 cells of 105 × 74.25 mm, the size of common badge holders).
 */
export function badgeSheetLayout(name: BadgeLayoutName): BadgeSheetLayout {
  if (name === 'a6') return { page: A6_MM, pageSize: 'A6', landscape: false, cells: [{ x: 0, y: 0, ...A6_MM }] };
  if (name === 'a4x4') {
    const cells: Rect[] = [];
    for (let row = 0; row < 2; row += 1) for (let col = 0; col < 2; col += 1) cells.push({ x: col * 148.5, y: row * 105, width: 148.5, height: 105 });
    return { page: { width: 297, height: 210 }, pageSize: 'A4', landscape: true, cells };
  }
  const cells: Rect[] = [];
  for (let row = 0; row < 4; row += 1) for (let col = 0; col < 2; col += 1) cells.push({ x: col * 105, y: row * 74.25, width: 105, height: 74.25 });
  return { page: { width: 210, height: 297 }, pageSize: 'A4', landscape: false, cells };
}
