/**
 * Graph files written by other tools (fixtures/foreign/, made by hand in the shapes those tools write):
 * each opens with every node and edge, edges without evidence as unsupported relations, their own
 * edge types kept, and their values, positions and colours where the model keeps them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import graphJson from '../../../data/graph.json';
import type { Actor, Graph, Relation } from '../../domain/types';
import type { ImportResult } from './index';
import { EXPORT_FORMATS, FORMAT_INFO, exportGraph, importFile, importText } from './index';

const DIR = new URL('../fixtures/foreign/', import.meta.url);
const open = (name: string): ImportResult =>
  importFile(name, new Uint8Array(readFileSync(new URL(name, DIR))));

function graphOf(result: ImportResult): Graph {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

const actor = (graph: Graph, id: string): Actor => {
  const found = graph.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
};
const relation = (graph: Graph, id: string): Relation => {
  const found = graph.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
};
/** Each relation as "id: source>target type" (">" directed, "-" not). */
const drawn = (graph: Graph): string[] => {
  const directed = new Map(graph.relationTypes.map((t) => [t.id, t.directed]));
  return graph.relations.map(
    (r) => `${r.id}: ${r.source}${directed.get(r.type) ? '>' : '-'}${r.target} ${r.type}`,
  );
};
const foreignType = (id: string, label: string, directed: boolean) => ({
  id,
  label,
  directed,
  polarity: 'unknown',
  cameo: [],
  plover: '',
});

describe('GEXF from Gephi', () => {
  it('1.2 with viz data: attributes by title, positions, colours, weights, one type per label', () => {
    const result = open('gephi-1.2.gexf');
    const graph = graphOf(result);
    expect(graph.actors).toHaveLength(6);
    expect(graph.relations).toHaveLength(7);
    expect(actor(graph, '11')).toEqual({
      id: '11',
      label: 'Valjean',
      kind: 'unknown',
      aliases: [],
      attributes: { 'Modularity Class': 5, 'Eigenvector Centrality': 1 },
      position: { x: -87.93029, y: 6.8120565 },
      color: '#f55b5b',
    });
    expect(graph.relationTypes).toEqual([
      foreignType('related_to', 'related to', false),
      foreignType('mother_of', 'mother of', false),
    ]);
    expect(relation(graph, '3')).toEqual({
      id: '3',
      source: '26',
      target: '11',
      type: 'related_to',
      evidence: [],
      attributes: { weight: 31 },
    });
    expect(relation(graph, '5').type).toBe('mother_of');
    expect(graph.relations.every((r) => r.evidence.length === 0)).toBe(true);
    expect(result.ok && result.foreign).toMatchObject({ unsupported: 7, foreignTypes: 2, untyped: 6 });
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'gephi-1.2.gexf: Opened as a graph from another tool: 7 edges have no evidence and are shown as ' +
        'unsupported relations; 2 edge types are kept as types of their own, with no polarity ("related to", ' +
        '"mother of"); 6 edges with no type are shown as "related to".',
      // Gephi numbers nodes and edges apart; the canvas needs every id once.
      'gephi-1.2.gexf: 2 edges share their ids with nodes; as ids must differ between nodes and edges, ' +
        'they were renamed ("0" is now "edge-0", and so on)',
    ]);
  });

  it('1.3: kinds from a Type column, hex and rgba colours, kinds and types per edge, a self-loop', () => {
    const graph = graphOf(open('gephi-1.3.gexf'));
    expect(graph.actors.map((a) => [a.id, a.kind, a.color])).toEqual([
      ['nato', 'organization', '#1f77b4'],
      ['fra', 'state', '#2ca02c'],
      ['macron', 'person', undefined],
      ['lemonde', 'unknown', undefined], // "Newspaper" is no actor kind; r="300" is no colour
    ]);
    expect(actor(graph, 'nato').attributes).toEqual({
      Type: 'Organization',
      founded: 1949,
      members: '[France, Germany, Poland]',
    });
    expect(actor(graph, 'nato').position).toEqual({ x: 10.5, y: -20.25 });
    expect(graph.relationTypes).toEqual([
      foreignType('member_of', 'member of', true),
      foreignType('leads', 'leads', true),
      foreignType('funds', 'funds', true),
      foreignType('member_of_undirected', 'member of', false),
      foreignType('interviews', 'interviews', false),
    ]);
    expect(drawn(graph)).toEqual([
      '0: fra>nato member_of',
      '1: macron>fra leads',
      '2: fra>nato funds',
      '3: fra-nato member_of_undirected',
      '4: lemonde-macron interviews', // type="mutual"
      '5: macron>macron leads',
    ]);
    // An edge's own label that is not its type's name stays with the edge.
    expect(relation(graph, '1').attributes).toEqual({ label: 'President since 2017' });
    expect(relation(graph, '0').attributes).toEqual({ since: '1949', weight: 1 });
  });

  it('1.1: attvalues by id or for, typed by declaration, defaults, per-edge direction', () => {
    const graph = graphOf(open('gexf-1.1.gexf'));
    expect(graph.actors.map((a) => a.attributes)).toEqual([
      { url: 'https://example.org/finance', indegree: 1, active: true },
      { url: 'https://example.org/bank', indegree: 2, active: false },
      { active: true },
    ]);
    expect(drawn(graph)).toEqual([
      'edge-0: 0>1 related_to',
      'edge-1: 0-2 related_to_undirected',
      'edge-2: 1>0 related_to',
    ]);
    expect(graph.relationTypes.map((t) => [t.id, t.label, t.directed])).toEqual([
      ['related_to', 'related to', true],
      ['related_to_undirected', 'related to', false],
    ]);
  });

  it('dynamic: start and end, spells and values over time kept as readable attributes', () => {
    const result = open('dynamic.gexf');
    const graph = graphOf(result);
    expect(actor(graph, 'a').attributes).toEqual({
      bloc: 'Blue (2001-01-01..2004-12-31); Green (2005-01-01..)',
      seats: 42,
      start: '2001-01-01',
      end: '2010-12-31',
      spells: '2001-01-01..2003-12-31; 2005-01-01..',
    });
    expect(actor(graph, 'b').attributes).toEqual({ start: '2002-01-01' });
    expect(actor(graph, 'c').attributes).toEqual({ spells: '2004-01-01..2006-12-31' });
    expect(relation(graph, '0').attributes).toEqual({ start: '2002-06-01', end: '2002-12-31' });
    expect(relation(graph, '1').attributes).toEqual({
      spells: '2003-01-01..2004-01-01; 2006-01-01..2006-06-30',
    });
    expect(result.ok && result.foreign?.notes).toEqual([
      'time data is kept as attributes (bloc, start, end, spells)',
    ]);
  });
});

describe('GraphML', () => {
  it("from yEd: labels, box centres and fills from the node graphics, edge labels, a group's nodes", () => {
    const result = open('yed.graphml');
    const graph = graphOf(result);
    expect(graph.actors.map((a) => [a.id, a.label, a.position, a.color, a.attributes])).toEqual([
      ['n0', 'Élysée', { x: 140, y: 65 }, '#ffcc00', { description: 'Seat of the presidency' }],
      ['n1', 'National\nAssembly', { x: -0.5, y: 220 }, '#99ccff', undefined],
      ['n2', 'Coalition', { x: 400, y: 60 }, '#f5f5f5', undefined],
      ['n2::n0', 'Party A', { x: 350, y: 55 }, undefined, { parent: 'n2' }],
      ['n2::n1', 'Party B', { x: 450, y: 55 }, '#ff9900', { parent: 'n2' }],
    ]);
    expect(drawn(graph)).toEqual([
      'e0: n0>n1 dissolves',
      'e1: n1>n0 related_to',
      'e2: n2::n0>n2::n1 dissolves',
      'e3: n2>n1 holds_a_majority_in',
    ]);
    expect(relation(graph, 'e1').attributes).toEqual({ description: 'censure motion, 2024' });
    expect(result.ok && result.foreign?.notes).toEqual([
      '2 nodes of nested graphs are read as actors with a "parent" attribute',
    ]);
  });

  it('from Gephi: x, y and r, g, b keys, and its Edge Label', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="label" attr.type="string" for="node" id="label"/>
<key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
<key attr.name="weight" attr.type="double" for="edge" id="weight"/>
<key attr.name="r" attr.type="int" for="node" id="r"/>
<key attr.name="g" attr.type="int" for="node" id="g"/>
<key attr.name="b" attr.type="int" for="node" id="b"/>
<key attr.name="x" attr.type="float" for="node" id="x"/>
<key attr.name="y" attr.type="float" for="node" id="y"/>
<key attr.name="size" attr.type="float" for="node" id="size"/>
<graph edgedefault="directed">
<node id="kyiv"><data key="label">Kyiv</data><data key="r">0</data><data key="g">87</data><data key="b">183</data><data key="x">-12.5</data><data key="y">40.0</data><data key="size">10.0</data></node>
<node id="warsaw"><data key="label">Warsaw</data><data key="x">80.0</data></node>
<edge id="0" source="warsaw" target="kyiv"><data key="edgelabel">supplies</data><data key="weight">1.0</data></edge>
</graph>
</graphml>`;
    const graph = graphOf(importText('gephi.graphml', text));
    expect(graph.actors).toEqual([
      {
        id: 'kyiv',
        label: 'Kyiv',
        kind: 'unknown',
        aliases: [],
        attributes: { size: 10 },
        position: { x: -12.5, y: 40 },
        color: '#0057b7',
      },
      // Half a position is none: x stays an attribute.
      { id: 'warsaw', label: 'Warsaw', kind: 'unknown', aliases: [], attributes: { x: 80 } },
    ]);
    expect(drawn(graph)).toEqual(['0: warsaw>kyiv supplies']);
    expect(relation(graph, '0').attributes).toEqual({ weight: 1 });
  });

  it('NetworkX style: mixed directed and undirected parallel edges, repeated ids, no labels', () => {
    const result = open('networkx.graphml');
    const graph = graphOf(result);
    expect(graph.actors.map((a) => [a.id, a.label, a.kind, a.attributes])).toEqual([
      ['Ankara', 'Ankara', 'state', { category: 'State', member: false }],
      ['Athens', 'Athens', 'state', { category: 'state', member: true }],
      ['Brussels', 'Brussels', 'unknown', { category: 'institution', member: true }],
      ['Nicosia', 'Nicosia', 'unknown', undefined],
    ]);
    // The same label used both ways is two types; parallel edges stay apart, with ids of their own.
    expect(graph.relationTypes.map((t) => [t.id, t.label, t.directed])).toEqual([
      ['negotiates_with_undirected', 'negotiates with', false],
      ['negotiates_with', 'negotiates with', true],
      ['warns', 'warns', true],
      ['related_to', 'related to', false],
    ]);
    expect(drawn(graph)).toEqual([
      '0: Ankara-Athens negotiates_with_undirected',
      '1: Ankara-Athens negotiates_with_undirected',
      '2: Ankara>Athens negotiates_with',
      '3: Athens>Ankara warns',
      'e0: Athens-Brussels negotiates_with_undirected',
      'e1: Brussels-Brussels related_to',
      'e2: Nicosia-Athens related_to',
    ]);
    expect(relation(graph, '1').attributes).toEqual({ weight: 0.5, since: 2020 });
    expect(result.ok && result.foreign).toMatchObject({ selfLoops: 1, parallel: 1, untyped: 2 });
    expect(result.ok && result.warnings.slice(1).map((w) => w.message)).toEqual([
      'networkx.graphml: 4 nodes have no label; their ids are used as labels',
      'networkx.graphml: 1 edge has no id; it was given the id "e2"',
      'networkx.graphml: 2 edges repeat the id of an earlier edge (NetworkX numbers parallel edges per pair ' +
        'of nodes); they were given ids "e0" and on',
    ]);
  });
});

describe('Cytoscape', () => {
  it('Cytoscape.js: positions, colour fields, labels or names, types and labels, direction', () => {
    const graph = graphOf(open('cytoscape-js.json'));
    expect(graph.actors.map((a) => [a.id, a.label, a.kind, a.position, a.color, a.attributes])).toEqual([
      ['un', 'United Nations', 'organization', { x: 100, y: 200.5 }, '#3366cc', { founded: 1945 }],
      [
        'who',
        'World Health Organization',
        'unknown',
        { x: 300, y: 200 },
        '#ff7f0e',
        { regions: '["AFR","EUR"]' },
      ],
      ['unicef', 'unicef', 'unknown', { x: 120, y: 260 }, undefined, { color: 'teal', parent: 'un' }],
    ]);
    expect(graph.relationTypes.map((t) => [t.id, t.label, t.directed])).toEqual([
      ['coordinates', 'coordinates', true],
      ['reports_to', 'reports to', false],
      ['related_to', 'related to', true],
    ]);
    expect(drawn(graph)).toEqual([
      'e1: un>who coordinates',
      'e2: who-un reports_to',
      'e3: un>who coordinates',
      'e4: unicef>un related_to',
    ]);
    expect(relation(graph, 'e2').attributes).toEqual({ label: 'annual report' });
  });

  it('Cytoscape.js with elements as one list reads the same', () => {
    const text = readFileSync(new URL('cytoscape-js.json', DIR), 'utf8');
    const doc = JSON.parse(text) as { elements: { nodes: unknown[]; edges: unknown[] } };
    const listed = JSON.stringify({ elements: [...doc.elements.nodes, ...doc.elements.edges] });
    expect(graphOf(importText('listed.json', listed))).toEqual(graphOf(open('cytoscape-js.json')));
  });

  it('desktop .cyjs: name and interaction read, bookkeeping columns left out, the rest kept', () => {
    const graph = graphOf(open('cytoscape-desktop.cyjs'));
    expect(actor(graph, '128')).toEqual({
      id: '128',
      label: 'Berlin',
      kind: 'state',
      aliases: [],
      attributes: { Type: 'state', degree_layout: 3, gdp_growth: -0.211 },
      position: { x: 1248, y: 1539.5 },
    });
    expect(actor(graph, '132').kind).toBe('unknown');
    expect(graph.relationTypes.map((t) => t.id)).toEqual(['pp', 'pd']);
    expect(graph.relations).toEqual([
      {
        id: '351',
        source: '130',
        target: '128',
        type: 'pp',
        evidence: [],
        attributes: { EdgeBetweenness: 42.5 },
      },
      {
        id: '352',
        source: '130',
        target: '128',
        type: 'pd',
        evidence: [],
        attributes: { EdgeBetweenness: 12 },
      },
      {
        id: '353',
        source: '128',
        target: '132',
        type: 'pp',
        evidence: [],
        attributes: { EdgeBetweenness: 8 },
      },
    ]);
  });
});

describe('files that are no graph are still refused', () => {
  const problems = (result: ImportResult): string =>
    result.ok ? '' : result.problems.map((p) => p.message).join('\n');

  it('an edge whose end is no node, and two nodes with one id', () => {
    const dangling =
      '<gexf version="1.2"><graph><nodes><node id="a"/></nodes>' +
      '<edges><edge id="0" source="a" target="b"/></edges></graph></gexf>';
    expect(problems(importText('dangling.gexf', dangling))).toMatch(
      /^dangling\.gexf: edge "0" target: no actor has the id "b"/,
    );
    const twice = JSON.stringify({ elements: [{ data: { id: 'a' } }, { data: { id: 'a', name: 'A' } }] });
    expect(problems(importText('twice.json', twice))).toMatch(/duplicate actor id "a"/);
  });

  it('JSON and XML of other kinds', () => {
    expect(problems(importText('x.json', '{"nodes": [], "links": []}'))).toMatch(
      /node-link JSON \(as NetworkX, D3 or graphology write it\) is not read; save the graph as GraphML or GEXF/,
    );
    expect(problems(importText('x.xml', '<rss version="2.0"/>'))).toMatch(/an XML file whose root is <rss>/);
  });
});

describe('a foreign graph, once open', () => {
  const names = [
    'gephi-1.2.gexf',
    'gephi-1.3.gexf',
    'gexf-1.1.gexf',
    'dynamic.gexf',
    'yed.graphml',
    'networkx.graphml',
    'cytoscape-js.json',
    'cytoscape-desktop.cyjs',
  ];

  it.each(names)('%s comes back the same from every format that reads back', (name) => {
    const graph = graphOf(open(name));
    for (const format of EXPORT_FORMATS.filter((f) => FORMAT_INFO[f].importable)) {
      const file = exportGraph(graph, format);
      expect(graphOf(importText(file.fileName, file.data as string)), format).toStrictEqual(graph);
    }
  });

  it.each(names)('%s has no id that is both an actor and a relation (the canvas needs each once)', (name) => {
    const graph = graphOf(open(name));
    const ids = [...graph.actors, ...graph.relations].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a type the open graph defines when the file names it by id, in the same direction', () => {
    const seed = graphJson as unknown as Graph;
    const directedType = seed.relationTypes.find((t) => t.directed);
    if (!directedType) throw new Error('seed changed');
    const gexf = (type: string) =>
      `<gexf version="1.3"><graph defaultedgetype="${type}"><nodes><node id="a"/><node id="b"/></nodes>` +
      `<edges><edge id="0" source="a" target="b" kind="${directedType.id}"/></edges></graph></gexf>`;
    const lent = graphOf(importText('lent.gexf', gexf('directed'), { relationTypes: seed.relationTypes }));
    expect(lent.relationTypes).toEqual([directedType]);
    // Undirected, it is not that type: a type of its own, under an id the vocabulary does not use.
    const own = graphOf(importText('own.gexf', gexf('undirected'), { relationTypes: seed.relationTypes }));
    expect(own.relationTypes).toEqual([foreignType(`${directedType.id}_2`, directedType.id, false)]);
  });
});
