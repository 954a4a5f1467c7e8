/**
 * The hub on an HTTP server of its own (Electron main; tests): WebSockets under /sync go to the
 * hub, anything else to `serveStatic` (the display-only page) or a 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHub, type Hub } from './hub';

export interface HubServer {
  hub: Hub;
  server: Server;
  address: string;
  close(): Promise<void>;
}

export async function startHubServer(options: {
  host: string;
  port: number;
  dataDir: string;
  serveStatic?: (request: IncomingMessage, response: ServerResponse) => void;
  log?: (line: string) => void;
}): Promise<HubServer> {
  let address = `${options.host}:${options.port}`;
  const hub = await createHub({ dataDir: options.dataDir, advertisedAddress: () => address, log: options.log });
  const server = createServer((request, response) => {
    if (hub.handleControl(request, response)) return;
    if (options.serveStatic) options.serveStatic(request, response);
    else response.writeHead(404).end('Not found');
  });
  server.on('upgrade', (request, socket, head) => {
    if (!hub.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  address = `${options.host}:${(server.address() as AddressInfo).port}`;
  return {
    hub,
    server,
    address,
    async close() {
      await hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
