import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Graph } from '../src/domain/types';
import { exportGraph, type ExportFormat } from '../src/io/formats';
import { openApp, seedGraph } from './helpers';
import { answerOpen, cyCounts, cyNodeIds, dropFiles } from './exchangeSupport';

const seed = seedGraph();

/** A smaller graph than the seed (the first actors and the relations among them), so a load shows. */
function subgraph(actorCount: number): Graph {
  const actors = seed.actors.slice(0, actorCount);
  const ids = new Set(actors.map((a) => a.id));
  const relations = seed.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
  return {
    ...seed,
    actors: actors.map(({ affiliation, ...rest }) =>
      affiliation && ids.has(affiliation) ? { ...rest, affiliation } : rest,
    ),
    relations,
  };
}

const asFile = (graph: Graph, format: ExportFormat) => {
  const file = exportGraph(graph, format, { baseName: `colleague-${format}` });
  return { name: file.fileName, mimeType: file.mimeType, buffer: Buffer.from(file.data) };
};

async function pickFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles(file);
}

const notice = (page: Page) => page.getByTestId('notice');

for (const [format, size] of [
  ['actorgraph-json', 6],
  ['cytoscape-json', 7],
  ['graphml', 8],
  ['gexf', 9],
] as const) {
  test(`Open… reads ${format} and draws its graph`, async ({ page }) => {
    await openApp(page);
    const graph = subgraph(size);
    expect(graph.relations.length).toBeGreaterThan(0);
    const file = asFile(graph, format);
    await pickFile(page, file);
    await answerOpen(page, 'Replace');
    await expect(notice(page)).toContainText(`Opened ${file.name}: ${graph.actors.length} actors`);
    await expect
      .poll(() => cyCounts(page))
      .toEqual({ nodes: graph.actors.length, edges: graph.relations.length });
    expect(await cyNodeIds(page)).toEqual(graph.actors.map((a) => a.id).sort());
  });
}

test('a graph file dropped on the window is opened', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(5);
  const file = asFile(graph, 'graphml');
  await dropFiles(page, [{ name: file.name, text: file.buffer.toString('utf8') }]);
  await answerOpen(page, 'Replace');
  await expect(notice(page)).toContainText(`Opened ${file.name}`);
  await expect
    .poll(() => cyCounts(page))
    .toEqual({ nodes: graph.actors.length, edges: graph.relations.length });
});

test('a bad file is refused with its name, where and what; the graph stays as it was', async ({ page }) => {
  await openApp(page);
  const before = await cyNodeIds(page);
  const broken = '{\n  "schemaVersion": 1,\n  "actors": [ { "id": "a" ,, } ]\n}\n';
  await pickFile(page, {
    name: 'broken-graph.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  const message = notice(page);
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toContainText('Could not open broken-graph.json');
  await expect(message).toContainText('The graph on screen is unchanged');
  await expect(message.locator('li').first()).toContainText(/line 3/);
  expect(await cyNodeIds(page)).toEqual(before);

  // A well-formed file whose relation points at an actor that does not exist.
  const dangling = subgraph(4);
  const bad = { ...dangling, relations: [{ ...dangling.relations[0]!, target: 'nobody' }] };
  await dropFiles(page, [{ name: 'dangling.json', text: JSON.stringify(bad) }]);
  await expect(message).toContainText('Could not open dangling.json');
  await expect(message.locator('li').first()).toContainText('$.relations[0].target');
  await expect(message).toContainText('nobody');
  expect(await cyNodeIds(page)).toEqual(before);
});

test('files too large, empty, or of the wrong kind are refused before anything changes', async ({ page }) => {
  await openApp(page);
  const before = await cyNodeIds(page);
  const message = notice(page);

  await dropFiles(page, [{ name: 'huge.graphml', size: 51 * 1024 * 1024 }]);
  await expect(message).toContainText('Could not open huge.graphml');
  await expect(message).toContainText('the most Actorgraph opens is 50 MB');

  await dropFiles(page, [{ name: 'empty.gexf', text: '' }]);
  await expect(message).toContainText('Could not open empty.gexf');
  await expect(message).toContainText('the file is empty');

  const zip = asFile(subgraph(3), 'csv-zip');
  await pickFile(page, zip);
  await expect(message).toContainText(`Could not open ${zip.name}`);
  await expect(message).toContainText('zip archive');

  await dropFiles(page, [{ name: 'report.txt', text: 'Russia attacked Ukraine.' }]);
  await expect(message).toContainText('Could not open report.txt');
  await expect(message).toContainText('this looks like an article, not a graph file: use "Add article…"');

  await dropFiles(page, [
    { name: 'a.json', text: '{}' },
    { name: 'b.json', text: '{}' },
  ]);
  await expect(message).toContainText('Drop one graph file at a time');
  expect(await cyNodeIds(page)).toEqual(before);
});

test('a graph file from another tool opens, with one summary of what it became', async ({ page }) => {
  await openApp(page);
  const buffer = readFileSync(new URL('../src/io/fixtures/foreign/gephi-1.2.gexf', import.meta.url));
  await pickFile(page, { name: 'novel.gexf', mimeType: 'application/gexf+xml', buffer });
  await answerOpen(page, 'Replace');
  await expect(notice(page)).toContainText('Opened novel.gexf: 6 actors, 7 relations');
  await expect(notice(page)).toContainText(
    'Opened as a graph from another tool: 7 edges have no evidence and are shown as unsupported relations',
  );
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: 6, edges: 7 });
});
