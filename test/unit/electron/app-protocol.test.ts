// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../../electron/main/protocol/app-protocol';
import { createPrintDocumentStore } from '../../../electron/main/printing/print-documents';
import { APP_CSP, PRINT_DOCUMENT_CSP } from '../../../electron/main/security/csp';

const ROOT = '/app/out/renderer';
const FILES: Record<string, string> = {
  [`${ROOT}/index.html`]: '<!doctype html><title>Session Desk</title>',
  [`${ROOT}/assets/app.js`]: 'console.log(1)',
};

function setup() {
  const log = { warn: vi.fn(), error: vi.fn() };
  const store = createPrintDocumentStore(() => '0f8fad5b-d9cb-469f-a165-70867728950e');
  const readFile = vi.fn(async (filePath: string) => {
    const text = FILES[filePath];
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  });
  const handler = createAppProtocolHandler({ rootDir: ROOT, readFile, getPrintDocument: store.get, log });
  return { handler, store, readFile, log };
}

describe('the app protocol handler', () => {
  it('serves index.html with its type and the CSP header', async () => {
    const { handler } = setup();
    const response = await handler({ url: 'app://session-desk/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Session Desk</title>');
  });

  it('answers 404 for a missing file', async () => {
    const { handler } = setup();
    const response = await handler({ url: 'app://session-desk/assets/none.js', method: 'GET' });
    expect(response.status).toBe(404);
  });

  it('never reads the disk for a refused request', async () => {
    const { handler, readFile, log } = setup();
    const response = await handler({ url: 'app://session-desk/%2e%2e/%2e%2e/etc/passwd', method: 'GET' });
    expect(response.status).toBe(400);
    expect(readFile).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('refuses other hosts', async () => {
    const { handler, readFile } = setup();
    const response = await handler({ url: 'app://other-app/index.html', method: 'GET' });
    expect(response.status).toBe(403);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { handler } = setup();
    expect((await handler({ url: 'app://session-desk/index.html', method: 'POST' })).status).toBe(405);
  });

  it('reports an unexpected read error as 500 and logs it', async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const handler = createAppProtocolHandler({
      rootDir: ROOT,
      readFile: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
      getPrintDocument: () => undefined,
      log,
    });
    expect((await handler({ url: 'app://session-desk/index.html', method: 'GET' })).status).toBe(500);
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('serves a print document under the script-free CSP, and only while it is held', async () => {
    const { handler, store } = setup();
    const { id, url } = store.add('<!doctype html><p>Cameroon</p>');
    expect(url).toBe('app://session-desk/__print-0f8fad5b-d9cb-469f-a165-70867728950e.html');

    const response = await handler({ url, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PRINT_DOCUMENT_CSP);
    expect(await response.text()).toContain('Cameroon');

    store.remove(id);
    expect((await handler({ url, method: 'GET' })).status).toBe(404);
  });

  it('registers the scheme as standard and secure, without bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});
