// Builds the renderer for browser mode (npm run web, end-to-end tests): the same React app,
// served over http from 127.0.0.1 with the browser Host.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { cspMetaPlugin } from './scripts/csp-meta-plugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ command }) => {
  // A build is always a production build, whatever NODE_ENV the shell (or a test runner in the
  // same process) left behind: with NODE_ENV=development, Vite and the React plugin would ship
  // React's development build, several times slower and carrying this machine's file paths.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: fileURLToPath(new URL('./renderer', import.meta.url)),
    base: './',
    plugins: [react(), cspMetaPlugin()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    // The import's file reader is a module worker (new Worker(..., { type: 'module' })).
    worker: { format: 'es' },
    build: {
      // SESSION_DESK_WEB_OUT lets parallel test runs build into folders of their own.
      outDir: process.env.SESSION_DESK_WEB_OUT ?? fileURLToPath(new URL('./out/web', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  };
});
