/**
 * npx tsx bench/foreign-import.ts [edges] — how long importFile takes on a large graph file from another
 * tool: a Gephi-style GEXF with viz data and attributes and no evidence (5 edges per node, some of them
 * parallel, a few labelled), then the same graph as GraphML and Cytoscape JSON. A quick check, not a test.
 */
import { exportGraph, importFile } from '../src/io/formats/index';

const edges = Number(process.argv[2] ?? 25_000);
const nodes = Math.max(2, Math.round(edges / 5));
const LABELS = ['', '', '', 'allied with', 'funds', 'criticizes'];

function gephiFile(): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="modularity_class" title="Modularity Class" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (let i = 0; i < nodes; i += 1) {
    out.push(
      `      <node id="${i}" label="Actor ${i}"><attvalues><attvalue for="modularity_class" value="${i % 17}"/></attvalues>` +
        `<viz:size value="4.0"/><viz:position x="${(i * 7.3) % 1000}" y="${(i * 3.1) % 800}" z="0.0"/>` +
        `<viz:color r="${i % 256}" g="91" b="91"/></node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (let e = 0; e < edges; e += 1) {
    // Every tenth edge repeats the one before it: parallel edges.
    const k = e % 10 === 9 ? e - 1 : e;
    const source = k % nodes;
    const target = (k * 7 + 1) % nodes;
    const label = LABELS[e % LABELS.length] ?? '';
    out.push(
      `      <edge id="${e}" source="${source}" target="${target}" weight="${(e % 5) + 1}.0"${label === '' ? '' : ` label="${label}"`}/>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function timed(name: string, bytes: Uint8Array): void {
  const started = performance.now();
  const result = importFile(name, bytes);
  const ms = performance.now() - started;
  if (!result.ok)
    throw new Error(
      result.problems
        .slice(0, 5)
        .map((p) => p.message)
        .join('\n'),
    );
  const size = (bytes.length / (1024 * 1024)).toFixed(1);
  console.log(
    `${name.padEnd(22)} ${size.padStart(5)} MB  ${result.value.actors.length} actors, ${result.value.relations.length} relations, ` +
      `${result.value.relationTypes.length} types, ${result.warnings.length} warnings  ${Math.round(ms)} ms`,
  );
}

const encode = (text: string) => new TextEncoder().encode(text);
const gexf = encode(gephiFile());
timed('gephi.gexf', gexf);
const opened = importFile('gephi.gexf', gexf);
if (!opened.ok) throw new Error('unreachable');
console.log(opened.warnings[0]?.message);
for (const format of ['gexf', 'graphml', 'cytoscape-json'] as const) {
  const file = exportGraph(opened.value, format);
  timed(`actorgraph.${file.fileName.split('.').pop() ?? format}`, encode(file.data as string));
}
