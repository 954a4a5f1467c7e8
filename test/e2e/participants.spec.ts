import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

test('a participant is added with every field, found without accents, edited and deleted', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Add participant' }).click();
  const dialog = page.getByRole('dialog', { name: 'New participant' });
  await dialog.getByRole('button', { name: 'Save participant' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter the name.');

  await dialog.getByLabel('Name', { exact: true }).fill('José <b>Núñez</b>');
  await dialog.getByLabel('Organisation').fill('Observatorio de Côte Sud');
  await dialog.getByLabel('Category').selectOption({ label: 'CSO' });
  await dialog.getByLabel('National or international').selectOption({ label: 'International' });
  await dialog.getByLabel('State', { exact: true }).selectOption({ label: 'Colombia' });
  await dialog.getByLabel('Gender').selectOption({ label: 'Man' });
  await dialog.getByLabel('Email').fill('not-an-email');
  await dialog.getByLabel('Phone').fill('+41 22 000 00 00');
  await dialog.getByLabel('Confidential: never shown on public screens or in public exports').check();
  await dialog.getByLabel('Colombia · 2018-04-12 11:15').selectOption({ label: 'Panellist' });
  await dialog.getByRole('button', { name: 'Save participant' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter a valid email address, or leave it empty.');
  await dialog.getByLabel('Email').fill('jose@example.org');
  await expectNoSeriousA11yViolations(page, 'participant dialog');
  await dialog.getByRole('button', { name: 'Save participant' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox').fill('jose nunez cote');
  await expect(page.getByText('Showing 1 of')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'José <b>Núñez</b>' });
  await expect(row).toContainText('Confidential');
  await expect(row).toContainText('Colombia');
  await expect(row.getByRole('cell').last()).toHaveText(/^PS30-\d{4}$/);

  await page.getByRole('searchbox').fill('JOSE NUNEZ');
  await page.getByRole('button', { name: 'Edit José <b>Núñez</b>' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit participant' });
  await expect(edit.getByLabel('Email')).toHaveValue('jose@example.org');
  await expect(edit.getByLabel('Colombia · 2018-04-12 11:15')).toHaveValue('panellist');
  await edit.getByLabel('Organisation').fill('Observatorio Sur');
  await edit.getByRole('button', { name: 'Save participant' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Observatorio Sur');

  await page.getByRole('button', { name: 'Edit José <b>Núñez</b>' }).click();
  await edit.getByRole('button', { name: 'Delete participant' }).click();
  await page.getByRole('dialog', { name: 'Delete participant' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Nobody matches')).toBeVisible();
});

test('filters by category, State and session; two records of one person merge into one', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByLabel('Category').selectOption({ label: 'NHRI' });
  // The rows come from the store after the screen appears: wait for them.
  await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
  await page.getByLabel('Category').selectOption({ label: 'All categories' });
  await page.getByRole('combobox', { name: 'State' }).fill('Germany');
  await page.getByRole('combobox', { name: 'State' }).press('Enter');
  await page.getByLabel('Session').selectOption({ label: 'Azerbaijan · 2018-04-11' });
  await expect(page.getByText(/^Showing \d+ of \d+$/)).toBeVisible();

  await page.getByRole('combobox', { name: 'State' }).fill('');
  await page.getByRole('combobox', { name: 'State' }).press('Enter');
  await page.getByLabel('Session').selectOption({ label: 'All sessions' });

  // Make a duplicate of the first delegate of Germany, then merge it back.
  await page.getByRole('searchbox').fill('Permanent Mission of Germany');
  const original = page.getByRole('row').nth(1);
  await expect(original).toContainText('Permanent Mission of Germany');
  const name = (await original.getByRole('button').textContent()) ?? '';
  await page.getByRole('button', { name: 'Add participant' }).click();
  const dialog = page.getByRole('dialog', { name: 'New participant' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Category').selectOption({ label: 'Permanent Mission' });
  await dialog.getByLabel('State', { exact: true }).selectOption({ label: 'Germany' });
  await dialog.getByLabel('Email').fill('duplicate@example.org');
  await dialog.getByRole('button', { name: 'Save participant' }).click();
  // Saved: the dialog closes (until then the page behind it takes no typing).
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox').fill(name);
  await expect(page.getByRole('row')).toHaveCount(3);
  for (const box of await page.getByRole('checkbox', { name: `Select ${name}` }).all()) await box.check();
  await page.getByRole('button', { name: 'Merge duplicates' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge two records of one person' });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('dialog', { name: 'Edit participant' }).getByLabel('Email')).toHaveValue('duplicate@example.org');
});

test('the whole registry scrolls, drawing only the rows on screen, and the list says how long it is', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Participants' }).click();
  // The count line says "Showing 0 of 0" until the store has answered: wait for the demo's people.
  const countLine = page.getByText(/^Showing \d+ of \d+$/);
  const totalShown = async () => Number((await countLine.innerText()).match(/of (\d+)/)?.[1]);
  await expect.poll(totalShown).toBeGreaterThan(60);
  const total = await totalShown();
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  const drawn = await table.getByRole('row').count();
  expect(drawn).toBeLessThan(total);

  // The last person in name order is reached by scrolling the page, and is row total + 1 of total + 1.
  // Rows are measured as they are drawn, so the page may grow a little under the first scroll.
  const lastRow = table.getByRole('row').last();
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(lastRow).toHaveAttribute('aria-rowindex', String(total + 1), { timeout: 1000 });
    await expect(lastRow).toBeInViewport({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(table.getByRole('columnheader', { name: 'Name' })).toBeInViewport();

  // A person found by the search is one row, whatever the scroll was.
  const name = (await lastRow.getByRole('button', { name: /^Edit / }).innerText()).trim();
  await page.getByRole('searchbox').fill(name);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(name);
  await expectNoSeriousA11yViolations(page, 'registry scrolled to its end');

  // Another screen opens at its top, and so does the registry coming back to it.
  await page.getByRole('searchbox').fill('');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Settings' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeInViewport();
});
