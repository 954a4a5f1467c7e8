// npm run web: builds the renderer for the browser and serves it on 127.0.0.1 (port 5178 or $PORT).
// Pass --no-build to serve the last build (the end-to-end tests build once, then serve).
// Pass --hub (or set SESSION_DESK_HUB=1) to run the sync hub next to it (docs/sync.md): stations
// in browser mode then share and join series through this server. --hub-data <dir> (or
// $SESSION_DESK_HUB_DIR) is where it keeps the shared series; --host <address> (or $HOST) binds
// another interface than 127.0.0.1 (a venue network: 0.0.0.0 or the laptop's address there);
// --advertise <host:port> (or $SESSION_DESK_HUB_ADVERTISE) is the address other stations reach the
// hub at when it is not this one (a port forwarded by the venue's router; the tests' network links).
import { build, runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';
import { networkInterfaces } from 'node:os';
import { startStaticServer } from './serve-static.mjs';

const root = process.env.SESSION_DESK_WEB_OUT ?? fileURLToPath(new URL('../out/web', import.meta.url));
const port = Number(process.env.PORT ?? 5178);
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const host = argument('--host') ?? process.env.HOST ?? '127.0.0.1';
const withHub = process.argv.includes('--hub') || process.env.SESSION_DESK_HUB === '1';
const advertise = argument('--advertise') ?? process.env.SESSION_DESK_HUB_ADVERTISE;

/** The address other machines use: the interface's own when bound to all of them. */
function advertisedHost() {
  if (host !== '0.0.0.0') return host;
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return lan?.address ?? '127.0.0.1';
}

if (!process.argv.includes('--no-build')) {
  await build({ configFile: fileURLToPath(new URL('../vite.web.config.ts', import.meta.url)), logLevel: 'warn' });
}
let hub = null;
if (withHub) {
  const dataDir = argument('--hub-data') ?? process.env.SESSION_DESK_HUB_DIR ?? fileURLToPath(new URL(`../out/hub-data/${port}`, import.meta.url));
  const { module } = await runnerImport(fileURLToPath(new URL('../hub/hub.ts', import.meta.url)), {
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'error',
  });
  hub = await module.createHub({ dataDir, advertisedAddress: () => advertise ?? `${advertisedHost()}:${port}`, log: (line) => console.log(line) });
}
await startStaticServer({ root, port, host, hub });
console.log(`Session Desk (browser mode) is running at http://${host}:${port}/${hub ? ' with the sync hub' : ''}`);
console.log('Open it in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.');
