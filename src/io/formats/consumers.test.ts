/**
 * The exports as other programs read them: graphology's GraphML and GEXF parsers (the Node entry
 * points, which use @xmldom/xmldom for DOMParser), fflate + papaparse for the CSV zip, and plain JSON
 * for the W3C annotations.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { MultiGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import graphJson from '../../../data/graph.json';
import type { Graph } from '../../domain/types';
import { minimalGraph } from '../fixtures/minimalGraph';
import { exportGraph } from './index';
import type {
  AnnotatedRelation,
  AnnotationCollection,
  TextPositionSelector,
  TextQuoteSelector,
} from './webAnnotation';
import { codePointOffsets, contextAfter, contextBefore } from './webAnnotation';

const curated = graphJson as unknown as Graph;

/** The fixture with what a graph opened from another tool's file brings. */
function foreignShaped(): Graph {
  const graph = minimalGraph();
  const [russia, china] = graph.actors;
  const [r1, r2] = graph.relations;
  if (!russia || !china || !r1 || !r2) throw new Error('fixture changed');
  russia.attributes = { modularity_class: 3, kind: 'federation' };
  russia.position = { x: -12.5, y: 300 };
  russia.color = '#1f77b4';
  china.attributes = { modularity_class: 5 };
  r1.evidence[0]!.status = 'accepted';
  r2.evidence = [];
  r2.note = 'check, then "cite"';
  r2.attributes = { weight: 2.5, since: '2014' };
  return graph as Graph;
}
const evidenceCount = (graph: Graph) => graph.relations.reduce((n, r) => n + r.evidence.length, 0);

describe('GraphML read by graphology-graphml', () => {
  const text = exportGraph(curated, 'graphml').data as string;
  const read = graphml.parse(MultiGraph, text);

  it('has every actor and relation, directed and undirected', () => {
    expect(read.order).toBe(curated.actors.length);
    expect(read.size).toBe(curated.relations.length);
    const undirected = curated.relations.filter(
      (r) => curated.relationTypes.find((t) => t.id === r.type)?.directed === false,
    ).length;
    expect(undirected).toBeGreaterThan(0);
    expect(read.undirectedSize).toBe(undirected);
    expect(read.directedSize).toBe(curated.relations.length - undirected);
  });

  it('keeps typed attributes, evidence JSON and the graph-level tables', () => {
    for (const relation of curated.relations) {
      const attributes = read.getEdgeAttributes(relation.id);
      expect(attributes.relation).toBe(relation.type);
      expect(attributes.evidence_count).toBe(relation.evidence.length);
      expect(JSON.parse(attributes.evidence_json as string)).toEqual(relation.evidence);
      expect(typeof attributes.quad).toBe('number');
    }
    const xi = read.getNodeAttributes('xi-jinping');
    expect(xi.label).toBe('Xi Jinping');
    expect(xi.kind).toBe('person');
    expect(JSON.parse(read.getAttribute('sources_json') as string)).toEqual(curated.sources);
    expect(JSON.parse(read.getAttribute('relation_types_json') as string)).toEqual(curated.relationTypes);
    expect(read.getAttribute('schemaVersion')).toBe(1);
  });

  it('reads XML-special characters and emoji in ids and labels', () => {
    const graph = minimalGraph();
    graph.actors[0]!.label = 'Russia <"&\'> 😀\nline two';
    const again = graphml.parse(MultiGraph, exportGraph(graph as Graph, 'graphml').data as string);
    expect(again.getNodeAttribute('russia', 'label')).toBe('Russia <"&\'> 😀\nline two');
  });
});

describe('attributes, positions and colours as graphology reads them', () => {
  const graph = foreignShaped();

  it('GEXF: viz position and colour, attributes under their names, the file weight', () => {
    const read = gexf.parse(MultiGraph, exportGraph(graph, 'gexf').data as string);
    expect(read.getNodeAttributes('russia')).toMatchObject({
      x: -12.5,
      y: 300,
      color: 'rgb(31,119,180)',
      modularity_class: 3,
      'attr:kind': 'federation',
      kind: 'state',
    });
    expect(read.getEdgeAttributes('r2')).toMatchObject({
      weight: 2.5,
      since: '2014',
      note: 'check, then "cite"',
    });
  });

  it('GraphML: x, y and color keys, attributes under their names', () => {
    const read = graphml.parse(MultiGraph, exportGraph(graph, 'graphml').data as string);
    expect(read.getNodeAttributes('russia')).toMatchObject({
      x: -12.5,
      y: 300,
      color: '#1f77b4',
      modularity_class: 3,
      'attr:kind': 'federation',
    });
    expect(read.getEdgeAttributes('r2')).toMatchObject({
      weight: 2.5,
      since: '2014',
      note: 'check, then "cite"',
    });
  });
});

describe('GEXF read by graphology-gexf', () => {
  const text = exportGraph(curated, 'gexf').data as string;
  const read = gexf.parse(MultiGraph, text);

  it('has every actor and relation, with the relation type as edge kind and label', () => {
    expect(read.order).toBe(curated.actors.length);
    expect(read.size).toBe(curated.relations.length);
    for (const relation of curated.relations) {
      const type = curated.relationTypes.find((t) => t.id === relation.type);
      const attributes = read.getEdgeAttributes(relation.id);
      expect(attributes.kind).toBe(relation.type);
      expect(attributes.label).toBe(type?.label);
      expect(attributes.weight).toBe(relation.evidence.length);
      expect(attributes.quad).toBe(type?.quad);
      expect(JSON.parse(attributes.evidence_json as string)).toEqual(relation.evidence);
      expect(read.isDirected(relation.id)).toBe(type?.directed);
    }
  });

  it('keeps the meta description and Actorgraph tables', () => {
    expect(read.getAttribute('creator')).toBe('Actorgraph');
    expect(String(read.getAttribute('description'))).toContain(`${curated.relations.length} relations`);
    expect(JSON.parse(read.getAttribute('actorgraph:sources') as string)).toEqual(curated.sources);
  });

  it('writes no attribute named type', () => {
    expect(text).not.toMatch(/<attribute [^>]*title="type"/);
  });
});

describe('CSV zip read by fflate and papaparse', () => {
  const zip = exportGraph(curated, 'csv-zip');
  const files = unzipSync(zip.data as Uint8Array);
  const table = (path: string) => {
    const entry = files[path];
    if (!entry) throw new Error(`missing ${path}`);
    const parsed = Papa.parse<Record<string, string>>(strFromU8(entry), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    return parsed;
  };

  it('is a zip with the expected files', () => {
    expect(zip.fileName).toBe('actorgraph-csv.zip');
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'edges.csv',
      'evidence.csv',
      'neo4j/nodes.csv',
      'neo4j/relationships.csv',
      'nodes.csv',
      'relation-types.csv',
      'sources.csv',
    ]);
  });

  it('has Gephi spreadsheet headers and one row per actor, relation and evidence', () => {
    const nodes = table('nodes.csv');
    expect(nodes.meta.fields?.slice(0, 3)).toEqual(['Id', 'Label', 'kind']);
    expect(nodes.data).toHaveLength(curated.actors.length);
    const edges = table('edges.csv');
    expect(edges.meta.fields?.slice(0, 7)).toEqual([
      'Id',
      'Source',
      'Target',
      'Type',
      'Kind',
      'Label',
      'Weight',
    ]);
    expect(edges.data).toHaveLength(curated.relations.length);
    for (const row of edges.data) {
      expect(['Directed', 'Undirected']).toContain(row.Type);
      const relation = curated.relations.find((r) => r.id === row.Id);
      expect(Number(row.Weight)).toBe(relation?.evidence.length);
      expect(row.Kind).toBe(relation?.type);
    }
    const evidence = table('evidence.csv');
    expect(evidence.meta.fields?.slice(0, 6)).toEqual([
      'Id',
      'relation',
      'sourceId',
      'start',
      'end',
      'quote',
    ]);
    expect(evidence.data).toHaveLength(evidenceCount(curated));
    const sources = table('sources.csv');
    expect(sources.data).toHaveLength(curated.sources.length);
    const texts = new Map(sources.data.map((row) => [row.Id, row.text ?? '']));
    for (const row of evidence.data) {
      expect(texts.get(row.sourceId ?? '')?.slice(Number(row.start), Number(row.end))).toBe(row.quote);
    }
    expect(table('relation-types.csv').data).toHaveLength(curated.relationTypes.length);
  });

  it('has neo4j-admin import headers', () => {
    const nodes = table('neo4j/nodes.csv');
    expect(nodes.meta.fields).toEqual(expect.arrayContaining(['id:ID', 'label', 'kind', ':LABEL']));
    expect(nodes.meta.fields?.[0]).toBe('id:ID');
    expect(nodes.data).toHaveLength(curated.actors.length);
    expect(nodes.data.find((row) => row['id:ID'] === 'xi-jinping')?.[':LABEL']).toBe('Actor;Person');
    const relationships = table('neo4j/relationships.csv');
    expect(relationships.meta.fields?.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(relationships.meta.fields).toEqual(expect.arrayContaining(['id', 'evidence_count:int']));
    expect(relationships.data).toHaveLength(curated.relations.length);
    for (const row of relationships.data) expect(row[':TYPE']).toMatch(/^[A-Z0-9_]+$/);
  });

  it('has position, colour, note, status and attribute columns for a graph from another tool', () => {
    const files = unzipSync(exportGraph(foreignShaped(), 'csv-zip').data as Uint8Array);
    const rows = (path: string) =>
      Papa.parse<Record<string, string>>(strFromU8(files[path] ?? new Uint8Array()), {
        header: true,
        skipEmptyLines: true,
      });
    const nodes = rows('nodes.csv');
    expect(nodes.meta.fields).toEqual([
      'Id',
      'Label',
      'kind',
      'aliases',
      'country',
      'affiliation',
      'x',
      'y',
      'color',
      'modularity_class',
      'attr:kind',
    ]);
    expect(nodes.data[0]).toMatchObject({
      x: '-12.5',
      y: '300',
      color: '#1f77b4',
      'attr:kind': 'federation',
    });
    expect(nodes.data[1]).toMatchObject({ modularity_class: '5', 'attr:kind': '', x: '' });
    const edges = rows('edges.csv');
    // Gephi reads Weight in any case: the file's own weight goes beside it, prefixed.
    expect(edges.meta.fields?.slice(-4)).toEqual(['automatic', 'note', 'attr:weight', 'since']);
    expect(edges.data[1]).toMatchObject({
      Weight: '0',
      note: 'check, then "cite"',
      'attr:weight': '2.5',
      since: '2014',
    });
    expect(rows('evidence.csv').data[0]?.status).toBe('accepted');
  });

  it('is the same bytes for the same graph', () => {
    expect(exportGraph(curated, 'csv-zip').data).toEqual(zip.data);
  });
});

describe('W3C Web Annotations', () => {
  it('converts UTF-16 offsets to code points', () => {
    const toCodePoints = codePointOffsets('a😀b');
    expect([0, 1, 3, 4].map(toCodePoints)).toEqual([0, 1, 2, 3]);
    expect(contextBefore('x😀a😀b', 6, 2)).toBe('a😀');
    expect(contextAfter('a😀b😀', 1, 2)).toBe('😀b');
  });

  it('writes quote and code point position selectors for an astral-character text', () => {
    const graph = minimalGraph();
    const source = graph.sources[0]!;
    source.text = 'a😀b said: China and Russia agree. 😀 The end.';
    const quote = 'China and Russia agree.';
    const start = source.text.indexOf(quote);
    graph.relations = [
      {
        id: 'china>russia:agrees_with',
        source: 'china',
        target: 'russia',
        type: 'agrees_with',
        evidence: [{ sourceId: 's1', start, end: start + quote.length, quote }],
      },
    ];
    const file = exportGraph(graph as Graph, 'web-annotation');
    expect(file.fileName).toBe('actorgraph-evidence.jsonld');
    expect(file.mimeType).toBe('application/ld+json');
    const collection = JSON.parse(file.data as string) as AnnotationCollection;
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(1);
    const annotation = collection.first.items[0]!;
    expect(annotation.type).toBe('Annotation');
    expect(annotation.target.source).toBe('https://example.org/parade');
    const [quoteSelector, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector];
    expect(quoteSelector).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: 'a😀b said: ',
      suffix: ' 😀 The end.',
    });
    // UTF-16: start 11; code points: one fewer, because 😀 is two code units but one code point.
    expect(start).toBe(11);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 10, end: 10 + quote.length });
    expect(Array.from(source.text).slice(position.start, position.end).join('')).toBe(quote);
    const described = annotation.body.find((b) => b.purpose === 'classifying');
    expect(JSON.parse(described?.value ?? '') as AnnotatedRelation).toEqual({
      relation: 'china>russia:agrees_with',
      source: 'china',
      type: 'agrees_with',
      target: 'russia',
      negated: false,
    });
    expect(annotation.body.find((b) => b.purpose === 'describing')?.value).toBe('China agrees with Russia');
  });

  it('leaves out the position when the graph lacks the source text', () => {
    const graph = minimalGraph();
    graph.sources = [];
    const collection = JSON.parse(
      exportGraph(graph as Graph, 'web-annotation').data as string,
    ) as AnnotationCollection;
    const annotation = collection.first.items[0]!;
    expect(annotation.target.source).toBe('urn:actorgraph:source:s1');
    expect(annotation.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('annotates every evidence sentence of the curated graph, with 32 code points of context', () => {
    const collection = JSON.parse(
      exportGraph(curated, 'web-annotation').data as string,
    ) as AnnotationCollection;
    expect(collection.first.items).toHaveLength(evidenceCount(curated));
    const text = curated.sources[0]!.text;
    const points = Array.from(text);
    for (const annotation of collection.first.items) {
      const [quote, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector];
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(Array.from(quote.prefix).length).toBe(Math.min(32, position.start));
      expect(Array.from(quote.suffix).length).toBe(Math.min(32, points.length - position.end));
    }
  });
});
