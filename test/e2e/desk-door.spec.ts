/**
 * The desk on a real first day: between two close sessions, a badge scanner wherever the focus
 * is and however slowly the keys arrive, States typed the way people type them, the session's
 * own counts, and the walk-in form.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, nameOfBadge, openDemo } from './helpers';

// Demo, 11 April: Azerbaijan 10:00-11:00 (badges PS30-0001..0005 panellists, 0006 its SuR
// delegation), Bangladesh 11:15-12:15 (0007..0010, 0011), Burkina Faso 14:00-15:00 (0012..0016).
async function openDeskAt(page: Page, time: string): Promise<void> {
  await page.clock.install({ time: new Date(`2018-04-11T${time}:00+02:00`) });
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registration desk' })).toBeVisible();
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Find a participant' });
const feedback = (page: Page) => page.getByRole('status').filter({ hasText: /checked in|undone|No participant|registered for none/ });
const counts = (page: Page, session: string) => page.getByRole('region', { name: session });

test('between two close sessions, each person goes to the session they are registered for, and the desk asks for anyone else', async ({ page }, testInfo) => {
  // 10:50: Azerbaijan ends at 11:00, Bangladesh starts at 11:15.
  await openDeskAt(page, '10:50');
  const door = page.getByRole('list', { name: 'Sessions at the door' });
  await expect(door.getByRole('listitem')).toHaveText([/Now · ends at 11:00\s*Azerbaijan · 10:00–11:00/, /Next · starts at 11:15\s*Bangladesh · 11:15–12:15/]);
  await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toBeVisible();
  await expect(counts(page, 'Bangladesh · 11:15–12:15')).toBeVisible();

  // A panellist of the next session, by Enter: to Bangladesh, not to the session ending.
  const next = await nameOfBadge(page, 'PS30-0007');
  await search(page).fill(next);
  await expect(page.getByRole('listitem').filter({ hasText: next }).first()).toContainText('Panellist (Bangladesh · 11:15–12:15)');
  await search(page).press('Enter');
  await expect(feedback(page)).toHaveText(`${next} checked in to Bangladesh.Undo check-in`);
  await expect(counts(page, 'Bangladesh · 11:15–12:15')).toContainText('1 present');
  await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toContainText('0 present');

  // The SuR delegation of the session ending, by its badge code: to Azerbaijan.
  const ending = await nameOfBadge(page, 'PS30-0006');
  await search(page).fill('PS30-0006');
  await search(page).press('Enter');
  await expect(feedback(page)).toContainText(`${ending} checked in to Azerbaijan.`);
  await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toContainText('1 present');

  // Someone registered for neither (a panellist of the afternoon): nothing is written until the desk chooses.
  const other = await nameOfBadge(page, 'PS30-0012');
  await search(page).fill('PS30-0012');
  await search(page).press('Enter');
  await expect(feedback(page)).toContainText(`${other} is registered for none of the sessions at the door. Check in to which?`);
  await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toContainText('1 present');
  await expect(counts(page, 'Bangladesh · 11:15–12:15')).toContainText('1 present');
  await page.screenshot({ path: testInfo.outputPath('desk-two-sessions.png') });
  await expectNoSeriousA11yViolations(page, 'desk between two sessions');
  await page.getByRole('button', { name: 'Check in to Bangladesh · 11:15–12:15' }).click();
  await expect(feedback(page)).toContainText(`${other} checked in to Bangladesh, but is not registered for Bangladesh.`);
  await expect(counts(page, 'Bangladesh · 11:15–12:15')).toContainText('2 present');
  await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toContainText('1 present');
});

test('a session’s card counts the missions of that session, not the series', async ({ page }) => {
  await openDeskAt(page, '09:50');
  const card = counts(page, 'Azerbaijan · 10:00–11:00');
  const text = await card.getByText(/ of \d+ registered for this session/).textContent();
  const registered = Number(/of (\d+) registered/.exec(text ?? '')?.[1]);
  // The demo has about sixty mission delegates over twelve sessions: a session has far fewer.
  expect(registered).toBeGreaterThan(0);
  expect(registered).toBeLessThan(40);
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByLabel('Session').selectOption({ label: 'Azerbaijan · 2018-04-11' });
  await page.getByLabel('Category').selectOption({ label: 'Permanent Mission' });
  // Every mission registered for the session, its own (SuR) delegation included.
  await expect(page.getByText(/^Showing \d+ of \d+$/)).toBeVisible();
});

/** Types a badge code key by key, `gaps[i]` ms after the previous key (a scanner, or a busy laptop delivering them). */
async function scan(page: Page, code: string, gaps: (i: number) => number): Promise<void> {
  for (const [i, key] of [...code, 'Enter'].entries()) {
    await page.keyboard.press(key, { delay: 0 });
    const gap = gaps(i);
    // The spacing of the key events themselves (not a wait for a state): the page's clock runs free.
    if (gap > 0) await page.evaluate((ms) => new Promise((resolve) => window.setTimeout(resolve, ms)), gap);
  }
}

for (const [label, gaps] of [
  ['a scanner: every key within a few milliseconds', () => 0],
  ['a slow machine: keys 150 to 400 ms apart, bunched after a stall', (i: number) => [150, 400, 0, 0, 250, 0, 320, 180, 0, 400][i % 10] ?? 0],
] as const) {
  test(`a badge scanned with the focus anywhere checks the right person in, spaced as ${label}`, async ({ page }) => {
    await page.clock.install({ time: new Date('2018-04-11T09:50:00+02:00') });
    await openDemo(page);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
    const first = await nameOfBadge(page, 'PS30-0002');
    const second = await nameOfBadge(page, 'PS30-0003');
    const third = await nameOfBadge(page, 'PS30-0004');

    // Focus on the page background.
    await page.getByRole('heading', { level: 1, name: 'Registration desk' }).click();
    await expect(search(page)).not.toBeFocused();
    await scan(page, 'PS30-0002', gaps);
    await expect(feedback(page)).toContainText(`${first} checked in to Azerbaijan.`);

    // Focus on another person's Check in button: Enter must not press it.
    await search(page).fill(third);
    await page.getByRole('button', { name: `Check in ${third}` }).focus();
    await scan(page, 'PS30-0003', gaps);
    await expect(feedback(page)).toContainText(`${second} checked in to Azerbaijan.`);
    await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toContainText('2 present');

    // Focus on a radio button of the session choice.
    await page.getByRole('radio', { name: 'Now running' }).focus();
    await scan(page, 'PS30-0004', gaps);
    await expect(feedback(page)).toContainText(`${third} checked in to Azerbaijan.`);
    await expect(page.getByRole('radio', { name: 'Now running' })).toBeChecked();
    await expect(counts(page, 'Azerbaijan · 10:00–11:00')).toContainText('3 present');
  });
}

test('the desk finds a delegate however their State is typed', async ({ page }) => {
  await openDeskAt(page, '09:50');
  const mission = (state: string) => page.getByRole('listitem').filter({ hasText: `Permanent Mission of ${state}` });
  for (const [typed, state] of [
    ['UK', 'United Kingdom of Great Britain and Northern Ireland'],
    ['Royaume-Uni', 'United Kingdom of Great Britain and Northern Ireland'],
    ['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
    ['USA', 'United States of America'],
    ['Etats-Unis', 'United States of America'],
    ['Allemagne', 'Germany'],
    ['DEU', 'Germany'],
    ['Russia', 'Russian Federation'],
  ] as const) {
    await search(page).fill(typed);
    await expect(mission(state).first(), typed).toBeVisible();
  }
});

test('the walk-in form asks gender, scope and confidentiality; a walk-in panellist is confidential until reviewed', async ({ page }, testInfo) => {
  await openDeskAt(page, '10:50');
  await page.getByRole('button', { name: 'Register walk-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register walk-in' });
  await dialog.getByLabel('Name').fill('Salma Rahman');
  await dialog.getByLabel('Organisation').fill('Dhaka Rights Forum');
  await dialog.getByRole('combobox', { name: 'State' }).fill('Bangladesh');
  await dialog.getByRole('combobox', { name: 'State' }).press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'State' })).toHaveValue('Bangladesh');
  await dialog.getByLabel('Role').selectOption({ label: 'Panellist' });
  await dialog.getByLabel('Gender (optional)').selectOption({ label: 'Woman' });
  await dialog.getByLabel('National or international (optional)').selectOption({ label: 'National' });
  const confidential = dialog.getByRole('checkbox', { name: /Confidential/ });
  await expect(confidential).toBeChecked();
  await expect(confidential).toBeDisabled();
  await expect(dialog).toContainText('A panellist registered at the desk stays confidential until someone reviews the record in Participants.');
  // Between two sessions, the walk-in says which one.
  await dialog.getByRole('button', { name: 'Register walk-in' }).click();
  await expect(dialog).toContainText('Choose the session the person came for.');
  await dialog.getByRole('radio', { name: 'Bangladesh · 11:15–12:15' }).check();
  await page.screenshot({ path: testInfo.outputPath('walk-in-form.png') });
  await expectNoSeriousA11yViolations(page, 'walk-in form');
  await dialog.getByRole('button', { name: 'Register walk-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(feedback(page)).toContainText('Salma Rahman registered as a walk-in');
  await expect(counts(page, 'Bangladesh · 11:15–12:15')).toContainText('Salma Rahman');
  await expect(counts(page, 'Bangladesh · 11:15–12:15').getByRole('listitem').filter({ hasText: 'Salma Rahman' })).toContainText('Confidential');

  // In the registry: confidential, woman, national, to review; saving the record reviews it.
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('searchbox').fill('Salma Rahman');
  await page.getByRole('button', { name: /Edit Salma Rahman/ }).click();
  const edit = page.getByRole('dialog');
  await expect(edit.getByRole('checkbox', { name: /Confidential/ })).toBeChecked();
  await expect(edit.getByLabel('Gender')).toHaveValue('woman');
  await expect(edit.getByLabel('National or international')).toHaveValue('national');
});
