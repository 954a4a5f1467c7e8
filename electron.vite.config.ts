// Builds the Electron app: main (ESM, out/main), the sandboxed preload (CJS, out/preload) and
// the React renderer (out/renderer). `npm run build`; `npm start` runs it with the dev server.
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
const pkg = JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Bundle zod and friends into out/main, so that the installed app needs no node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload can require('electron') and nothing else from node_modules.
      externalizeDeps: false,
      // electron-vite 6 on Vite 8 reads `rolldownOptions` (Vite 8's name for rollupOptions).
      // With "type": "module" it would emit index.mjs; a sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    // No <meta> policy here: the app protocol's header is the policy (electron/main/security/csp.ts),
    // and it names the paired hubs in connect-src, which a meta 'self' would forbid again.
    plugins: [react()],
    // Same define as vite.web.config.ts: the renderer reads its version from here.
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    // The import's file reader is a module worker (new Worker(..., { type: 'module' })).
    worker: { format: 'es' },
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: { index: fromRoot('./renderer/index.html') },
      },
    },
  },
});
