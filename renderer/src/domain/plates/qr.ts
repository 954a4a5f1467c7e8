/**
 * A QR code of a badge code as inline SVG: one path of dark modules, a quiet zone of 4
 * modules, no script, no network. Uses the `qrcode` package's encoder (pure JavaScript).
 */
import { create } from 'qrcode/lib/core/qrcode';

export function qrSvg(text: string, label: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const quiet = 4;
  let path = '';
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col += 1;
      path += `M${start + quiet} ${row + quiet}h${col - start}v1h${start - col}z`;
    }
  }
  const total = size + 2 * quiet;
  // The label is escaped by the caller's rules: only letters, digits and dashes reach here.
  const safeLabel = label.replace(/[^\p{L}\p{N} ._-]/gu, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges" role="img" aria-label="${safeLabel}"><rect width="${total}" height="${total}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
