import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, nameOfBadge } from './helpers';
import { StationLab, checkInByCode, joinWith, nav, shareDemo, syncStatus } from './stations/stations';

// 11 April 2018, 09:50 in Geneva: Azerbaijan's session (10:00-11:00) is the one now running.
const CLOCK = new Date('2018-04-11T09:50:00+02:00');

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let lab: StationLab;
test.beforeEach(() => {
  lab = new StationLab();
});
test.afterEach(async () => {
  await lab.close();
});

const arrival = (page: Page, name: string) =>
  page
    .getByRole('listitem')
    .filter({ hasText: name })
    .filter({ hasText: /Arrived|Not arrived/ })
    .first();

test('a check-in at the desk reaches the console of another station; two desks checking one person in count once; an undo undoes it everywhere; nothing readable on the wire', async () => {
  const a = await lab.station('desk', { clock: CLOCK });
  const b = await lab.station('console', { clock: CLOCK });
  const code = await shareDemo(a, 'Desk 1');
  await expect(a.page.getByRole('img', { name: 'QR code of the pairing code' })).toBeVisible();
  await a.page.screenshot({ path: test.info().outputPath('pairing-code.png'), fullPage: true });
  await expectNoSeriousA11yViolations(a.page, 'Settings with the pairing code');

  await b.page.getByRole('button', { name: 'Join a shared series' }).click();
  await expectNoSeriousA11yViolations(b.page, 'the Join dialog');
  await b.page.getByRole('button', { name: 'Cancel' }).click();
  await joinWith(b, code, 'Room XXIV console');
  await expect(syncStatus(b.page)).toHaveText('Connected · 2 stations');
  await expect(syncStatus(a.page)).toHaveText('Connected · 2 stations');

  await nav(a.page, 'Registration desk');
  const panellist = await nameOfBadge(a.page, 'PS30-0001');
  await nav(b.page, 'Moderator');
  await expect(arrival(b.page, panellist)).toContainText('Not arrived');
  await checkInByCode(a.page, 'PS30-0001');
  await expect(arrival(b.page, panellist)).toContainText('Arrived');

  // The same person at two desks at the same moment: B's desk while A's checks in too.
  await nav(b.page, 'Registration desk');
  const second = await nameOfBadge(b.page, 'PS30-0002');
  a.link.cut();
  b.link.cut();
  await checkInByCode(a.page, 'PS30-0002');
  await checkInByCode(b.page, 'PS30-0002');
  a.link.restore();
  b.link.restore();
  const counts = (page: Page) => page.getByRole('region', { name: 'Azerbaijan · 10:00–11:00' });
  for (const s of [a, b]) {
    await expect(syncStatus(s.page)).toHaveText('Connected · 2 stations', { timeout: 15_000 });
    await expect(counts(s.page)).toContainText('2 of 5');
  }
  // Undo at B: gone on both desks.
  const search = b.page.getByRole('searchbox', { name: 'Find a participant' });
  await search.fill('PS30-0002');
  await b.page.getByRole('button', { name: `Undo check-in of ${second}` }).click();
  for (const s of [a, b]) await expect(counts(s.page)).toContainText('1 of 5');

  // What crossed each station's link to the hub: sealed frames, no name of anyone.
  expect(a.link.capturedBytes + b.link.capturedBytes).toBeGreaterThan(10_000);
  for (const name of [panellist, second, 'Pre-sessions 30', 'Azerbaijan', 'PS30-0001']) {
    expect(a.link.sawText(name), `${name} between station A and the hub`).toBe(false);
    expect(b.link.sawText(name), `${name} between station B and the hub`).toBe(false);
  }
});
