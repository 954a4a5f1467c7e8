/**
 * The display-only page on a hub's server (Electron): the app's built files, read-only, "/" and
 * "/display" giving its index. A path that leaves the folder is refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function serveBuiltFiles(rootDir: string, csp: string) {
  const base = resolve(rootDir);
  return (request: IncomingMessage, response: ServerResponse): void => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://hub').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const file = normalize(join(base, path === '/' || path === '/display' ? 'index.html' : path));
    if (request.method !== 'GET' || (file !== base && !file.startsWith(base + sep))) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
        });
        response.end(body);
      },
      () => response.writeHead(404).end('Not found'),
    );
  };
}
