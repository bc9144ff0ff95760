import { expect, test } from '@playwright/test';
import { clearEdge, clickEdge, selection } from './exploreHelpers';
import { openApp } from './helpers';

test('Tab reaches every control, each with a visible focus indicator', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /Relation table/ }).click();
  // The table loads when first opened; count its controls once it is there.
  await expect(page.getByTestId('relation-table')).toBeVisible();
  await clickEdge(page, await clearEdge(page));
  await expect(page.getByTestId('relation-heading')).toBeVisible();

  // Number every visible control in the page, in document order.
  const total = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]'),
    ].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        el.tabIndex >= 0 &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    );
    controls.forEach((el, i) => el.setAttribute('data-tab-index', String(i)));
    return controls.length;
  });
  expect(total).toBeGreaterThan(50);

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const visited = new Set<string>();
  const unmarked: string[] = [];
  // Controls that load after the first paint add Tab stops of their own: go on until every numbered one
  // was reached (or twice round).
  for (let i = 0; i < total * 2 && visited.size < total; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        id: el.getAttribute('data-tab-index'),
        name: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focus) continue;
    if (focus.id !== null) visited.add(focus.id);
    if (!focus.visible) unmarked.push(focus.name);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-tab-index]')]
        .filter((el) => !seen.includes(el.getAttribute('data-tab-index')!))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`,
        ),
    [...visited],
  );
  // Relation table rows use a roving tab stop: one row is in the Tab order, arrows reach the rest.
  expect(missed.filter((m) => !m.startsWith('tr '))).toEqual([]);
  expect(unmarked).toEqual([]);
});

test('Escape clears the selection', async ({ page }) => {
  await openApp(page);
  await clickEdge(page, await clearEdge(page));
  await expect(page.getByTestId('relation-heading')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
  expect(await selection(page)).toBeNull();
  await expect.poll(() => page.evaluate(() => window.cy!.$('.is-selected, .faded').length)).toBe(0);
});

test("choosing a relation from an actor's list with the keyboard moves focus to the relation's heading", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Putin');
  await page.keyboard.press('Enter');
  const list = page.getByTestId('actor-relations');
  const first = list.getByRole('button').first();
  const title = (await first.textContent())!;
  await first.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('relation-heading');
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  // From there Tab goes on into the relation's details, not back to the start of the page.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby')),
  ).toBe('relation-heading');
});
