/**
 * One State matcher everywhere: States typed the way people type them, in the floor queue,
 * the import, the registry's State filter and the placards. An entry that fits several States
 * asks which instead of guessing.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openDemo } from './helpers';

async function openConsole(page: Page): Promise<void> {
  await page.clock.install({ time: new Date('2018-04-11T09:55:00+02:00') });
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();
  await expect(page.getByText('Azerbaijan · Wednesday, 11 April 2018, 10:00–11:00')).toBeVisible();
}

test('the floor queue finds a State however it is typed, and asks when the entry fits several', async ({ page }, testInfo) => {
  await openConsole(page);
  const queue = page.getByRole('list', { name: 'Floor queue' });
  const search = page.getByRole('searchbox', { name: 'Permanent Mission asking for the floor' });
  const suggestions = page.getByRole('list', { name: 'Matching Permanent Missions' });

  // The demo's session has missions waiting already: new requests join the end of the queue.
  await expect(queue.getByRole('listitem').first()).toBeVisible();
  const waiting = await queue.getByRole('listitem').count();
  // Names, common names and codes that name one State: Enter adds it.
  const added: string[] = [];
  for (const [typed, name] of [
    ['GB', 'United Kingdom of Great Britain and Northern Ireland'],
    ['US', 'United States of America'],
    ['Turquie', 'Türkiye'],
    ['Ivory Coast', "Côte d’Ivoire|Côte d'Ivoire"],
    ['Allemagne', 'Germany'],
    ['CHE', 'Switzerland'],
  ] as const) {
    await search.fill(typed);
    await search.press('Enter');
    added.push(name);
    await expect(queue.getByRole('listitem'), typed).toHaveCount(waiting + added.length);
    await expect(queue.getByRole('listitem').last(), typed).toContainText(new RegExp(name));
  }

  // "UK" is the United Kingdom's abbreviation and the beginning of Ukraine: it asks, the United Kingdom first.
  await search.fill('UK');
  await search.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '“UK” fits more than one State' })).toBeVisible();
  await expect(suggestions.getByRole('listitem')).toHaveText([/United Kingdom/, /Ukraine/]);
  await expect(queue.getByRole('listitem')).toHaveCount(waiting + added.length);
  await page.screenshot({ path: testInfo.outputPath('floor-asks.png') });
  await expectNoSeriousA11yViolations(page, 'floor type-ahead asking');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(queue.getByRole('listitem').last()).toContainText('Ukraine');

  // "Congo" names two States: it asks, and a click chooses.
  await search.fill('Congo');
  await search.press('Enter');
  await expect(suggestions.getByRole('listitem')).toHaveText([/^Congo/, /Democratic Republic of the Congo/]);
  await suggestions.getByRole('button', { name: /Democratic Republic of the Congo/ }).click();
  await expect(queue.getByRole('listitem').last()).toContainText('Democratic Republic of the Congo');
});

test('a mission checked in to the session comes first among the matches', async ({ page }) => {
  await page.clock.install({ time: new Date('2018-04-11T09:55:00+02:00') });
  await openDemo(page);
  // At the desk: a delegate of Norway checked in (the demo registers Norway's delegates for some sessions).
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Registration desk' }).click();
  const desk = page.getByRole('searchbox', { name: 'Find a participant' });
  await desk.fill('Norway');
  await page
    .getByRole('button', { name: /^Check in / })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'checked in to Azerbaijan' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Moderator' }).click();
  const search = page.getByRole('searchbox', { name: 'Permanent Mission asking for the floor' });
  const queue = page.getByRole('list', { name: 'Floor queue' });
  await expect(queue.getByRole('listitem').first()).toBeVisible();
  const waiting = await queue.getByRole('listitem').count();
  // "No" begins North Macedonia, Norway…: Norway, checked in, first, and Enter still asks.
  await search.fill('No');
  const suggestions = page.getByRole('list', { name: 'Matching Permanent Missions' });
  await expect(suggestions.getByRole('listitem').first()).toContainText(/Norway.*Checked in/);
  await search.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'fits more than one State' })).toBeVisible();
  await search.press('Enter');
  await expect(queue.getByRole('listitem')).toHaveCount(waiting + 1);
  await expect(queue.getByRole('listitem').last()).toContainText('Norway');
});

test('the import reads States however they are typed, asks about "Corée", and warns of the columns a figure needs', async ({ page }, testInfo) => {
  const csv = [
    'Nom;Organisation;Catégorie;Pays',
    'Alice Martin;Mission du Royaume-Uni;Mission permanente;Royaume-Uni',
    'Bob Stone;UK Mission;Mission permanente;UK',
    'Carla Ruiz;Mission;Mission permanente;GB',
    'Deniz Kaya;Mission de la Turquie;Mission permanente;Turquie',
    'Emre Yıldız;Mission;Mission permanente;Türkiye',
    'Fatou Diallo;Ligue ivoirienne;OSC;Côte d’Ivoire',
    'Grace Kouassi;Ivory Coast Rights;OSC;Ivory Coast',
    'Hannah Schulz;Mission;Mission permanente;DEU',
    'Ivan Petrov;Mission;Mission permanente;Russie',
    'Jae Kim;Mission;Mission permanente;Corée',
    'Kofi Mensah;HCDH;ONU/OI;Suisse',
  ].join('\r\n');
  const file = testInfo.outputPath('pays.csv');
  writeFileSync(file, `\ufeff${csv}\r\n`);
  await page.goto('./');
  await page.getByLabel('Series name').fill('States test');
  await page.getByLabel('First day').fill('2026-04-07');
  await page.getByRole('button', { name: 'Create series' }).click();
  await page.getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Import a spreadsheet of participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file' }).click();
  await (await choosing).setFiles(file);

  // Before the rows are read: no gender column.
  const gaps = dialog.getByRole('region', { name: 'Facts and Figures will not know everything from this file' });
  await expect(gaps).toContainText('No column holds the gender');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(gaps).toContainText('Gender not recorded for 2 of 2 CSOs and NHRIs');
  await expect(gaps).toContainText('National or international not recorded for 2 of 2 CSOs');
  await expect(gaps).toContainText('No State for 1 of 8 Permanent Mission delegates');
  await expect(dialog.getByText('“Corée” names more than one State: the State was left empty, to be chosen in Participants.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'import review with figure gaps');
  await dialog.getByRole('button', { name: 'Import 11 rows' }).click();
  await expect(dialog).toBeHidden();

  // The registry's State filter takes the same words.
  const filter = page.getByRole('combobox', { name: 'State' });
  const shown = page.getByText(/^Showing \d+ of \d+$/);
  for (const [typed, count] of [
    ['Royaume-Uni', 3],
    ['gb', 3],
    ['Turkey', 2],
    ['cote d ivoire', 2],
    ['Allemagne', 1],
    ['RUS', 1],
    ['ONU', 0],
  ] as const) {
    await filter.fill(typed);
    await filter.press('Enter');
    if (count === 0) {
      await expect(page.getByText('No State matches “ONU”.')).toBeVisible();
      continue;
    }
    await expect(shown, typed).toHaveText(`Showing ${count} of 11`);
  }
  // "UK" asks (the United Kingdom, or Ukraine being typed); a second Enter takes the first.
  await filter.fill('UK');
  await filter.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '“UK” fits more than one State' })).toBeVisible();
  await filter.press('Enter');
  await expect(filter).toHaveValue('United Kingdom of Great Britain and Northern Ireland');
  await expect(shown).toHaveText('Showing 3 of 11');
  await filter.fill('');
  await filter.press('Enter');
  await expect(shown).toHaveText('Showing 11 of 11');
});

test('country placards per session, and a State added by typing it', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Name plates' }).click();
  await page.getByLabel('Country placards').check();
  const all = await page
    .getByRole('checkbox')
    .filter({ hasNot: page.locator('[disabled]') })
    .count();
  await page.getByLabel('Print for').selectOption({ label: '10:00 · Azerbaijan' });
  await expect(page.getByRole('checkbox', { name: /^Azerbaijan/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Russian Federation/ })).toHaveCount(0);
  expect(await page.getByRole('checkbox').count()).toBeLessThan(all);
  const state = page.getByRole('combobox', { name: 'Add a State' });
  await state.fill('Turquie');
  await state.press('Enter');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: /^Türkiye/ })).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'placards of one session');
});
