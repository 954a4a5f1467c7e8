// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, parseSafeExternalUrl } from '../../../electron/main/security/external-url';

/** Links the system browser may open. */
const SAFE = [
  'https://www.upr-info.org/en',
  'http://example.com',
  'https://example.com:8443/path?q=1&r=two#section',
  'HTTPS://EXAMPLE.COM/Upper',
  'https://example.com/%0Aencoded-newline-is-data',
  'https://[2001:db8::1]/ipv6',
  'https://münchen.example/', // IDN: opened in its punycode form
];

/** Links that must never leave the app: each one is a known way to deceive a URL check. */
const DECEPTIVE: Array<[string, unknown]> = [
  ['javascript: scheme', 'javascript:alert(1)'],
  ['javascript: in capitals', 'JAVASCRIPT:alert(1)'],
  ['javascript: after a space', ' javascript:alert(1)'],
  ['javascript: split by a tab', 'java\tscript:alert(1)'],
  ['javascript: split by a newline', 'java\nscript:alert(1)'],
  ['vbscript: scheme', 'vbscript:msgbox(1)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['file: URL', 'file:///etc/passwd'],
  ['file: UNC', 'file://server/share/payload.exe'],
  ['Windows UNC path', '\\\\server\\share\\payload.exe'],
  ['protocol-relative', '//evil.example/'],
  ['bare host', 'evil.example'],
  ['credentials', 'http://user:pass@host.example/'],
  ['user name only', 'https://user@evil.example/'],
  ['trusted name as user info', 'https://www.upr-info.org@evil.example/'],
  ['backslash after one slash', 'https:/\\evil.example'],
  ['two backslashes', 'https:\\\\evil.example'],
  ['no slashes', 'https:evil.example'],
  ['three slashes', 'https:///evil.example'],
  ['backslash in path', 'https://example.com\\@evil.example/'],
  ['leading space', ' https://example.com'],
  ['trailing newline', 'https://example.com\n'],
  ['tab inside host', 'https://exam\tple.com'],
  ['space inside host', 'https://exa mple.com'],
  ['NUL byte', 'https://example.com/\u0000'],
  ['C1 control', 'https://example.com/\u0085'],
  ['no-break space', 'https://example.com/\u00a0'],
  ['right-to-left override', 'https://example.com/\u202egnp.exe'],
  ['zero-width space', 'https://exa\u200bmple.com/'],
  ['byte order mark', '\ufeffhttps://example.com/'],
  ['smb: share', 'smb://server/share'],
  ['ftp:', 'ftp://example.com/file'],
  ['ms-settings: handler', 'ms-settings:privacy'],
  ['chrome: page', 'chrome://settings'],
  ['the app itself', 'app://session-desk/index.html'],
  ['blob:', 'blob:https://example.com/0b2f'],
  ['about:blank', 'about:blank'],
  ['scheme only', 'https://'],
  ['empty string', ''],
  ['very long', `https://example.com/${'a'.repeat(3000)}`],
  ['null', null],
  ['undefined', undefined],
  ['number', 42],
  ['URL object', new URL('https://example.com/')],
  ['object with href', { href: 'https://example.com/' }],
  ['array', ['https://example.com/']],
];

describe('isSafeExternalUrl', () => {
  it.each(SAFE)('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each(DECEPTIVE)('refuses %s', (_label, value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
    expect(parseSafeExternalUrl(value)).toBeNull();
  });
});

describe('parseSafeExternalUrl', () => {
  it('returns the normalised href that will be opened', () => {
    expect(parseSafeExternalUrl('HTTPS://EXAMPLE.COM')).toBe('https://example.com/');
  });

  it('turns an international host name into punycode, which browsers show as such', () => {
    expect(parseSafeExternalUrl('https://münchen.example/')).toBe('https://xn--mnchen-3ya.example/');
  });
});
