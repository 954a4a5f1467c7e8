import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { startHubServer, type HubServer } from '../../../hub/server';
import { randomSecret, seriesFingerprint } from '../../../common/sync/pairing-code';
import { CLOSE } from '../../../common/sync/wire';
import { connectStation, until, type TestStation } from './hub-client';

const dirs: string[] = [];
const servers: HubServer[] = [];
const stations: TestStation[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-hub-'));
  dirs.push(dir);
  return dir;
}

async function hubAt(dir: string, port = 0): Promise<HubServer> {
  const server = await startHubServer({ host: '127.0.0.1', port, dataDir: dir });
  servers.push(server);
  return server;
}

async function station(...args: Parameters<typeof connectStation>): Promise<TestStation> {
  const s = await connectStation(...args);
  stations.push(s);
  return s;
}

afterEach(async () => {
  for (const s of stations.splice(0)) s.destroy();
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const fingerprint = seriesFingerprint('series-under-test');

describe('hub', () => {
  it('starts, and carries a write from one station to another', async () => {
    const server = await hubAt(dataDir());
    const secret = randomSecret();
    await server.hub.share({ fingerprint, secret, dataFormat: 5 });
    const a = await station(server.address, fingerprint, secret, 5);
    const b = await station(server.address, fingerprint, secret, 5);
    a.doc.getMap('checkIns').set('c1', 'Ana');
    await until(() => b.doc.getMap('checkIns').get('c1') === 'Ana');
    expect(server.hub.room(fingerprint)?.doc.getMap('checkIns').get('c1')).toBe('Ana');
  });

  it('refuses a wrong secret with 4401 and sends it nothing of the series', async () => {
    const server = await hubAt(dataDir());
    const secret = randomSecret();
    await server.hub.share({ fingerprint, secret, dataFormat: 5 });
    const a = await station(server.address, fingerprint, secret, 5);
    a.doc.getMap('participants').set('p1', 'Secret Name');
    await until(() => server.hub.room(fingerprint)?.doc.getMap('participants').get('p1') === 'Secret Name');
    const intruder = await station(server.address, fingerprint, randomSecret(), 5);
    expect((await intruder.closed).code).toBe(CLOSE.wrongSecret);
    expect(intruder.doc.getMap('participants').size).toBe(0);
  });

  it('sends a raw socket without the secret no byte before closing it', async () => {
    const server = await hubAt(dataDir());
    await server.hub.share({ fingerprint, secret: randomSecret(), dataFormat: 5 });
    const received: Buffer[] = [];
    const ws = new WebSocket(`ws://${server.address}/sync/${fingerprint}?v=5`);
    ws.on('message', (data: Buffer) => received.push(data));
    const code = await new Promise<number>((resolve) => {
      ws.on('open', () => ws.send(Buffer.from('hello, give me the registry please')));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(CLOSE.wrongSecret);
    expect(received).toEqual([]);
  });

  it('refuses another data format (4409) and a series it does not share (4404)', async () => {
    const server = await hubAt(dataDir());
    const secret = randomSecret();
    await server.hub.share({ fingerprint, secret, dataFormat: 5 });
    const older = await station(server.address, fingerprint, secret, 4);
    expect((await older.closed).code).toBe(CLOSE.dataFormat);
    const other = await station(server.address, seriesFingerprint('another series'), secret, 5);
    expect((await other.closed).code).toBe(CLOSE.notShared);
  });

  it('keeps the series on disk, and serves it again after a restart', async () => {
    const dir = dataDir();
    const first = await hubAt(dir);
    const port = Number(first.address.split(':')[1]);
    const secret = randomSecret();
    await first.hub.share({ fingerprint, secret, dataFormat: 5 });
    const a = await station(first.address, fingerprint, secret, 5);
    for (let i = 0; i < 20; i += 1) a.doc.getMap('checkIns').set(`c${i}`, i);
    await until(() => first.hub.room(fingerprint)?.doc.getMap('checkIns').size === 20);
    a.destroy();
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    const again = await hubAt(dir, port);
    expect(again.hub.shared()).toEqual([fingerprint]);
    const b = await station(again.address, fingerprint, secret, 5);
    await until(() => b.doc.getMap('checkIns').size === 20);
  });

  it('compacts its log and loads a log with a torn last record', async () => {
    const dir = dataDir();
    const first = await hubAt(dir);
    const secret = randomSecret();
    await first.hub.share({ fingerprint, secret, dataFormat: 5 });
    const a = await station(first.address, fingerprint, secret, 5);
    for (let i = 0; i < 600; i += 1) a.doc.getMap('slots').set(`s${i}`, i);
    await until(() => first.hub.room(fingerprint)?.doc.getMap('slots').size === 600);
    a.destroy();
    await first.close();
    servers.splice(0);
    const log = join(dir, 'docs', `${fingerprint}.ylog`);
    const bytes = readFileSync(log);
    // Far fewer bytes than 600 separate records once compacted, then a torn record (a crash mid-append).
    writeFileSync(log, Buffer.concat([bytes, Buffer.from([0, 0, 1, 0, 7, 7])]));
    const again = await hubAt(dir);
    expect(again.hub.room(fingerprint)?.doc.getMap('slots').size).toBe(600);
  });

  it('forgets a series on Stop sharing, closing its stations', async () => {
    const dir = dataDir();
    const server = await hubAt(dir);
    const secret = randomSecret();
    await server.hub.share({ fingerprint, secret, dataFormat: 5 });
    const a = await station(server.address, fingerprint, secret, 5);
    a.doc.getMap('x').set('y', 1);
    await until(() => server.hub.room(fingerprint)?.doc.getMap('x').get('y') === 1);
    await server.hub.stop(fingerprint);
    expect((await a.closed).code).toBe(CLOSE.notShared);
    expect(readdirSync(join(dir, 'shares'))).toEqual([]);
  });

  it('ignores a damaged share record and still starts', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'shares'), { recursive: true });
    writeFileSync(join(dir, 'shares', 'bad.json'), '{ not json');
    const server = await hubAt(dir);
    expect(server.hub.shared()).toEqual([]);
  });

  it('answers control requests only from this machine and its own pages', async () => {
    const server = await hubAt(dataDir());
    const info = await fetch(`http://${server.address}/sync/info`);
    expect(await info.json()).toMatchObject({ hub: true, address: server.address });
    const foreign = await fetch(`http://${server.address}/sync/share`, { method: 'POST', headers: { origin: 'http://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const malformed = await fetch(`http://${server.address}/sync/share`, { method: 'POST', body: '{"fingerprint":"nope"}' });
    expect(malformed.status).toBe(400);
  });

  it('relays a station through a server that does not host the series, unreadable to it', async () => {
    const host = await hubAt(dataDir());
    const relay = await hubAt(dataDir());
    const secret = randomSecret();
    await host.hub.share({ fingerprint, secret, dataFormat: 5 });
    const a = await station(host.address, fingerprint, secret, 5);
    const b = await station(relay.address, fingerprint, secret, 5, new Y.Doc());
    b.provider.disconnect();
    b.provider.params = { v: '5', via: host.address };
    b.provider.connect();
    a.doc.getMap('checkIns').set('c1', 'through the relay');
    await until(() => b.doc.getMap('checkIns').get('c1') === 'through the relay');
    expect(relay.hub.shared()).toEqual([]);
  });
});
