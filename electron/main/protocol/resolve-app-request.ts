import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../app-origin';
import { mimeTypeFor } from './mime-types';

/**
 * Documents prepared for printing are served at the root, as "/__print-<uuid>.html", so that
 * relative URLs in them ("assets/noto-sans.woff2") resolve exactly as in the app's own pages.
 * Vite never writes a file with that name.
 */
export const PRINT_DOCUMENT_PREFIX = '__print-';

export type AppRequestResolution =
  { kind: 'file'; filePath: string; mimeType: string } | { kind: 'print-document'; id: string } | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

/** The path functions the resolver needs; path.win32 in tests checks Windows rules on Linux. */
export type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'resolve'>;

const MAX_URL_LENGTH = 4096;

/**
 * A "." or ".." path segment in the raw URL, spelled out or percent-encoded ("%2e%2e"),
 * separated by "/" or "\". The URL parser would silently resolve such segments; a request
 * that contains them is not the app asking for its own files, so it is refused outright.
 */
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\]|$)/i;

/**
 * Characters that never appear in the files Vite writes, and that mean something to a file
 * system: separators (an encoded "%2F" or "%5C" must not become one), drive and stream colons,
 * wildcards, quotes, "%" (double encoding), and control characters.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:*?"<>|%]/;

/** Names Windows maps to devices whatever the folder or extension ("NUL.js", "com1"). */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

const PRINT_DOCUMENT_NAME = /^__print-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.html$/;

function refused(status: 400 | 403 | 404, reason: string): AppRequestResolution {
  return { kind: 'refused', status, reason };
}

function isAcceptableSegment(segment: string): boolean {
  if (segment === '' || segment.startsWith('.')) return false;
  if (FORBIDDEN_IN_SEGMENT.test(segment)) return false;
  return !WINDOWS_DEVICE_NAME.test(segment);
}

/**
 * Maps a request on the app scheme to a file inside `rootDir` (out/renderer), or refuses it.
 * Pure: it reads nothing from disk, so every rule here is covered by plain unit tests.
 */
export function resolveAppRequest(requestUrl: unknown, rootDir: string, pathApi: PathApi = path): AppRequestResolution {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) {
    return refused(400, 'not a URL');
  }
  const beforeQuery = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (DOT_SEGMENT.test(beforeQuery)) return refused(400, 'dot segment');

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:`) return refused(403, 'other scheme');
  if (url.host !== APP_HOST) return refused(403, 'other host');
  if (url.username !== '' || url.password !== '') return refused(403, 'credentials');

  // "app://session-desk" and "app://session-desk/" both mean the app's start page.
  const rawSegments = url.pathname === '' || url.pathname === '/' ? ['index.html'] : url.pathname.split('/').slice(1);

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return refused(400, 'bad percent-encoding');
    }
    // An empty segment ("//etc", "assets/") asks for an absolute path or a folder listing.
    if (!isAcceptableSegment(decoded)) return refused(400, 'forbidden path segment');
    segments.push(decoded);
  }

  if (segments[0]?.startsWith(PRINT_DOCUMENT_PREFIX)) {
    const match = segments.length === 1 ? PRINT_DOCUMENT_NAME.exec(segments[0]) : null;
    return match?.[1] ? { kind: 'print-document', id: match[1] } : refused(404, 'no such print document');
  }

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.join(root, ...segments);
  // Second lock: whatever the rules above missed, the result must stay inside the root.
  const relative = pathApi.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) {
    return refused(403, 'outside the app folder');
  }
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}
