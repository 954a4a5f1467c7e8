/**
 * Stations for the end-to-end tests: each a persistent Chromium profile of its own (its own
 * IndexedDB), opened through its own link (a LinkProxy) to its own server (a WebServer with the
 * hub module), all on 127.0.0.1 in this worktree's ports.
 */
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkProxy } from './link-proxy';
import { WebServer } from './web-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/**
 * Ports for the stations' servers and links, from here: three per station. Parallel workers
 * (CI runs two) each take ten ports of their own.
 */
export const STATIONS_BASE_PORT = Number(process.env.STATIONS_BASE_PORT ?? 5382) + Number(process.env.TEST_PARALLEL_INDEX ?? 0) * 10;

export interface TestStation {
  name: string;
  server: WebServer;
  /** Between the station's browser and its own server. */
  link: LinkProxy;
  /** The venue network's way into this station's hub: every other station (and display page) comes through it. */
  ingress: LinkProxy;
  context: BrowserContext;
  page: Page;
  url: string;
  /** The laptop is closed and opened again: same profile, same server. */
  relaunch(): Promise<void>;
}

export class StationLab {
  readonly root = mkdtempSync(join(tmpdir(), 'sd-stations-'));
  readonly stations: TestStation[] = [];
  private next = 0;
  /** The stations' clocks agree, as laptops' clocks set by the network do: one faked time that flows for all. */
  private readonly epoch = Date.now();

  constructor(private readonly basePort = STATIONS_BASE_PORT) {}

  async station(name: string, options: { clock?: Date } = {}): Promise<TestStation> {
    const serverPort = this.basePort + this.next * 3;
    const linkPort = serverPort + 1;
    const ingressPort = serverPort + 2;
    this.next += 1;
    const server = new WebServer(serverPort, join(this.root, `${name}-hub`), `127.0.0.1:${ingressPort}`);
    await server.start();
    const link = new LinkProxy(linkPort, serverPort);
    await link.start();
    const ingress = new LinkProxy(ingressPort, serverPort);
    await ingress.start();
    const profile = join(this.root, `${name}-profile`);
    const launch = async () => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: ARGS,
        viewport: { width: 1366, height: 820 },
        locale: 'en-GB',
        timezoneId: 'Europe/Zurich',
      });
      const page = context.pages()[0] ?? (await context.newPage());
      if (options.clock) await page.clock.install({ time: new Date(options.clock.getTime() + (Date.now() - this.epoch)) });
      await page.goto(`http://127.0.0.1:${linkPort}/`);
      return { context, page };
    };
    const opened = await launch();
    const station: TestStation = {
      name,
      server,
      link,
      ingress,
      context: opened.context,
      page: opened.page,
      url: `http://127.0.0.1:${linkPort}/`,
      async relaunch() {
        await station.context.close();
        const again = await launch();
        station.context = again.context;
        station.page = again.page;
      },
    };
    this.stations.push(station);
    return station;
  }

  async close(): Promise<void> {
    for (const s of this.stations) {
      await s.context.close().catch(() => undefined);
      await s.link.close().catch(() => undefined);
      await s.ingress.close().catch(() => undefined);
      await s.server.stop().catch(() => undefined);
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const nav = (page: Page, area: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area }).click();

/** Station A opens the demo series and shares it; returns the pairing code shown. */
export async function shareDemo(station: TestStation, stationName: string): Promise<string> {
  const page = station.page;
  await page.getByRole('button', { name: 'Open the demo series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  await nav(page, 'Settings');
  await nameStation(page, stationName);
  await page.getByRole('button', { name: 'Share on the venue network' }).click();
  const code = page.getByRole('group', { name: 'Pairing code' }).getByLabel('Pairing code');
  await expect(code).toHaveText(/^SD-/);
  return (await code.textContent()) ?? '';
}

export async function nameStation(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('This station’s name');
  await field.fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(field).toHaveValue(name);
}

/** A station is named on its welcome screen (its first run), then joins with the code; the series appears. */
export async function joinWith(station: TestStation, code: string, stationName: string): Promise<void> {
  const page = station.page;
  await nameStation(page, stationName);
  await page.getByRole('button', { name: 'Join a shared series' }).click();
  await page.getByRole('dialog', { name: 'Join a shared series' }).getByLabel('Pairing code').fill(code);
  await page.getByRole('dialog', { name: 'Join a shared series' }).getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible({ timeout: 20_000 });
  // The name given at first run is the one Settings shows.
  await nav(page, 'Settings');
  await expect(page.getByLabel('This station’s name')).toHaveValue(stationName);
}

export const syncStatus = (page: Page) => page.getByRole('status', { name: /^Venue network: / });

export async function checkInByCode(page: Page, code: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Find a participant' });
  await search.fill(code);
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: `Badge ${code}` })
      .first(),
  ).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /checked in/ })).toBeVisible();
  await expect(search).toHaveValue('');
}
