import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';
import { StationLab, checkInByCode, joinWith, nav, shareDemo, syncStatus, type TestStation } from './stations/stations';
import { readStore } from './stations/store-probe';

const CLOCK = new Date('2018-04-11T09:50:00+02:00');

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let lab: StationLab;
test.beforeEach(() => {
  lab = new StationLab();
});
test.afterEach(async () => {
  await lab.close();
});

/** Both stores hold the same check-ins and slots, and each holds every one written anywhere. */
async function expectSameStores(stations: TestStation[], written: number) {
  await expect
    .poll(
      async () => {
        const stores = await Promise.all(stations.map((s) => readStore(s.page)));
        const first = JSON.stringify(stores[0]);
        return stores.every((s) => JSON.stringify(s) === first) ? stores[0]!.checkIns.length : -1;
      },
      { timeout: 30_000 },
    )
    .toBe(written);
}

test('a station cut off keeps working, is relaunched offline, and loses nothing when the link is back', async () => {
  const a = await lab.station('desk', { clock: CLOCK });
  const b = await lab.station('desk2', { clock: CLOCK });
  const code = await shareDemo(a, 'Desk 1');
  // The venue network between B and the hub: a link the test can cut.
  const wifi = a.ingress;
  {
    await joinWith(b, code, 'Desk 2');
    await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations');
    const before = (await readStore(a.page)).checkIns.length;
    await nav(a.page, 'Registration desk');
    await nav(b.page, 'Registration desk');

    wifi.cut();
    await expect(syncStatus(b.page)).toHaveText(/^Offline since \d\d:\d\d$/);
    for (const n of ['0011', '0012', '0013']) await checkInByCode(b.page, `PS30-${n}`);
    for (const n of ['0021', '0022', '0023', '0011']) await checkInByCode(a.page, `PS30-${n}`);
    await expect(syncStatus(b.page)).toHaveText(/^Offline since \d\d:\d\d · 3 changes to send$/);
    await b.page.screenshot({ path: test.info().outputPath('top-bar-offline.png'), clip: { x: 0, y: 0, width: 1366, height: 80 } });

    // The laptop is closed and opened again while still offline: everything is still there.
    await b.relaunch();
    await expect(syncStatus(b.page)).toHaveText(/^Offline since \d\d:\d\d · 3 changes to send$/, { timeout: 20_000 });
    await nav(b.page, 'Registration desk');
    await checkInByCode(b.page, 'PS30-0014');
    await expect(syncStatus(b.page)).toHaveText(/^Offline since \d\d:\d\d · 4 changes to send$/);
    await expectNoSeriousA11yViolations(b.page, 'the desk offline');

    wifi.restore();
    await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations', { timeout: 20_000 });
    // 4 on B, 4 on A (PS30-0011 on both: two events, one person present).
    await expectSameStores([a, b], before + 8);
    const counts = b.page.getByRole('region', { name: 'Azerbaijan · 10:00–11:00' });
    await expect(counts).toContainText('7 present');
  }
});

test('a Wi-Fi that goes silent is noticed; the hub killed and restarted loses nothing', async () => {
  const a = await lab.station('host', { clock: CLOCK });
  const b = await lab.station('desk', { clock: CLOCK });
  const code = await shareDemo(a, 'Room XXIV console');
  const wifi = a.ingress;
  {
    await joinWith(b, code, 'Desk 1');
    await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations');
    const before = (await readStore(a.page)).checkIns.length;
    await nav(b.page, 'Registration desk');

    // Bytes stop flowing, sockets stay open: the heartbeat notices.
    wifi.silence();
    await expect(syncStatus(b.page)).toHaveText(/^Offline since/, { timeout: 15_000 });
    wifi.restore();
    await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations', { timeout: 20_000 });

    // The host's hub process dies (its page keeps its own data); both keep writing; it comes back.
    await a.server.kill();
    await expect(syncStatus(b.page)).toHaveText(/^(Offline since|Host unreachable)/, { timeout: 15_000 });
    await checkInByCode(b.page, 'PS30-0031');
    await checkInByCode(b.page, 'PS30-0032');
    await a.server.start();
    await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations', { timeout: 30_000 });
    await expect(syncStatus(a.page)).toHaveText('Connected · 2 stations', { timeout: 30_000 });
    await expectSameStores([a, b], before + 2);
  }
});

test('Host from here: the host laptop is gone, another station hosts with the same secret, the third follows, nothing lost', async () => {
  const a = await lab.station('host', { clock: CLOCK });
  const b = await lab.station('console', { clock: CLOCK });
  const c = await lab.station('desk', { clock: CLOCK });
  const code = await shareDemo(a, 'Desk 0');
  await joinWith(b, code, 'Room XXIV console');
  await joinWith(c, code, 'Desk 2');
  await expect(syncStatus(c.page)).toHaveText('Connected · 3 stations');
  await nav(a.page, 'Registration desk');
  await checkInByCode(a.page, 'PS30-0041');
  await expect.poll(async () => (await readStore(c.page)).checkIns.length, { timeout: 15_000 }).toBe((await readStore(a.page)).checkIns.length);
  const written = (await readStore(a.page)).checkIns.length;

  await a.server.kill();
  await a.context.close();
  await expect(syncStatus(c.page)).toHaveText(/^(Offline since|Host unreachable)/, { timeout: 15_000 });
  await nav(c.page, 'Registration desk');
  await checkInByCode(c.page, 'PS30-0042');

  await b.page.getByRole('button', { name: 'Host from here' }).click();
  await expect(b.page.getByText(/^This station now runs the hub at 127\.0\.0\.1:\d+\.$/)).toBeVisible();
  await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations', { timeout: 30_000 });
  await expect(syncStatus(c.page)).toHaveText('Connected · 2 stations', { timeout: 30_000 });
  await nav(b.page, 'Registration desk');
  await checkInByCode(b.page, 'PS30-0043');
  await expectSameStores([b, c], written + 2);
});

test('a wrong code gets nothing and a message; a revoked display link goes blank; a display page receives no registry name', async () => {
  const a = await lab.station('host', { clock: CLOCK });
  const b = await lab.station('intruder', { clock: CLOCK });
  const code = await shareDemo(a, 'Room XXIV console');

  // A mistyped code never leaves the dialog.
  await b.page.getByRole('button', { name: 'Join a shared series' }).click();
  const dialog = b.page.getByRole('dialog', { name: 'Join a shared series' });
  await dialog.getByLabel('Pairing code').fill(code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13));
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A character of the code is wrong. Check it against the other station and try again.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A well-formed code with another secret: the hub refuses, the station says why, its data stays as it was.
  const { parsePairingCode, encodePairingCode, randomSecret } = await import('../../common/sync/pairing-code');
  const parsed = parsePairingCode(code);
  if (!parsed.ok) throw new Error('code');
  await b.page.getByRole('button', { name: 'Open the demo series' }).click();
  const storeBefore = await readStore(b.page);
  await nav(b.page, 'Settings');
  await b.page.getByRole('button', { name: 'Join a shared series' }).click();
  await dialog.getByLabel('Pairing code').fill(encodePairingCode({ ...parsed.code, secret: randomSecret() }));
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(b.page.getByRole('alert').filter({ hasText: 'The hub refused this station' })).toBeVisible({ timeout: 20_000 });
  await expect(syncStatus(b.page)).toHaveText('Refused by the hub');
  expect(await readStore(b.page)).toEqual(storeBefore);

  // A display link for Room XXIV, opened by a browser of the venue network through its own link.
  await a.page.getByRole('button', { name: 'Create display link' }).click();
  const link = a.page.getByRole('link', { name: /\/display\?s=/ });
  const url = (await link.textContent()) ?? '';
  // The venue's PC opens it over the network (the hub's way in), in a browser that holds nothing of the series.
  const venue = a.ingress;
  venue.captured.length = 0;
  venue.capturedBytes = 0;
  const display = await b.context.newPage();
  try {
    await display.goto(url);
    await expect(display.getByRole('timer')).toBeVisible({ timeout: 20_000 });
    await nav(a.page, 'Moderator');
    await a.page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(display.getByText('On time')).toBeVisible({ timeout: 10_000 });
    await display.screenshot({ path: test.info().outputPath('display-only-page.png') });
    await expectNoSeriousA11yViolations(display, 'the display-only page');

    // Names the registry holds that the display must never receive: delegates, and confidential panellists.
    const names = await a.page.evaluate(
      () =>
        new Promise<{ all: string[]; confidential: string[] }>((resolve) => {
          const open = indexedDB.open('session-desk');
          open.onsuccess = () => {
            const r = open.result.transaction('participants').objectStore('participants').getAll();
            r.onsuccess = () => {
              const people = r.result as Array<{ name: string; confidential: boolean; registrations: Array<{ role: string }> }>;
              resolve({
                all: people.filter((p) => !p.registrations.some((x) => x.role === 'panellist')).map((p) => p.name),
                confidential: people.filter((p) => p.confidential).map((p) => p.name),
              });
            };
          };
        }),
    );
    expect(names.confidential.length).toBeGreaterThan(0);
    expect(venue.capturedBytes).toBeGreaterThan(1000);
    for (const name of [...names.confidential, ...names.all.slice(0, 50)]) expect(venue.sawText(name), `${name} sent to the display page`).toBe(false);

    // Revoked on the console: the page goes blank with a word, and the link opens nothing any more.
    await nav(a.page, 'Settings');
    await a.page.getByRole('button', { name: 'Revoke' }).click();
    await a.page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await expect(display.getByText('This display link was revoked on the console. Ask for a new one.')).toBeVisible({ timeout: 10_000 });
  } finally {
    await display.close();
  }
});
