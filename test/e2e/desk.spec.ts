import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, nameOfBadge, openDemo } from './helpers';

// In the demo, badges PS30-0001..0005 are Azerbaijan's panellists and PS30-0006 its Permanent
// Mission's delegate. Their names are read from the screen (the demo draws them at random).

/** 11 April 2018, 09:50 in Geneva: Azerbaijan's session (10:00-11:00) is the one now running. */
async function openDesk(page: Page): Promise<void> {
  await page.clock.install({ time: new Date('2018-04-11T09:50:00+02:00') });
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registration desk' })).toBeVisible();
}

const counts = (page: Page, session = 'Azerbaijan · 10:00–11:00') => page.getByRole('region', { name: session });
const feedback = (page: Page) => page.getByRole('status').filter({ hasText: /checked in|undone|No participant/ });

test('checks people in by search, by code entry and by a badge scanner; refuses a double check-in; undoes one', async ({ page }) => {
  await openDesk(page);
  const search = page.getByRole('searchbox', { name: 'Find a participant' });
  await expect(search).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Now running' })).toBeChecked();
  await expect(counts(page)).toContainText('0 present');
  await expect(counts(page)).toContainText('0 of 5');

  // A broad query shows the best ten and says how many more there are.
  await search.fill('ps30');
  await expect(page.getByRole('list', { name: /^\d+ matches$/ }).getByRole('listitem')).toHaveCount(10);
  await expect(page.getByText(/^The best 10 of \d+ matches are shown\. Type more to narrow them down\.$/)).toBeVisible();
  await search.fill('');

  // By search: accents and case left out, one typo, Enter takes the best match.
  const panellist = { name: await nameOfBadge(page, 'PS30-0001') };
  const typed = panellist.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  await search.pressSequentially(typed.slice(0, -1) + (typed.endsWith('x') ? 'y' : 'x'));
  await expect(page.getByRole('listitem').filter({ hasText: panellist.name }).first()).toBeVisible();
  await search.press('Enter');
  await expect(feedback(page)).toHaveText(new RegExp(`${panellist.name} checked in to Azerbaijan`));
  await expect(search).toHaveValue('');
  await expect(counts(page)).toContainText('1 present');
  await expect(counts(page)).toContainText('1 of 5');
  await expect(counts(page).getByRole('listitem').filter({ hasText: panellist.name })).toContainText('arrived');

  // By code entry, without a camera: the badge code typed into the one field.
  const delegate = { name: await nameOfBadge(page, 'PS30-0006') };
  await search.fill('ps30-0006');
  const row = page.getByRole('listitem').filter({ hasText: delegate.name });
  await expect(row).toContainText('Not checked in');
  await search.press('Enter');
  await expect(feedback(page)).toContainText(`${delegate.name} checked in to Azerbaijan`);
  await expect(counts(page)).toContainText('2 present');
  await expect(counts(page)).toContainText(/Permanent Missions\s*1 of \d+ registered/);

  // A second check-in of the same person is refused and not counted.
  await search.fill('PS30-0006');
  await expect(row).toContainText('Checked in 09:50');
  await search.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'already checked in' })).toContainText(
    `${delegate.name} is already checked in to Azerbaijan (at 09:50). Not counted twice.`,
  );
  await expect(counts(page)).toContainText('2 present');

  // By a keyboard-wedge scanner: a fast burst ended by Enter, with the focus away from the field.
  await page.getByRole('heading', { level: 1, name: 'Registration desk' }).click();
  await expect(search).not.toBeFocused();
  const scanned = { name: await nameOfBadge(page, 'PS30-0002') };
  await page.keyboard.type('PS30-0002');
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toContainText(`${scanned.name} checked in to Azerbaijan`);
  await expect(counts(page)).toContainText('3 present');
  await expect(counts(page)).toContainText('2 of 5');
  await expect(search).toBeFocused();

  // An unknown badge is said so.
  await page.keyboard.type('ZZ99-0000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'No participant has the badge code' })).toBeVisible();

  // Undo check-in, from the row of the person.
  await search.fill(delegate.name);
  await page.getByRole('button', { name: `Undo check-in of ${delegate.name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'undone' })).toContainText(`Check-in of ${delegate.name} to Azerbaijan undone.`);
  await expect(counts(page)).toContainText('2 present');
  await expect(counts(page)).toContainText(/Permanent Missions\s*0 of \d+ registered/);
  await expect(page.getByRole('button', { name: `Check in ${delegate.name}` })).toBeVisible();
});

test('registers a walk-in after a duplicate warning, and checks in to sessions chosen at the desk', async ({ page }) => {
  await openDesk(page);
  const search = page.getByRole('searchbox', { name: 'Find a participant' });

  // Sessions chosen: Azerbaijan and Bangladesh, the same morning.
  await page.getByRole('radio', { name: 'Choose sessions' }).check();
  await expect(page.getByRole('checkbox', { name: /Azerbaijan · 10:00–11:00/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Bangladesh · 11:15–12:15/ }).check();
  await expect(counts(page, 'Bangladesh · 11:15–12:15')).toContainText('0 present');

  // A walk-in whose name is close to someone already listed: the desk offers that person first.
  const listed = { name: await nameOfBadge(page, 'PS30-0003') };
  await search.fill('Nobody Of This Name');
  await expect(page.getByText('Nobody matches “Nobody Of This Name”.')).toBeVisible();
  await page.getByRole('button', { name: 'Register walk-in' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Register walk-in' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Nobody Of This Name');
  await dialog.getByLabel('Name').fill(listed.name.toUpperCase());
  await dialog.getByRole('button', { name: 'Register walk-in' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Already in the list?');
  await expect(dialog.getByRole('button', { name: `Check in ${listed.name} instead` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'walk-in dialog with a duplicate warning');

  // A new person: a mission needs its State.
  await dialog.getByLabel('Name').fill('Ingrid Walkin-Testperson');
  await dialog.getByLabel('Organisation').fill('Permanent Mission of Norway');
  await dialog.getByLabel('Category').selectOption({ label: 'Permanent Mission' });
  await dialog.getByRole('button', { name: 'Register walk-in' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A Permanent Mission needs its State.');
  await dialog.getByRole('combobox', { name: 'State' }).fill('Norway');
  await dialog.getByRole('combobox', { name: 'State' }).press('Enter');
  await dialog.getByRole('button', { name: 'Register walk-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'registered as a walk-in' })).toContainText(
    /Ingrid Walkin-Testperson registered as a walk-in \(badge PS30-\d{4}\) and checked in to Azerbaijan, Bangladesh\./,
  );
  for (const session of ['Azerbaijan · 10:00–11:00', 'Bangladesh · 11:15–12:15']) {
    await expect(counts(page, session)).toContainText('1 present');
    await expect(counts(page, session)).toContainText(/Permanent Missions\s*1 of \d+ registered/);
  }
  await search.fill('walkin testperson');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ingrid Walkin-Testperson' })).toContainText('Walk-in · to review');

  // The duplicate warning's offer checks the listed person in instead of adding one.
  await page.getByRole('button', { name: 'Register walk-in' }).first().click();
  await dialog.getByLabel('Name').fill(listed.name);
  await dialog.getByRole('button', { name: 'Register walk-in' }).click();
  await dialog.getByRole('button', { name: `Check in ${listed.name} instead` }).click();
  await expect(dialog).toBeHidden();
  // Sessions chosen by hand: checked in to both, and told, not silently, of the one not registered for.
  await expect(page.getByRole('status').filter({ hasText: 'checked in to' })).toContainText(
    `${listed.name} checked in to Azerbaijan, Bangladesh, but is not registered for Bangladesh.`,
  );
  await expect(counts(page)).toContainText('2 present');

  // Later, the registry lists the walk-ins to complete their records; the listed person is none.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('checkbox', { name: 'Walk-ins to review (1)' }).check();
  await expect(page.getByText('Showing 1 of')).toBeVisible();
  const walkInRow = page.getByRole('row').filter({ hasText: 'Ingrid Walkin-Testperson' });
  await expect(walkInRow).toContainText('Walk-in · to review');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'registry with the walk-ins to review');

  // Saving the record confirms it: off the list, and no longer marked at the desk.
  await walkInRow.getByRole('button', { name: 'Edit Ingrid Walkin-Testperson' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit participant' });
  await expect(editor).toContainText('Registered at the desk as a walk-in');
  await editor.getByLabel('Email').fill('ingrid@example.org');
  await editor.getByRole('button', { name: 'Save participant' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /Walk-ins to review/ })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
  await page.getByRole('searchbox', { name: 'Find a participant' }).fill('walkin testperson');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ingrid Walkin-Testperson' })).toContainText('Checked in');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ingrid Walkin-Testperson' })).not.toContainText('to review');
});

test('a confidential panellist is found and checked in like anyone else', async ({ page }) => {
  await openDesk(page);
  await page.getByRole('radio', { name: 'Choose sessions' }).check();
  await page.getByRole('checkbox', { name: /Azerbaijan/ }).uncheck();
  await page.getByRole('checkbox', { name: /Burkina Faso/ }).check();
  const search = page.getByRole('searchbox', { name: 'Find a participant' });
  await search.fill('Burkina Faso');
  const row = page.getByRole('listitem').filter({ hasText: 'Confidential' }).filter({ hasText: 'Registered: Panellist' }).first();
  const label = await row.getByRole('button', { name: /^Check in / }).getAttribute('aria-label');
  const name = label?.replace(/^Check in /, '') ?? '';
  await row.getByRole('button', { name: /^Check in / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'checked in to' })).toContainText(`${name} checked in to Burkina Faso.`);
  await expect(counts(page, 'Burkina Faso · 14:00–15:00').getByRole('listitem').filter({ hasText: name })).toContainText('arrived');
});

test('the desk passes axe in the light and the dark theme', async ({ page }) => {
  test.setTimeout(120_000);
  await openDesk(page);
  await page.getByRole('searchbox', { name: 'Find a participant' }).fill('PS30-0006');
  await page.getByRole('searchbox', { name: 'Find a participant' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'checked in to' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a participant' }).fill('mission');
  await expect(page.getByRole('button', { name: /^Undo check-in of/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'desk, light');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('link', { name: 'Registration desk' }).click();
  await page.getByRole('searchbox', { name: 'Find a participant' }).fill('mission');
  await expect(page.getByRole('button', { name: /^Undo check-in of/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'desk, dark');
});

test('the camera scanner says plainly when no camera can be used, and passes axe', async ({ page }) => {
  await openDesk(page);
  await page.getByRole('button', { name: 'Scan with camera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan a badge with the camera' });
  // The test browser has no camera: the desk falls back to typing the badge code.
  await expect(dialog.getByRole('status')).toHaveText('No camera can be used on this laptop. Type the badge code in the search field instead.');
  await expectNoSeriousA11yViolations(page, 'camera scan dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Find a participant' })).toBeFocused();
});
