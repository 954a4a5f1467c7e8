/**
 * The series logo: a small PNG or JPEG, checked by its bytes (not its file name) and kept as a
 * data: URL so that it travels in the event file and prints without any file access.
 * SVG is refused: it can carry script and external references, and a logo does not need it.
 */
export const LOGO_MAX_BYTES = 512 * 1024;

export type LogoCheck = { ok: true; dataUrl: string } | { ok: false; reason: 'too-large' | 'svg-refused' | 'not-an-image' | 'empty' };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.includes('<svg');
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: 'too-large' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, dataUrl: `data:image/png;base64,${toBase64(bytes)}` };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, dataUrl: `data:image/jpeg;base64,${toBase64(bytes)}` };
  if (looksLikeSvg(bytes)) return { ok: false, reason: 'svg-refused' };
  return { ok: false, reason: 'not-an-image' };
}

/** A stored value is used only if it is still a PNG or JPEG data URL (the event file may be old or edited). */
export function storedLogo(value: unknown): string | null {
  return typeof value === 'string' && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(value) ? value : null;
}
