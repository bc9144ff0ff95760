import { expect, test } from '@playwright/test';
import { graph, idsWithClass, selection } from './exploreHelpers';
import { openApp } from './helpers';

test('"/" focuses the search; typing an alias and Enter selects, centres and lists the actor', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await expect(search).toBeFocused();

  await page.keyboard.type('kreml');
  const options = page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Russia');
  await expect(options.first()).toContainText('“Kremlin”');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');

  expect(await selection(page)).toEqual({ kind: 'actor', id: 'russia' });
  await expect(page.getByRole('heading', { name: 'Russia', level: 2 })).toBeVisible();
  const own = graph.relations.filter((r) => r.source === 'russia' || r.target === 'russia');
  await expect(page.getByTestId('actor-relations').getByRole('button')).toHaveCount(own.length);
  await expect.poll(() => idsWithClass(page, 'is-selected')).toEqual(['russia']);
  // Centred: the node ends up in the middle of the canvas once the short pan animation is over.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.cy!;
        const p = cy.getElementById('russia').renderedPosition();
        return Math.round(Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2));
      }),
    )
    .toBeLessThan(3);
  await expect(search).toHaveValue('');
});

test('arrow keys move through suggestions; Escape closes the list, then clears the selection', async ({
  page,
}) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.click();
  await page.keyboard.type('u');
  const options = page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option');
  // Label prefixes first (United Nations, United States, Ukraine, UN Security Council…).
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const second = (await options.nth(1).locator('.actor-name').textContent())!;
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('Enter');
  const actor = graph.actors.find((a) => a.label === second)!;
  expect(await selection(page)).toEqual({ kind: 'actor', id: actor.id });

  await search.click();
  await page.keyboard.type('xi');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  expect(await selection(page)).not.toBeNull();
  await page.keyboard.press('Escape'); // clears the typed text
  await expect(search).toHaveValue('');
  await page.keyboard.press('Escape'); // nothing left to close: clears the selection
  await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
});

test('a click on a suggestion chooses it; an unknown name says so', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('zzz');
  const list = page.getByRole('listbox', { name: 'Matching actors' });
  await expect(list.getByRole('option')).toHaveText(['No actor matches “zzz”']);
  await search.fill('global');
  await list.getByRole('option', { name: /Global South/ }).click();
  expect(await selection(page)).toEqual({ kind: 'actor', id: 'global-south' });
});
