/** importFile on files that are not clean Actorgraph exports: what it accepts, and how it says what is wrong. */
import { describe, expect, it } from 'vitest';
import graphJson from '../../../data/graph.json';
import type { Graph } from '../../domain/types';
import type { ParseResult, Problem } from '../problems';
import { minimalGraph } from '../fixtures/minimalGraph';
import { EXPORT_FORMATS, FORMAT_INFO, exportGraph, importFile, importText } from './index';
import { toCytoscape } from './cytoscapeJson';

const curated = graphJson as unknown as Graph;
const encode = (text: string) => new TextEncoder().encode(text);

function problemsOf(result: ParseResult<Graph>): readonly Problem[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems;
}

function valueOf(result: ParseResult<Graph>): Graph {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

describe('exportGraph', () => {
  it('names and types every format, for the full graph and an empty one', () => {
    const empty: Graph = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] };
    for (const format of EXPORT_FORMATS) {
      for (const graph of [curated, empty]) {
        const file = exportGraph(graph, format, { baseName: 'victory-day' });
        expect(file.fileName.startsWith('victory-day')).toBe(true);
        expect(file.fileName.endsWith(`.${FORMAT_INFO[format].extension}`)).toBe(true);
        expect(file.mimeType).toBe(FORMAT_INFO[format].mimeType);
        expect(file.data.length).toBeGreaterThan(0);
      }
    }
  });

  it('reads back every importable format, including an empty graph', () => {
    const empty: Graph = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] };
    for (const format of EXPORT_FORMATS.filter((f) => FORMAT_INFO[f].importable)) {
      const file = exportGraph(empty, format);
      expect(valueOf(importFile(file.fileName, encode(file.data as string)))).toEqual(empty);
    }
  });
});

describe('importFile: bytes and format detection', () => {
  it('rejects bytes that are not UTF-8, saying which byte', () => {
    const text = encode(exportGraph(minimalGraph() as Graph, 'graphml').data as string);
    const latin1 = new Uint8Array([...text.slice(0, 100), 0xe9, ...text.slice(100)]);
    const [problem] = problemsOf(importFile('old.graphml', latin1));
    expect(problem?.path).toBe('byte 100');
    expect(problem?.message).toMatch(/^old\.graphml: the file is not UTF-8 text \(byte 0xE9/);
  });

  it('rejects UTF-16 and explains', () => {
    const [problem] = problemsOf(importFile('g.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x00])));
    expect(problem?.message).toContain('UTF-16');
  });

  it('accepts a UTF-8 byte order mark', () => {
    const file = exportGraph(minimalGraph() as Graph, 'gexf');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(file.data as string)]);
    expect(valueOf(importFile(file.fileName, bytes))).toEqual(minimalGraph());
  });

  it('tells formats apart by content, whatever the extension says', () => {
    const graph = minimalGraph() as Graph;
    for (const format of ['actorgraph-json', 'cytoscape-json', 'graphml', 'gexf'] as const) {
      const data = exportGraph(graph, format).data as string;
      expect(valueOf(importFile('download.txt', encode(data)))).toEqual(graph);
    }
    const cytoscape = exportGraph(graph, 'cytoscape-json').data as string;
    expect(valueOf(importFile('elements.json', encode(cytoscape)))).toEqual(graph);
  });

  it('refuses the zip and the annotations, which are exports only', () => {
    const zip = exportGraph(curated, 'csv-zip').data as Uint8Array;
    expect(problemsOf(importFile('actorgraph-csv.zip', zip))[0]?.message).toMatch(/zip archive/);
    const annotations = exportGraph(curated, 'web-annotation').data as string;
    expect(problemsOf(importFile('a.jsonld', encode(annotations)))[0]?.message).toMatch(/export only/);
  });

  it('refuses other XML and other JSON, naming what it reads', () => {
    const svg = problemsOf(
      importText('x.svg', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
    );
    expect(svg[0]?.message).toMatch(/^x\.svg: an XML file whose root is <svg>; expected .*GraphML/);
    const other = problemsOf(importText('x.yaml', 'nodes: []'));
    expect(other[0]?.message).toMatch(/neither JSON nor XML/);
    expect(problemsOf(importText('x.json', '  '))[0]?.message).toMatch(/empty/);
  });
});

describe('importFile: problems point into the file', () => {
  it('reports malformed XML by line', () => {
    const text = (exportGraph(minimalGraph() as Graph, 'gexf').data as string).replace('</nodes>', '</node>');
    const line =
      text
        .split('\n')
        .findIndex((l) => l.includes('</node>') && !l.includes('</nodes>') && l.trim() === '</node>') + 1;
    const [problem] = problemsOf(importFile('broken.gexf', encode(text)));
    expect(problem?.path).toMatch(/^line \d+, column \d+$/);
    expect(Number(/line (\d+)/.exec(problem?.path ?? '')?.[1])).toBeGreaterThanOrEqual(line);
    expect(problem?.message).toMatch(/^broken\.gexf: not well-formed XML/);
  });

  it('reports a GraphML quote that does not match its source at the edge line', () => {
    const graph = minimalGraph();
    graph.relations[0]!.evidence[0]!.quote = 'Russia and China signed a pact on oil.';
    const text = exportGraph(graph as Graph, 'graphml').data as string;
    const lines = text.split('\n');
    const edgeLine =
      lines.findIndex((l) => l.includes(`<edge id="${graph.relations[0]!.id.replace(/>/g, '&gt;')}"`)) + 1;
    expect(edgeLine).toBeGreaterThan(0);
    const problems = problemsOf(importFile('edited.graphml', encode(text)));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(`line ${edgeLine}`);
    expect(problems[0]?.message).toMatch(
      new RegExp(
        `^edited\\.graphml: edge "${graph.relations[0]!.id}" evidence\\[0\\]\\.quote: quote does not match`,
      ),
    );
  });

  it('reports line numbers in files with CRLF line ends', () => {
    const graph = minimalGraph();
    graph.actors[1]!.kind = 'empire' as never;
    const text = (exportGraph(graph as Graph, 'gexf').data as string).replace(/\n/g, '\r\n');
    const nodeLine = text.split('\r\n').findIndex((l) => l.includes('<node id="china"')) + 1;
    const problems = problemsOf(importFile('crlf.gexf', encode(text)));
    expect(problems.map((p) => p.path)).toEqual([`line ${nodeLine}`]);
    expect(problems[0]?.message).toMatch(/^crlf\.gexf: node "china" kind: expected one of "person"/);
  });

  it('reports evidence JSON that does not parse, at its edge', () => {
    const graph = minimalGraph() as Graph;
    const text = (exportGraph(graph, 'graphml').data as string).replace(
      '<data key="evidence_json">[{',
      '<data key="evidence_json">[{,',
    );
    const problems = problemsOf(importFile('cut.graphml', encode(text)));
    expect(problems[0]?.message).toMatch(
      /^cut\.graphml: edge "r1": evidence_json is not valid JSON: .* \(line 1, column 3 of its text\)$/,
    );
    expect(problems[0]?.path).toMatch(/^line \d+$/);
  });

  it('reports Cytoscape problems by JSON path', () => {
    const doc = toCytoscape(minimalGraph() as Graph);
    const edited = JSON.parse(JSON.stringify(doc)) as {
      elements: { edges: { data: { evidence: { end: number }[] } }[] };
    };
    edited.elements.edges[1]!.data.evidence[0]!.end += 1;
    const problems = problemsOf(importFile('graph.cyjs', encode(JSON.stringify(edited))));
    expect(problems.map((p) => p.path)).toEqual(['$.elements.edges[1].data.evidence[0].quote']);
    expect(problems[0]?.message).toMatch(/^graph\.cyjs: quote does not match/);
  });

  it('reports Actorgraph JSON problems by JSON path, naming the file', () => {
    const graph = minimalGraph();
    graph.relations[0]!.target = 'chna';
    const problems = problemsOf(importFile('graph.json', encode(JSON.stringify(graph, null, 2))));
    expect(problems[0]?.path).toBe('$.relations[0].target');
    expect(problems[0]?.message).toMatch(/^graph\.json: no actor has the id "chna".*did you mean "china"/);
    const syntax = problemsOf(importFile('graph.json', encode('{\n  "schemaVersion": 1,\n}')));
    expect(syntax[0]?.path).toBe('line 3, column 1');
    expect(syntax[0]?.message).toMatch(/^graph\.json is not valid JSON/);
  });

  it('offers repairable anchors, as the app uses at load time', () => {
    const graph = minimalGraph();
    graph.relations[0]!.evidence[0]!.start += 1;
    graph.relations[0]!.evidence[0]!.end += 1;
    const text = exportGraph(graph as Graph, 'gexf').data as string;
    expect(importFile('drift.gexf', encode(text)).ok).toBe(false);
    expect(importFile('drift.gexf', encode(text), { anchors: 'repairable' }).ok).toBe(true);
  });
});

describe('importFile: files from other tools', () => {
  const bare = () => {
    const doc = toCytoscape(minimalGraph() as Graph);
    return [...doc.elements.nodes, ...doc.elements.edges].map((element) => ({ data: element.data }));
  };

  it('reads Cytoscape elements as one list, and says it cannot check evidence without source texts', () => {
    const problems = problemsOf(importFile('elements.json', encode(JSON.stringify({ elements: bare() }))));
    expect(problems[0]?.message).toMatch(/evidence cites source "s1", whose text is not in this file/);
  });

  it('borrows source texts from the open graph and rebuilds relation types from edge fields', () => {
    const graph = minimalGraph() as Graph;
    const result = importFile('elements.json', encode(JSON.stringify(bare())), { sources: graph.sources });
    const value = valueOf(result);
    expect(value.actors).toEqual(graph.actors);
    expect(value.relations).toEqual(graph.relations);
    expect(value.sources).toEqual(graph.sources);
    expect(value.relationTypes).toEqual(graph.relationTypes.map((t) => ({ ...t, cameo: [], plover: '' })));
    const warnings = result.ok ? result.warnings.map((w) => w.message).join('\n') : '';
    expect(warnings).toMatch(/checked against 1 source of the open graph/);
    expect(warnings).toMatch(/rebuilt from edge attributes, without CAMEO codes or PLOVER class/);
  });

  it('takes relation types from the open graph when it has them', () => {
    const graph = minimalGraph() as Graph;
    const value = valueOf(importFile('e.json', encode(JSON.stringify(bare())), graph));
    expect(value).toEqual(graph);
  });

  it('opens a GraphML file another tool wrote: unsupported relations, its own types, one summary', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="d0" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="d1" for="node" attr.name="kind" attr.type="string"><default>state</default></key>',
      '  <key id="d2" for="edge" attr.name="relation" attr.type="string"/>',
      '  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>',
      '  <graph edgedefault="directed">',
      '    <node id="n0"><data key="d0">China</data></node>',
      '    <node id="n1"><data key="d0">Russia</data></node>',
      '    <edge id="e0" source="n1" target="n0"/>',
      '    <edge source="n0" target="n1"><data key="d2">supports</data><data key="d3">2.0</data></edge>',
      '  </graph>',
      '</graphml>',
    ].join('\n');
    const result = importFile('gephi.graphml', encode(text));
    const value = valueOf(result);
    expect(value.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['n0', 'China', 'state'],
      ['n1', 'Russia', 'state'],
    ]);
    expect(value.relationTypes).toEqual([
      { id: 'related_to', label: 'related to', directed: true, polarity: 'unknown', cameo: [], plover: '' },
      { id: 'supports', label: 'supports', directed: true, polarity: 'unknown', cameo: [], plover: '' },
    ]);
    expect(value.relations).toEqual([
      { id: 'e0', source: 'n1', target: 'n0', type: 'related_to', evidence: [] },
      { id: 'e1', source: 'n0', target: 'n1', type: 'supports', evidence: [], attributes: { weight: 2 } },
    ]);
    expect(result.ok && result.warnings.map((w) => `${w.path} ${w.message}`)).toEqual([
      '$ gephi.graphml: Opened as a graph from another tool: 2 edges have no evidence and are shown as ' +
        'unsupported relations; 2 edge types are kept as types of their own, with no polarity ' +
        '("related to", "supports"); 1 edge with no type is shown as "related to".',
      '$ gephi.graphml: 1 edge has no id; it was given the id "e1"',
    ]);
    expect(result.foreign).toMatchObject({ unsupported: 2, relations: 2, foreignTypes: 2, untyped: 1 });
  });

  it('reads a GEXF file with numeric attribute ids, titles and defaults', () => {
    const graph = minimalGraph() as Graph;
    const relation = graph.relations[0]!;
    const evidence = JSON.stringify(relation.evidence).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="kind" type="string"><default>state</default></attribute>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="evidence_json" type="string"/>
    </attributes>
    <nodes>
      <node id="russia" label="Russia"/>
      <node id="china" label="China"/>
    </nodes>
    <edges>
      <edge id="${relation.id.replace(/>/g, '&gt;')}" source="${relation.source}" target="${relation.target}" kind="${relation.type}">
        <attvalues><attvalue for="0" value="${evidence}"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;
    const value = valueOf(importFile('gephi.gexf', encode(text), graph));
    expect(value.relations).toEqual([relation]);
    expect(value.actors.map((a) => [a.id, a.kind, a.label])).toEqual([
      ['russia', 'state', 'Russia'],
      ['china', 'state', 'China'],
    ]);
  });
});
