import { strFromU8, unzipSync } from 'fflate';
import { MultiGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import Papa from 'papaparse';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { importFile } from '../src/io/formats';
import { openApp, seedGraph } from './helpers';
import { DATA_DOWNLOAD, download, hideRelationType, openExportDialog, today } from './exchangeSupport';

const graph = seedGraph();
const evidenceCount = graph.relations.reduce((n, r) => n + r.evidence.length, 0);

async function exportData(page: Page, dialog: Locator, scope: RegExp, format: RegExp) {
  await dialog.getByRole('radio', { name: scope }).check();
  await dialog.getByRole('radio', { name: format }).check();
  return download(page, dialog.getByRole('button', { name: DATA_DOWNLOAD }));
}

const csv = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

test('every data format of the whole graph downloads a file its readers accept', async ({ page }) => {
  await openApp(page);
  const dialog = await openExportDialog(page);
  const whole = /^Whole graph \d+ actors/;
  const base = `actorgraph-whole-${today()}`;

  const json = await exportData(page, dialog, whole, /^Actorgraph JSON/);
  expect(json.name).toBe(`${base}.json`);
  const native = importFile(json.name, json.bytes);
  expect(native.ok && native.value).toEqual(graph);

  const cyjs = await exportData(page, dialog, whole, /^Cytoscape JSON/);
  expect(cyjs.name).toBe(`${base}.cyjs`);
  const elements = JSON.parse(cyjs.bytes.toString('utf8')).elements;
  expect(elements.nodes).toHaveLength(graph.actors.length);
  expect(elements.edges).toHaveLength(graph.relations.length);
  const cyRead = importFile(cyjs.name, cyjs.bytes);
  expect(cyRead.ok && cyRead.value.relations).toEqual(graph.relations);

  const gml = await exportData(page, dialog, whole, /^GraphML/);
  expect(gml.name).toBe(`${base}.graphml`);
  const g1 = graphml.parse(MultiGraph, gml.bytes.toString('utf8'));
  expect([g1.order, g1.size]).toEqual([graph.actors.length, graph.relations.length]);

  const gx = await exportData(page, dialog, whole, /^GEXF 1\.3/);
  expect(gx.name).toBe(`${base}.gexf`);
  const g2 = gexf.parse(MultiGraph, gx.bytes.toString('utf8'));
  expect([g2.order, g2.size]).toEqual([graph.actors.length, graph.relations.length]);
  const first = graph.relations[0]!;
  expect(JSON.parse(g2.getEdgeAttribute(first.id, 'evidence_json') as string)).toEqual(first.evidence);

  const zip = await exportData(page, dialog, whole, /^CSV tables/);
  expect(zip.name).toBe(`${base}-csv.zip`);
  const files = unzipSync(new Uint8Array(zip.bytes));
  const nodes = csv(strFromU8(files['nodes.csv']!));
  const edges = csv(strFromU8(files['edges.csv']!));
  const evidence = csv(strFromU8(files['evidence.csv']!));
  expect([nodes.errors, edges.errors, evidence.errors]).toEqual([[], [], []]);
  expect(nodes.data.map((r) => r.Id).sort()).toEqual(graph.actors.map((a) => a.id).sort());
  expect(edges.data).toHaveLength(graph.relations.length);
  expect(evidence.data).toHaveLength(evidenceCount);
  expect(evidence.data[0]!.quote).toBe(first.evidence[0]!.quote);

  const anno = await exportData(page, dialog, whole, /^W3C Web Annotations/);
  expect(anno.name).toBe(`${base}-evidence.jsonld`);
  const collection = JSON.parse(anno.bytes.toString('utf8'));
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.total).toBe(evidenceCount);
  const selectors = collection.first.items[0].target.selector.map((s: { type: string }) => s.type).sort();
  expect(selectors).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
});

test('the filtered view exports only the visible relations, their actors and sources', async ({ page }) => {
  await openApp(page);
  const hidden = graph.relations[0]!.type;
  await hideRelationType(page, hidden);
  const visible = graph.relations.filter((r) => r.type !== hidden);
  const dialog = await openExportDialog(page);
  const filtered = /^Filtered view/;
  await expect(dialog.getByRole('radio', { name: filtered })).toHaveAccessibleName(
    new RegExp(`${visible.length} relations`),
  );

  const json = await exportData(page, dialog, filtered, /^Actorgraph JSON/);
  expect(json.name).toBe(`actorgraph-filtered-${today()}.json`);
  const read = importFile(json.name, json.bytes);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.value.relations.map((r) => r.id)).toEqual(visible.map((r) => r.id));
  expect(read.value.relationTypes.some((t) => t.id === hidden)).toBe(false);

  const gx = await exportData(page, dialog, filtered, /^GEXF 1\.3/);
  const g = gexf.parse(MultiGraph, gx.bytes.toString('utf8'));
  expect(g.size).toBe(visible.length);
  expect(g.someEdge((_e, attributes) => attributes.relation === hidden)).toBe(false);
});

test('the format engine is not in the first download: it loads when a data export needs it', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openApp(page);
  const initial = [...scripts];
  const dialog = await openExportDialog(page);
  await exportData(page, dialog, /^Whole graph \d+ actors/, /^GraphML/);
  const later = scripts.filter((s) => !initial.includes(s));
  expect(later.length).toBeGreaterThan(0);
});
