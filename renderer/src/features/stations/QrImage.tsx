import { useMemo } from 'react';
import { qrSvg } from '../../domain/plates/qr';

/** A QR code drawn offline as an SVG image (the same encoder as the badges). */
export function QrImage({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text, 'QR'))}`, [text]);
  return <img className="qr-image" src={src} alt={label} width={size} height={size} />;
}
