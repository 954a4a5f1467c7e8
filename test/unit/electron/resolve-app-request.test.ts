// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_MIME_TYPE, mimeTypeFor } from '../../../electron/main/protocol/mime-types';
import { resolveAppRequest } from '../../../electron/main/protocol/resolve-app-request';

const ROOT = '/opt/session-desk/resources/app.asar/out/renderer';

describe('resolveAppRequest: files the app asks for', () => {
  it('serves index.html for the bare origin and for "/"', () => {
    for (const url of ['app://session-desk', 'app://session-desk/']) {
      expect(resolveAppRequest(url, ROOT)).toEqual({
        kind: 'file',
        filePath: `${ROOT}/index.html`,
        mimeType: 'text/html; charset=utf-8',
      });
    }
  });

  it('maps a built asset to its file, ignoring query and fragment', () => {
    expect(resolveAppRequest('app://session-desk/assets/index-Dwy8wOHR.js?v=3#x', ROOT)).toEqual({
      kind: 'file',
      filePath: `${ROOT}/assets/index-Dwy8wOHR.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('decodes an encoded character in a file name', () => {
    const result = resolveAppRequest('app://session-desk/assets/Noto%20Sans.woff2', ROOT);
    expect(result).toEqual({ kind: 'file', filePath: `${ROOT}/assets/Noto Sans.woff2`, mimeType: 'font/woff2' });
  });

  it('recognises a document waiting to be printed', () => {
    expect(resolveAppRequest('app://session-desk/__print-0f8fad5b-d9cb-469f-a165-70867728950e.html', ROOT)).toEqual({
      kind: 'print-document',
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    });
  });
});

describe('resolveAppRequest: traversal and other hosts are refused', () => {
  const REFUSED: Array<[string, unknown]> = [
    ['dot-dot', 'app://session-desk/../../../etc/passwd'],
    ['dot-dot inside', 'app://session-desk/assets/../../secret.txt'],
    ['single dot', 'app://session-desk/./index.html'],
    ['encoded dot-dot', 'app://session-desk/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dot-dot, capitals', 'app://session-desk/%2E%2E/etc/passwd'],
    ['half-encoded dot-dot', 'app://session-desk/.%2e/etc/passwd'],
    ['encoded slash', 'app://session-desk/..%2f..%2fetc%2fpasswd'],
    ['encoded slash in a name', 'app://session-desk/assets%2Findex.js'],
    ['encoded backslash', 'app://session-desk/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://session-desk/assets\\..\\..\\secret'],
    ['double slash (absolute path)', 'app://session-desk//etc/passwd'],
    ['encoded absolute path', 'app://session-desk/%2Fetc%2Fpasswd'],
    ['Windows drive', 'app://session-desk/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://session-desk/C%3A%5CWindows%5Cwin.ini'],
    ['NTFS stream', 'app://session-desk/index.html::$DATA'],
    ['Windows device name', 'app://session-desk/NUL'],
    ['Windows device name with extension', 'app://session-desk/assets/com1.js'],
    ['NUL byte', 'app://session-desk/index.html%00.png'],
    ['double encoding', 'app://session-desk/%252e%252e/secret'],
    ['malformed encoding', 'app://session-desk/%E0%A4%A'],
    ['hidden file', 'app://session-desk/.env'],
    ['folder listing', 'app://session-desk/assets/'],
    ['other host', 'app://evil/index.html'],
    ['look-alike host', 'app://session-desk.evil/index.html'],
    ['host with port', 'app://session-desk:1234/index.html'],
    ['credentials', 'app://user:pw@session-desk/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['http', 'http://session-desk/index.html'],
    ['not a URL', 'index.html'],
    ['not a string', 42],
    ['print document, bad id', 'app://session-desk/__print-../../x.html'],
    ['print document, not html', 'app://session-desk/__print-0f8fad5b-d9cb-469f-a165-70867728950e.js'],
  ];

  it.each(REFUSED)('refuses %s', (_label, url) => {
    const result = resolveAppRequest(url, ROOT);
    expect(result.kind).toBe('refused');
  });

  it('serves print documents from the root only', () => {
    const nested = resolveAppRequest('app://session-desk/assets/__print-0f8fad5b-d9cb-469f-a165-70867728950e.html', ROOT);
    expect(nested.kind).toBe('file');
  });

  it('answers 403 for another host and 400 for traversal', () => {
    expect(resolveAppRequest('app://evil/index.html', ROOT)).toMatchObject({ status: 403 });
    expect(resolveAppRequest('app://session-desk/%2e%2e/x', ROOT)).toMatchObject({ status: 400 });
  });

  it('applies the same rules with Windows paths', () => {
    const root = 'C:\\Program Files\\Session Desk\\resources\\app.asar\\out\\renderer';
    expect(resolveAppRequest('app://session-desk/assets/a.css', root, path.win32)).toEqual({
      kind: 'file',
      filePath: `${root}\\assets\\a.css`,
      mimeType: 'text/css; charset=utf-8',
    });
    expect(resolveAppRequest('app://session-desk/..%5C..%5Csecret', root, path.win32).kind).toBe('refused');
    expect(resolveAppRequest('app://session-desk/D:%5Csecret', root, path.win32).kind).toBe('refused');
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['flag.png', 'image/png'],
    ['data.json', 'application/json; charset=utf-8'],
    ['README', FALLBACK_MIME_TYPE],
    ['archive.exe', FALLBACK_MIME_TYPE],
  ])('%s is %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });
});
