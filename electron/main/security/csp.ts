/**
 * Content Security Policies, sent as response headers by the app protocol.
 *
 * No 'unsafe-eval' and no remote origin anywhere: the app runs offline and everything it
 * needs ships in out/renderer. 'unsafe-inline' for styles only, because React's style
 * attributes need it; inline scripts stay forbidden. media-src mirrors the renderer's own (scripts/csp-meta-plugin.ts)
 * <meta> policy, added to built pages (both policies apply; the stricter wins).
 */
const APP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // The import reads files in a Web Worker built into out/renderer (never a blob: or data: one).
  ['worker-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['media-src', "'self' blob: mediastream:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

/**
 * Documents built for printing (name plates, reports) are HTML the renderer composed. They
 * need the bundled fonts and images but never a script, so scripts are switched off entirely.
 */
const PRINT_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'none'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

function serialise(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

export const APP_CSP = serialise(APP_DIRECTIVES);

/** "host:port" with an IPv4 host and a port: the only form a hub address may take in the policy. */
const HUB_ADDRESS = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})$/;

export function isHubAddress(value: string): boolean {
  const match = HUB_ADDRESS.exec(value);
  if (!match) return false;
  const numbers = match.slice(1, 5).map(Number);
  const port = Number(match[5]);
  return numbers.every((n) => n <= 255) && port >= 1 && port <= 65535;
}

/**
 * The app's policy while it shares a series: connect-src names the paired hubs, each by its
 * address and port (ws://192.168.1.20:5391), and nothing else: never a blanket ws:. Anything
 * that is not a plain IPv4 address and port is left out.
 */
export function appCspWithHubs(hubs: readonly string[]): string {
  const allowed = [...new Set(hubs.filter(isHubAddress))].map((hub) => `ws://${hub}`);
  return serialise(
    APP_DIRECTIVES.map(([name, value]) => (name === 'connect-src' && allowed.length > 0 ? [name, `${value} ${allowed.join(' ')}`] : [name, value])),
  );
}

/** The display-only page a hub serves to any browser of the venue network: its socket goes to its own origin. */
export const HUB_PAGE_CSP = APP_CSP;
export const PRINT_DOCUMENT_CSP = serialise(PRINT_DIRECTIVES);
