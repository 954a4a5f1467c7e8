import type { Plugin } from 'vite';

/**
 * The renderer's Content Security Policy as a <meta> tag, added to built pages only: in
 * development Vite's React plugin needs an inline script (the refresh preamble) that this
 * policy forbids. Built pages also get the policy as a response header (electron/main's app
 * protocol, scripts/serve-static.mjs); the meta keeps it when a page is opened any other way.
 */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; media-src 'self' blob: mediastream:; object-src 'none'; base-uri 'none'; form-action 'none'";

export function cspMetaPlugin(): Plugin {
  return {
    name: 'session-desk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: RENDERER_CSP }, injectTo: 'head-prepend' }],
  };
}
