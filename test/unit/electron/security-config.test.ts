// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { APP_CSP, PRINT_DOCUMENT_CSP } from '../../../electron/main/security/csp';
import { createSecureWebPreferences } from '../../../electron/main/security/web-preferences';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('the app CSP', () => {
  const csp = directives(APP_CSP);

  it('allows scripts from the app only', () => {
    expect(csp.get('script-src')).toBe("'self'");
    // The import's file reader: a worker script of the app's own, not a blob: built at run time.
    expect(csp.get('worker-src')).toBe("'self'");
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toContain('wasm-unsafe-eval');
  });

  it('names no remote origin anywhere', () => {
    expect(APP_CSP).not.toMatch(/https?:/);
    expect(APP_CSP).not.toMatch(/\*/);
  });

  it('locks down objects, base, framing and forms', () => {
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
  });

  it('allows inline styles but not inline scripts', () => {
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain('unsafe-inline');
  });
});

describe('the print document CSP', () => {
  it('runs no script at all and connects nowhere', () => {
    const csp = directives(PRINT_DOCUMENT_CSP);
    expect(csp.get('script-src')).toBe("'none'");
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'none'");
    expect(csp.get('font-src')).toBe("'self' data:");
  });
});

describe('createSecureWebPreferences', () => {
  it('follows the Electron security checklist', () => {
    expect(createSecureWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false })).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('gives windows without a bridge no preload at all', () => {
    expect(createSecureWebPreferences({ devTools: true })).not.toHaveProperty('preload');
  });
});
