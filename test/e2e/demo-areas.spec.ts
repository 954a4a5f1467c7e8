import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

const AREAS: Array<{ link: string; heading: string }> = [
  { link: 'Programme', heading: 'Programme' },
  { link: 'Participants', heading: 'Participants' },
  { link: 'Registration desk', heading: 'Registration desk' },
  { link: 'Moderator', heading: 'Moderator' },
  { link: 'Room display', heading: 'Room display' },
  { link: 'Name plates', heading: 'Name plates' },
  { link: 'Reports', heading: 'Reports' },
  { link: 'Settings', heading: 'Settings' },
];

test('the demo series shows its programme day by day', async ({ page }) => {
  await openDemo(page);
  await expect(page.getByText('Pre-sessions 30', { exact: true })).toBeVisible();
  await expect(page.getByText('12 sessions · 3 days · Palais des Nations, Geneva')).toBeVisible();
  for (const day of ['Wednesday, 11 April 2018', 'Thursday, 12 April 2018', 'Friday, 13 April 2018']) {
    await expect(page.getByRole('heading', { level: 2, name: day })).toBeVisible();
  }
  for (const state of ['Azerbaijan', 'Russian Federation', 'Uzbekistan', 'Burkina Faso']) {
    await expect(page.getByRole('heading', { level: 3, name: state })).toBeVisible();
  }
  await expect(page.getByRole('time', { includeHidden: false }).first()).toBeVisible();
});

test('every area of the demo series can be visited and passes axe', async ({ page }) => {
  test.setTimeout(240_000);
  await openDemo(page);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  for (const area of AREAS) {
    await nav.getByRole('link', { name: area.link }).click();
    await expect(page.getByRole('heading', { level: 1, name: area.heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: area.link })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(page, area.link);
  }
});

test('the participants of the demo are found without accents or case', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByText(/^Showing (\d+) of \1$/)).toBeVisible();
  await page.getByRole('searchbox').fill('federation de russie');
  await expect(page.getByRole('cell', { name: 'Permanent Mission of Russian Federation' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Permanent Mission of Germany' })).toHaveCount(0);
});

test('the room display window shows the series on a dark screen, waits for the moderator and passes axe', async ({ page }) => {
  await openDemo(page);
  await page.goto('./#/display');
  await expect(page.getByRole('heading', { name: 'Room display' })).toBeAttached();
  await expect(page.getByText('Pre-sessions 30')).toBeVisible();
  // Out of the demo's dates no session is running: the display says so, with the time of day.
  await expect(page.getByText('Waiting for the moderator')).toBeVisible();
  await expect(page.getByRole('time')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, 'room display window');
});
