import { APP_SCHEME } from '../app-origin';
import { APP_CSP, PRINT_DOCUMENT_CSP } from '../security/csp';
import { resolveAppRequest } from './resolve-app-request';

/**
 * The app scheme must be declared privileged before the app is ready:
 * - standard: real origin (IndexedDB, localStorage), relative URLs resolve like http;
 * - secure: a secure context, so crypto.randomUUID, clipboard and the like work;
 * - supportFetchAPI: fetch() of the app's own files (e.g. bundled data);
 * - corsEnabled: Vite's <script type="module" crossorigin> is a CORS-mode request; this lets
 *   Chromium apply ordinary CORS rules to the scheme rather than refuse it. The handler never
 *   sends Access-Control-Allow-Origin, so no other origin can read from it;
 * - codeCache: V8 caches the compiled bundle between starts.
 * No bypassCSP, no service workers, no streaming: nothing needs them.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
} as const;

export interface ProtocolRequestLike {
  url: string;
  method: string;
}

export interface AppProtocolDeps {
  /** The app's policy now (it names the paired hubs while a series is shared); APP_CSP when absent. */
  appCsp?: () => string;
  /** Absolute path of out/renderer. */
  rootDir: string;
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
  /** HTML prepared for printing, by id; undefined when no such job is waiting. */
  getPrintDocument(id: string): string | undefined;
  log: { warn(message: string): void; error(message: string): void };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The handler for protocol.handle(APP_SCHEME, ...): serves out/renderer read-only, with the
 * CSP header on every response, and the documents waiting to be printed under a stricter,
 * script-free CSP.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: ProtocolRequestLike) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');

    const resolution = resolveAppRequest(request.url, deps.rootDir);
    if (resolution.kind === 'refused') {
      deps.log.warn(`app protocol refused a request (${resolution.status}, ${resolution.reason})`);
      return textResponse(resolution.status, 'Not available');
    }

    if (resolution.kind === 'print-document') {
      const html = deps.getPrintDocument(resolution.id);
      if (html === undefined) return textResponse(404, 'Not found');
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PRINT_DOCUMENT_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }

    try {
      const body = await deps.readFile(resolution.filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': resolution.mimeType,
          'Content-Security-Policy': deps.appCsp?.() ?? APP_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not found');
      deps.log.error(`app protocol could not read a file (${code ?? 'unknown error'})`);
      return textResponse(500, 'Read error');
    }
  };
}
