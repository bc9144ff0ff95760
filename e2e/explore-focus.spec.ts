import { expect, test } from '@playwright/test';
import { focusNeighbourhood } from '../src/domain/focus';
import { clickNode, countsLine, drawnIds, graph, idsWithClass } from './exploreHelpers';
import { openApp } from './helpers';

const directed = new Map(graph.relationTypes.map((t) => [t.id, t.directed]));
const around = (centre: string, depth: 1 | 2 | 3, direction: 'out' | 'in' | 'both') =>
  focusNeighbourhood(graph.relations, (t) => directed.get(t) !== false, centre, { depth, direction });
/** Everything on the canvas that a focus fades: the nodes and relations outside the neighbourhood. */
const outside = (n: ReturnType<typeof around>) =>
  [
    ...graph.actors.filter((a) => !n.actors.has(a.id)).map((a) => a.id),
    ...graph.relations.filter((r) => !n.relations.has(r.id)).map((r) => r.id),
  ].sort();

test('focus fades everything outside the neighbourhood; depth and direction widen or narrow it', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Focus on selected actor' })).toBeDisabled();
  await clickNode(page, 'ukraine');
  await page.getByRole('button', { name: 'Focus on Ukraine' }).click();
  await expect(page.getByTestId('focus-status')).toHaveText('Around Ukraine');
  await expect.poll(() => idsWithClass(page, 'faded')).toEqual(outside(around('ukraine', 1, 'both')));
  await expect.poll(() => idsWithClass(page, 'focus-centre')).toEqual(['ukraine']);

  await page.getByLabel('Depth').selectOption('2');
  const two = around('ukraine', 2, 'both');
  expect(two.actors.size).toBeGreaterThan(2);
  await expect.poll(() => idsWithClass(page, 'faded')).toEqual(outside(two));

  // Incoming only: Russia attacks and accuses Ukraine, so depth 1 keeps Russia and those two.
  await page.getByLabel('Depth').selectOption('1');
  await page.getByLabel('Direction').selectOption('in');
  await expect.poll(() => idsWithClass(page, 'faded')).toEqual(outside(around('ukraine', 1, 'in')));
  // Outgoing: Ukraine does nothing to anyone in this article.
  await page.getByLabel('Direction').selectOption('out');
  const out = around('ukraine', 1, 'out');
  expect([...out.actors]).toEqual(['ukraine']);
  await expect.poll(() => idsWithClass(page, 'faded')).toEqual(outside(out));
  // Nothing was hidden by fading.
  expect(await drawnIds(page, 'nodes')).toHaveLength(graph.actors.length);

  await page.getByRole('button', { name: 'Clear focus' }).click();
  await expect(page.getByTestId('focus-status')).toHaveCount(0);
  // The actor is still selected, so the usual selection fading applies; nothing is hidden.
  await expect.poll(() => idsWithClass(page, 'focus-centre')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => idsWithClass(page, 'faded')).toEqual([]);
});

test('hide mode removes the rest, the counts follow, and clearing restores the view', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'putin');
  await page.getByRole('button', { name: 'Focus on Vladimir Putin' }).click();
  await page.getByLabel('Direction').selectOption('out');
  await page.getByLabel('Hide the rest (instead of fading it)').check();
  const n = around('putin', 1, 'out');
  await expect.poll(() => drawnIds(page, 'nodes')).toEqual([...n.actors].sort());
  await expect.poll(() => drawnIds(page, 'edges')).toEqual([...n.relations].sort());
  await expect(countsLine(page)).toHaveText(
    `Showing ${n.relations.size} of ${graph.relations.length} relations, ${n.actors.size} of ${graph.actors.length} actors`,
  );

  await page.getByRole('button', { name: 'Clear focus' }).click();
  await expect.poll(() => drawnIds(page, 'nodes')).toHaveLength(graph.actors.length);
  await expect.poll(() => drawnIds(page, 'edges')).toHaveLength(graph.relations.length);
  await expect(countsLine(page)).toHaveText(
    `Showing ${graph.relations.length} of ${graph.relations.length} relations, ${graph.actors.length} of ${graph.actors.length} actors`,
  );
});
