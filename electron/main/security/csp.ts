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
export const PRINT_DOCUMENT_CSP = serialise(PRINT_DIRECTIVES);
