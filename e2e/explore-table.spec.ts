import { expect, test, type Page } from '@playwright/test';
import { clearEdge, clickEdge, expected, graph, idsWithClass, selection } from './exploreHelpers';
import { openApp } from './helpers';

const label = (id: string) => graph.actors.find((a) => a.id === id)!.label;
const table = (page: Page) => page.getByTestId('relation-table');
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const column = (page: Page, n: number) => bodyRows(page).locator(`td:nth-child(${n})`).allTextContents();

async function openTable(page: Page) {
  await page.getByRole('button', { name: /Relation table/ }).click();
  await expect(table(page)).toBeVisible();
}

test('lists every visible relation with source, type, target and counts; headers sort it', async ({
  page,
}) => {
  await openApp(page);
  await expect(
    page.getByRole('button', { name: `Relation table (${graph.relations.length})` }),
  ).toHaveAttribute('aria-expanded', 'false');
  await openTable(page);
  await expect(bodyRows(page)).toHaveCount(graph.relations.length);
  await expect(table(page).getByRole('columnheader')).toHaveText([
    'Source',
    'Relation',
    'Target',
    'Sentences ▼',
    'Sources',
  ]);

  // Default: most sentences first.
  const counts = (await column(page, 4)).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBe(Math.max(...graph.relations.map((r) => r.evidence.length)));

  const sourceHeader = table(page)
    .getByRole('columnheader', { name: /Source$/ })
    .first();
  await sourceHeader.getByRole('button').click();
  await expect(sourceHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table(page).getByRole('columnheader', { name: /Sentences/ })).not.toHaveAttribute(
    'aria-sort',
    /.+/,
  );
  const sources = await column(page, 1);
  expect(sources).toEqual([...sources].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await sourceHeader.getByRole('button').click();
  await expect(sourceHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await column(page, 1)).toEqual(
    [...sources].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })),
  );

  // Filters reach the table too.
  await page.locator('input[data-quad="4"]').uncheck();
  await expect(bodyRows(page)).toHaveCount(
    expected({ hiddenTypes: ['sanctions', 'attacks'] }).relations.length,
  );
});

test('keyboard: rows are reachable, arrows move the selection, the canvas and evidence follow', async ({
  page,
}) => {
  await openApp(page);
  await openTable(page);
  const firstHeaderButton = table(page).getByRole('button', { name: 'Source', exact: true });
  await firstHeaderButton.focus();
  // Five header buttons, then the one tabbable row.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  const first = bodyRows(page).first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const firstId = (await first.getAttribute('data-relation-id'))!;
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => idsWithClass(page, 'is-selected')).toEqual([firstId]);

  await page.keyboard.press('ArrowDown');
  const second = bodyRows(page).nth(1);
  await expect(second).toBeFocused();
  const secondId = (await second.getAttribute('data-relation-id'))!;
  const relation = graph.relations.find((r) => r.id === secondId)!;
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(first).not.toHaveAttribute('aria-current', /.+/);
  await expect.poll(() => idsWithClass(page, 'is-selected')).toEqual([secondId]);
  await expect(page.getByTestId('relation-heading')).toContainText(label(relation.source));
  await expect(page.getByTestId('evidence-list')).toContainText(relation.evidence[0]!.quote);

  await page.keyboard.press('End');
  await expect(bodyRows(page).last()).toBeFocused();
  await expect(bodyRows(page).last()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  // Only one row is in the Tab order: Tab leaves the table.
  await page.keyboard.press('Tab');
  await expect(bodyRows(page).nth(1)).not.toBeFocused();
  await expect(first).not.toBeFocused();
});

test('clicking an edge on the canvas marks and reveals its row', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  const id = await clearEdge(page, (e) => !e.startsWith('merged:'));
  await clickEdge(page, id);
  expect(await selection(page)).toMatchObject({ kind: 'relation', id });
  const row = page.locator(`tr[data-relation-id="${id}"]`);
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
  await expect(table(page).locator('tr[aria-current="true"]')).toHaveCount(1);
});

test('a long table draws a page at a time and always draws the selected row', async ({ page }) => {
  await openApp(page);
  // 600 relations among the seed's actors: more than one page of rows.
  const big = {
    ...graph,
    relations: Array.from({ length: 600 }, (_, i) => {
      const a = graph.actors[i % graph.actors.length]!;
      const b = graph.actors[(i * 7 + 3) % graph.actors.length]!;
      const type = graph.relationTypes[i % graph.relationTypes.length]!;
      const evidence = Array.from({ length: 1 + (i % 5) }, (_, k) => ({
        ...graph.relations[0]!.evidence[0]!,
        start: k,
      }));
      return {
        id: `gen-${String(i).padStart(3, '0')}`,
        source: a.id,
        target: b.id === a.id ? graph.actors[0]!.id : b.id,
        type: type.id,
        evidence,
      };
    }).filter((r) => r.source !== r.target),
  };
  await page.evaluate((g) => window.actorgraph!.getState().loadGraph(g), big);
  await openTable(page);
  await expect(bodyRows(page)).toHaveCount(200);
  await expect(page.getByText(`Rows 1–200 of ${big.relations.length}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Show 200 more' }).click();
  await expect(bodyRows(page)).toHaveCount(400);

  // The last row in the order (fewest sentences) lies beyond what is drawn: selecting it draws its page.
  const last = [...big.relations].sort(
    (x, y) => x.evidence.length - y.evidence.length || x.id.localeCompare(y.id),
  )[0]!;
  await page.evaluate((id) => window.actorgraph!.getState().selectRelation(id), last.id);
  const row = page.locator(`tr[data-relation-id="${last.id}"]`);
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
  // End goes to the very last row, across pages, and focuses it.
  await page.getByRole('button', { name: 'Source', exact: true }).click();
  await bodyRows(page).first().click();
  await page.keyboard.press('End');
  await expect(table(page).locator('tr[aria-current="true"]')).toBeFocused();
  await expect(
    page.getByText(new RegExp(`Rows \\d+–${big.relations.length} of ${big.relations.length}`)),
  ).toBeVisible();
});
