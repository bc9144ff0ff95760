import { expect, test, type Page } from '@playwright/test';
import type { Graph } from '../src/domain/types';
import { countsLine, drawnIds, expectDrawnRelations, expected, graph } from './exploreHelpers';
import { openApp } from './helpers';

const line = (v: { relations: string[]; actors: string[] }, g: Graph = graph) =>
  `Showing ${v.relations.length} of ${g.relations.length} relations, ${v.actors.length} of ${g.actors.length} actors`;

test('a quad-class switch hides its whole group; one type off makes the group "mixed"', async ({ page }) => {
  await openApp(page);
  // Only types with relations in the graph are switches (the seed has no "warns" or "threatens").
  const withRelations = new Set(graph.relations.map((r) => r.type));
  const verbalConflict = graph.relationTypes
    .filter((t) => t.quad === 3 && withRelations.has(t.id))
    .map((t) => t.id);
  const group = page.locator('input[data-quad="3"]');
  await group.uncheck();
  for (const id of verbalConflict)
    await expect(page.locator(`input[data-type-id="${id}"]`)).not.toBeChecked();
  const want = expected({ hiddenTypes: verbalConflict });
  await expectDrawnRelations(page, want.relations);
  await expect(countsLine(page)).toHaveText(line(want));

  await group.check();
  await expectDrawnRelations(page, expected({}).relations);
  await page.locator('input[data-type-id="accuses"]').uncheck();
  expect(await group.evaluate((el: HTMLInputElement) => el.indeterminate)).toBe(true);
  await expectDrawnRelations(page, expected({ hiddenTypes: ['accuses'] }).relations);
});

test('the actor legend filters kinds; their relations go with them', async ({ page }) => {
  await openApp(page);
  await page.locator('input[data-kind="person"]').uncheck();
  const want = expected({ hiddenKinds: ['person'] });
  await expect.poll(() => drawnIds(page, 'nodes')).toEqual(want.actors);
  await expectDrawnRelations(page, want.relations);
  expect(want.actors).not.toContain('putin');
  await expect(countsLine(page)).toHaveText(line(want));
});

test('minimum evidence, hide isolated actors and reset compose', async ({ page }) => {
  await openApp(page);
  const slider = page.getByLabel(/sentences? per relation/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('At least 3 sentences per relation')).toBeVisible();
  const three = expected({ minEvidence: 3 });
  await expectDrawnRelations(page, three.relations);
  // Actors stay until asked to go.
  await expect.poll(() => drawnIds(page, 'nodes')).toHaveLength(graph.actors.length);

  await page.getByLabel('Hide actors with no visible relation').check();
  const isolated = expected({ minEvidence: 3, hideIsolated: true });
  expect(isolated.actors.length).toBeLessThan(graph.actors.length);
  await expect.poll(() => drawnIds(page, 'nodes')).toEqual(isolated.actors);
  await expect(countsLine(page)).toHaveText(line(isolated));

  await page.locator('input[data-type-id="allies_with"]').uncheck();
  const all = expected({ minEvidence: 3, hideIsolated: true, hiddenTypes: ['allies_with'] });
  await expectDrawnRelations(page, all.relations);
  await expect.poll(() => drawnIds(page, 'nodes')).toEqual(all.actors);

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expectDrawnRelations(page, expected({}).relations);
  await expect.poll(() => drawnIds(page, 'nodes')).toHaveLength(graph.actors.length);
  await expect(countsLine(page)).toHaveText(line(expected({})));
  await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeDisabled();
});

/** The seed plus a second, machine-extracted article: two sources, evidence with confidence. */
function twoSourceGraph(): Graph {
  const first = graph.sources[0]!;
  const text = 'Russia praised China. China did not attack Ukraine.';
  const added = {
    id: 'wire-2',
    title: 'Wire report',
    author: 'Desk',
    publisher: '', // no publisher given: the source filter shows the date alone
    published: '2025-05-12',
    text,
    automatic: true,
  };
  const quote = (q: string) => ({
    sourceId: added.id,
    start: text.indexOf(q),
    end: text.indexOf(q) + q.length,
    quote: q,
  });
  return {
    ...graph,
    sources: [first, added],
    relations: [
      ...graph.relations.map((r) =>
        r.id === 'russia>china:supports'
          ? { ...r, evidence: [...r.evidence, { ...quote('Russia praised China.'), confidence: 0.9 }] }
          : r,
      ),
      {
        id: 'auto:russia>china:praises',
        source: 'russia',
        target: 'china',
        type: 'praises',
        automatic: true,
        evidence: [{ ...quote('Russia praised China.'), confidence: 0.55 }],
      },
      {
        id: 'auto:china>ukraine:attacks',
        source: 'china',
        target: 'ukraine',
        type: 'attacks',
        automatic: true,
        evidence: [{ ...quote('China did not attack Ukraine.'), confidence: 0.95, negated: true }],
      },
    ],
  };
}

async function loadTwoSources(page: Page): Promise<Graph> {
  const g = twoSourceGraph();
  await page.evaluate((data) => window.actorgraph!.getState().loadGraph(data), g);
  await expect.poll(() => page.evaluate(() => window.cy!.edges().length)).toBe(g.relations.length);
  return g;
}

test('the source filter keeps relations with evidence from a source that is on', async ({ page }) => {
  await openApp(page);
  const g = await loadTwoSources(page);
  const sources = page.getByRole('group', { name: 'Sources' }).getByRole('checkbox');
  await expect(sources).toHaveCount(2);
  // Every relation is drawn, the extracted "China did not attack Ukraine" too (dashed).
  await expectDrawnRelations(
    page,
    g.relations.map((r) => r.id),
  );
  await expect
    .poll(() => page.evaluate(() => window.cy!.$id('auto:china>ukraine:attacks').style('line-style')))
    .toBe('dashed');
  await expect(page.locator('label:has(input[data-source-id="wire-2"]) .meta')).toHaveText('· 2025-05-12');

  await page.locator('input[data-source-id="victory-day-xi-putin"]').uncheck();
  await expectDrawnRelations(page, [
    'auto:china>ukraine:attacks',
    'auto:russia>china:praises',
    'russia>china:supports',
  ]);
  await expect(countsLine(page)).toHaveText(
    `Showing 3 of ${g.relations.length} relations, ${g.actors.length} of ${g.actors.length} actors`,
  );

  await page.locator('input[data-source-id="wire-2"]').uncheck();
  await expectDrawnRelations(page, []);
});

test('the confidence threshold drops unsure extractor evidence; curated evidence always counts', async ({
  page,
}) => {
  await openApp(page);
  const g = await loadTwoSources(page);
  const slider = page.getByLabel(/Extractor confidence at least/);
  await slider.focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight'); // 0 → 0.60
  await expect(page.getByText('Extractor confidence at least 60%')).toBeVisible();
  const curated = g.relations.filter((r) => !r.id.startsWith('auto:')).map((r) => r.id);
  // The 0.95 "did not attack" sentence passes 60%; the 0.55 praise does not.
  await expectDrawnRelations(page, [...curated, 'auto:china>ukraine:attacks']);
  // 100%: only curated evidence is left, and the seed is all curated.
  await page.keyboard.press('End');
  await expect(page.getByText('Extractor confidence at least 100%')).toBeVisible();
  await expectDrawnRelations(page, curated);
  await page.keyboard.press('Home');
  await expect.poll(() => drawnIds(page, 'edges')).toContain('auto:russia>china:praises');
});

test('a selected relation the filters hide says so in its panel', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.actorgraph!.getState().selectRelation('russia>ukraine:attacks'));
  await expect(page.getByTestId('relation-heading')).toContainText('attacks');
  await expect(page.getByTestId('relation-hidden')).toHaveCount(0);
  await page.locator('input[data-type-id="attacks"]').uncheck();
  await expect(page.getByTestId('relation-hidden')).toHaveText(
    'Not drawn on the graph: the current filters or focus hide it.',
  );
  await page.locator('input[data-type-id="attacks"]').check();
  await expect(page.getByTestId('relation-hidden')).toHaveCount(0);
});

test('a relation type with no relation in the graph is no switch until a relation of it arrives', async ({
  page,
}) => {
  await openApp(page);
  const used = new Set(graph.relations.map((r) => r.type));
  const unused = graph.relationTypes.filter((t) => !used.has(t.id)).map((t) => t.id);
  expect(unused).toContain('warns');
  const typeSwitches = page.getByRole('group', { name: 'Relation types' }).locator('input[data-type-id]');
  await expect(typeSwitches).toHaveCount(used.size);
  for (const id of unused) await expect(page.locator(`input[data-type-id="${id}"]`)).toHaveCount(0);

  // An analyst adds a "warns" relation: its switch appears, with its one relation counted.
  const cited = graph.relations[0]!.evidence[0]!;
  await page.evaluate(
    (evidence) =>
      window.actorgraph!.getState().curate({
        op: 'addRelation',
        relation: {
          id: 'russia>nato:warns',
          source: 'russia',
          target: 'nato',
          type: 'warns',
          evidence: [evidence],
        },
      }),
    cited,
  );
  await expect(page.locator('label:has(input[data-type-id="warns"]) .count')).toHaveText('(1)');
  await expect(typeSwitches).toHaveCount(used.size + 1);
});

test('the numbers beside types and kinds count what the source filter leaves, and say so', async ({
  page,
}) => {
  await openApp(page);
  const g = await loadTwoSources(page);
  const typeCount = (id: string) => page.locator(`label:has(input[data-type-id="${id}"]) .count`);
  const kindCount = (kind: string) => page.locator(`label:has(input[data-kind="${kind}"]) .count`);
  const ofType = (id: string, relations: Graph['relations']) => relations.filter((r) => r.type === id).length;
  const kindOf = new Map(g.actors.map((a) => [a.id, a.kind]));
  const ofKind = (kind: string, relations: Graph['relations']) =>
    new Set(relations.flatMap((r) => [r.source, r.target]).filter((id) => kindOf.get(id) === kind)).size;
  await expect(page.getByText('Numbers: relations the other filters leave.')).toBeVisible();
  await expect(page.getByText('Numbers: actors in relations the other filters leave.')).toBeVisible();
  await expect(typeCount('praises')).toHaveText(`(${ofType('praises', g.relations)})`);
  await expect(typeCount('accuses')).toHaveText(`(${ofType('accuses', g.relations)})`);
  await expect(kindCount('person')).toHaveText(`(${ofKind('person', g.relations)})`);

  // Only the wire report left: the numbers are those of its relations, not the whole graph's.
  await page.locator('input[data-source-id="victory-day-xi-putin"]').uncheck();
  const left = g.relations.filter((r) => r.evidence.some((e) => e.sourceId === 'wire-2'));
  expect(ofType('praises', left)).toBeLessThan(ofType('praises', g.relations));
  await expect(typeCount('praises')).toHaveText(`(${ofType('praises', left)})`);
  await expect(typeCount('accuses')).toHaveText('(0)');
  await expect(kindCount('person')).toHaveText(`(${ofKind('person', left)})`);
  await expect(kindCount('state')).toHaveText(`(${ofKind('state', left)})`);
  // A quad class adds up its types.
  const quadOf = new Map(g.relationTypes.map((t) => [t.id, t.quad]));
  const cooperative = left.filter((r) => quadOf.get(r.type) === 1).length;
  await expect(page.locator('label:has(input[data-quad="1"]) .count')).toHaveText(`(${cooperative})`);
});
