/**
 * Which links may leave the app for the system browser.
 *
 * Parsed with `new URL`, never matched by regular expression alone, and checked against the
 * raw text as well: the URL parser quietly "repairs" input (`https:/\evil.com` becomes
 * `https://evil.com/`, tabs and newlines vanish), and a link that needed repair is refused
 * rather than guessed at.
 */

const MAX_URL_LENGTH = 2048;

/**
 * Characters no honest link contains in its raw form: ASCII controls and space, DEL and C1
 * controls, Unicode spaces, zero-width and bidirectional marks (which can make a host name
 * read backwards), and the backslash (which Windows and the URL parser treat as a slash).
 */
// eslint-disable-next-line no-control-regex
const DECEPTIVE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;

/** The raw text must spell the scheme and both slashes itself, followed by a host. */
const EXPLICIT_WEB_PREFIX = /^https?:\/\/[^/]/i;

/** The normalised href of a link that is safe to open in the system browser, else null. */
export function parseSafeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  if (DECEPTIVE_CHARACTERS.test(value)) return null;
  if (!EXPLICIT_WEB_PREFIX.test(value)) return null;

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a link exist to disguise its real host: "https://bank.org@evil.example".
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}

export function isSafeExternalUrl(value: unknown): boolean {
  return parseSafeExternalUrl(value) !== null;
}
