// npm run web: builds the renderer for the browser and serves it on 127.0.0.1 (port 5178 or $PORT).
// Pass --no-build to serve the last build (the end-to-end tests build once, then serve).
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './serve-static.mjs';

const root = process.env.SESSION_DESK_WEB_OUT ?? fileURLToPath(new URL('../out/web', import.meta.url));
const port = Number(process.env.PORT ?? 5178);

if (!process.argv.includes('--no-build')) {
  await build({ configFile: fileURLToPath(new URL('../vite.web.config.ts', import.meta.url)), logLevel: 'warn' });
}
await startStaticServer({ root, port });
console.log(`Session Desk (browser mode) is running at http://127.0.0.1:${port}/`);
console.log('Open it in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.');
