import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { KIND_SHAPES } from '../src/canvas/palette';
import { computeVisibility, DEFAULT_FILTERS } from '../src/domain/filters';
import { SIZE_MEASURE_LABELS, SIZE_MEASURES, type SizeMeasure } from '../src/domain/measures';
import { graph } from './exploreHelpers';
import { openApp } from './helpers';

const panel = (page: Page) => page.getByRole('region', { name: 'Measures and communities' });

/** Wait until the store holds the measure asked for, computed. */
async function measureReady(page: Page, measure: SizeMeasure): Promise<void> {
  await page.waitForFunction((m) => {
    const s = window.actorgraph!.getState();
    return s.analysisStatus === 'ready' && s.analysis?.measure?.measure === m;
  }, measure);
}

/** Each drawn actor's value (from the store) and width (from cy), as plain data. */
const valuesAndWidths = (page: Page) =>
  page.evaluate(() => {
    const { analysis } = window.actorgraph!.getState();
    const values = analysis!.measure!.values;
    return analysis!.actorIds.map((id, i) => ({
      id,
      value: values[i]!,
      width: window.cy!.getElementById(id).width(),
    }));
  });

/** Seed-graph degree counted here, independently of the app: relations to or from each actor. */
function seedDegrees(): Map<string, number> {
  const visible = computeVisibility(graph, DEFAULT_FILTERS);
  const degree = new Map<string, number>();
  for (const r of graph.relations) {
    if (!visible.relations.has(r.id)) continue;
    for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return degree;
}

test('each measure sizes actors in the order of its values, and the legend says what size means', async ({
  page,
}) => {
  await openApp(page);
  const select = panel(page).getByLabel('Size actors by');
  for (const measure of SIZE_MEASURES.filter((m) => m !== 'none')) {
    await select.selectOption(measure);
    await measureReady(page, measure);
    const legend = panel(page).getByRole('group', { name: 'What actor size means' });
    await expect(legend).toContainText(`Size: ${SIZE_MEASURE_LABELS[measure]}.`);
    await expect(legend).toContainText('Smallest:');
    await expect(legend).toContainText('Largest:');
    await expect
      .poll(async () => {
        const rows = await valuesAndWidths(page);
        // Strictly larger values draw strictly larger; equal values draw alike.
        return rows.every((a) =>
          rows.every((b) =>
            a.value < b.value ? a.width < b.width : a.value === b.value ? a.width === b.width : true,
          ),
        );
      })
      .toBe(true);
    const widths = (await valuesAndWidths(page)).map((r) => r.width);
    expect(new Set(widths).size).toBeGreaterThan(1);
  }
  // Degree is what this test counts by hand: the table's top row names the actor with the most relations.
  await select.selectOption('degree');
  await measureReady(page, 'degree');
  const degree = seedDegrees();
  const top = Math.max(...degree.values());
  const firstRow = panel(page).locator('.measure-table tbody tr').first();
  await expect(firstRow.locator('td.num')).toHaveText(String(top));
  const topLabel = (await firstRow.locator('td').first().innerText()).trim();
  const topActor = graph.actors.find((a) => a.label === topLabel)!;
  expect(degree.get(topActor.id)).toBe(top);
  // Clicking a name selects the actor.
  await firstRow.getByRole('button').click();
  await expect
    .poll(() => page.evaluate(() => window.actorgraph!.getState().selection))
    .toEqual({ kind: 'actor', id: topActor.id });
  // Sorting by value again puts the smallest first.
  await panel(page).getByRole('button', { name: 'Value' }).click();
  await expect(panel(page).locator('th[aria-sort="ascending"]')).toHaveText(/Value/);
  const smallest = Math.min(...graph.actors.map((a) => degree.get(a.id) ?? 0));
  await expect(firstRow.locator('td.num')).toHaveText(String(smallest));

  // On the graph as filtered: hiding persons leaves them out of the measure.
  await page.locator('input[data-kind="person"]').uncheck();
  const persons = graph.actors.filter((a) => a.kind === 'person').map((a) => a.id);
  await expect
    .poll(() => page.evaluate(() => window.actorgraph!.getState().analysis?.actorIds.length ?? 0))
    .toBe(graph.actors.length - persons.length);
  await expect(panel(page).getByRole('status')).toContainText(
    `${graph.actors.length - persons.length} actors`,
  );

  // None: every actor back to one size.
  await select.selectOption('none');
  await expect
    .poll(() => page.evaluate(() => [...new Set(window.cy!.nodes().map((n) => n.width()))]))
    .toEqual([34]);
  await expect(panel(page).getByRole('group', { name: 'What actor size means' })).toHaveCount(0);
});

test('colour by community: actors filled by community, kind shapes kept, communities listed', async ({
  page,
}) => {
  await openApp(page);
  const before = await page.evaluate(() =>
    window.cy!.nodes().map((n) => ({ id: n.id(), fill: n.style('background-color') as string })),
  );
  await panel(page).getByLabel('Colour by community (Louvain)').check();
  await page.waitForFunction(() => window.actorgraph!.getState().analysis?.communities != null);
  const drawn = await page.evaluate(() => {
    const { analysis } = window.actorgraph!.getState();
    return analysis!.actorIds.map((id, i) => {
      const node = window.cy!.getElementById(id);
      return {
        id,
        kind: node.data('kind') as string,
        community: analysis!.communities!.of[i]!,
        fill: node.style('background-color') as string,
        shape: node.style('shape') as string,
      };
    });
  });
  // One fill per community (the largest communities have their own colour), shapes by kind.
  const fillOf = new Map<number, Set<string>>();
  for (const d of drawn) fillOf.set(d.community, (fillOf.get(d.community) ?? new Set()).add(d.fill));
  expect([...fillOf.values()].every((fills) => fills.size === 1)).toBe(true);
  expect(new Set(drawn.map((d) => d.fill)).size).toBeGreaterThan(1);
  for (const d of drawn) expect(d.shape).toBe(KIND_SHAPES[d.kind as keyof typeof KIND_SHAPES]);
  expect(drawn.map((d) => d.fill)).not.toEqual(before.map((b) => b.fill));

  // The list: the count, each community with its size; a member opens and selects.
  const count = fillOf.size;
  await expect(panel(page).locator('.community-list h3')).toHaveText(`${count} communities`);
  const first = panel(page).locator('details[data-community="0"]');
  await first.locator('summary').click();
  const member = first.locator('.community-members button').first();
  const name = (await member.innerText()).trim();
  await member.click();
  const actor = graph.actors.find((a) => a.label === name)!;
  await expect
    .poll(() => page.evaluate(() => window.actorgraph!.getState().selection))
    .toEqual({ kind: 'actor', id: actor.id });
  expect(drawn.find((d) => d.id === actor.id)!.community).toBe(0);

  // Off: the kinds' colours come back.
  await panel(page).getByLabel('Colour by community (Louvain)').uncheck();
  await expect
    .poll(() =>
      page.evaluate(() => window.cy!.nodes().map((n) => ({ id: n.id(), fill: n.style('background-color') }))),
    )
    .toEqual(before);
});

test('the link carries the measure and the communities, and opening it restores both', async ({ page }) => {
  await openApp(page);
  await panel(page).getByLabel('Size actors by').selectOption('betweenness');
  await panel(page).getByLabel('Colour by community (Louvain)').check();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('size=betweenness');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('communities=1');
  const url = page.url();
  await measureReady(page, 'betweenness');
  const widths = await valuesAndWidths(page);

  const other = await page.context().newPage();
  await openApp(other, url.slice(url.indexOf('/', 8)));
  await expect(panel(other).getByLabel('Size actors by')).toHaveValue('betweenness');
  await expect(panel(other).getByLabel('Colour by community (Louvain)')).toBeChecked();
  await measureReady(other, 'betweenness');
  await other.waitForFunction(() => window.actorgraph!.getState().analysis?.communities != null);
  expect(await valuesAndWidths(other)).toEqual(widths);

  // Back to none: the link says nothing about size any more.
  await panel(other).getByLabel('Size actors by').selectOption('none');
  await expect.poll(() => other.evaluate(() => window.location.hash)).not.toContain('size=');
  // A measure the app does not know opens the default view with a notice.
  await openApp(other, '/#size=closeness');
  await expect(other.getByText('The link’s view could not be opened')).toBeVisible();
  await expect(panel(other).getByLabel('Size actors by')).toHaveValue('none');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the analysis panel passes axe with a measure and communities shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, '/#size=pagerank&communities=1');
    await measureReady(page, 'pagerank');
    await panel(page).locator('details[data-community="0"] summary').click();
    await expect(panel(page).locator('.community-members button').first()).toBeVisible();
    // Keyboard: the select, the checkbox and the sort buttons are reachable and labelled.
    await panel(page).getByLabel('Size actors by').focus();
    await page.keyboard.press('Tab');
    await expect(panel(page).getByLabel('Colour by community (Louvain)')).toBeFocused();
    const results = await new AxeBuilder({ page }).include('.analysis-panel').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}

test('on a graph of over 1,000 actors betweenness is drawn from an estimate first, then exact', async ({
  page,
}) => {
  await openApp(page);
  // 1,200 actors, each accusing the next three round a ring: larger than the exact-at-once limit.
  const n = 1200;
  const big = {
    ...graph,
    actors: Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      label: `Actor ${i}`,
      kind: 'state',
      aliases: [],
    })),
    relations: Array.from({ length: n * 3 }, (_, k) => {
      const i = Math.floor(k / 3);
      const j = (i + 1 + (k % 3) * 7) % n;
      const source = graph.sources[0]!;
      return {
        id: `r${k}`,
        source: `a${i}`,
        target: `a${j}`,
        type: 'accuses',
        evidence: [{ sourceId: source.id, start: 0, end: 10, quote: source.text.slice(0, 10) }],
      };
    }),
  };
  await page.evaluate((g) => {
    const store = window.actorgraph!;
    store.getState().importGraph(g as never, 'ring.json');
    // Every state the measure passes through, in order.
    const seen: { status: string; sampled: number | null }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    store.subscribe((s) =>
      seen.push({ status: s.analysisStatus, sampled: s.analysis?.measure?.sampledFrom ?? null }),
    );
  }, big);
  await panel(page).getByLabel('Size actors by').selectOption('betweenness');
  await measureReady(page, 'betweenness');
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { status: string; sampled: number | null }[] }).seen,
  );
  const refining = seen.findIndex((x) => x.status === 'refining');
  expect(refining).toBeGreaterThanOrEqual(0);
  expect(seen[refining]!.sampled).toBe(256);
  expect(seen.at(-1)).toEqual({ status: 'ready', sampled: null });
  // Exact on a ring where every actor has the same neighbourhood: all values equal.
  const values = await page.evaluate(() => [...window.actorgraph!.getState().analysis!.measure!.values]);
  expect(values).toHaveLength(n);
  for (const v of values) expect(v).toBeCloseTo(values[0]!, 9);
  await expect(panel(page).getByText('Estimated from the shortest paths')).toHaveCount(0);
});
