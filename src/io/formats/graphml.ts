/**
 * GraphML. Written by hand: attribute types are limited to boolean, int, long, float, double and string,
 * so aliases, evidence, sources and relation types travel as JSON text. Actors' positions are the keys
 * `x` and `y` and their colours `color`, as Gephi writes them; attributes read from other tools' files
 * get keys of their own. Reading is in graphmlRead.ts.
 */
import type { Actor, Graph, Relation, RelationType } from '../../domain/types';
import type { Columns, Reserved } from './attributes';
import { attributeColumns, edgeReserved, nodeReserved } from './attributes';
import { attributes, escapeText, xmlJson } from './xml';

/** Data key names the reader takes for itself, in lower case. */
export const NODE_RESERVED: Reserved = nodeReserved('name', 'x', 'y', 'color', 'colour', 'r', 'g', 'b');
export const EDGE_RESERVED: Reserved = edgeReserved();

type KeyFor = 'graph' | 'node' | 'edge';

interface KeySpec {
  readonly id: string;
  readonly for: KeyFor;
  readonly name: string;
  readonly type: string;
}

const KEYS: readonly KeySpec[] = [
  { id: 'schema_version', for: 'graph', name: 'schemaVersion', type: 'int' },
  { id: 'sources_json', for: 'graph', name: 'sources_json', type: 'string' },
  { id: 'relation_types_json', for: 'graph', name: 'relation_types_json', type: 'string' },
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'aliases_json', for: 'node', name: 'aliases_json', type: 'string' },
  { id: 'country', for: 'node', name: 'country', type: 'string' },
  { id: 'affiliation', for: 'node', name: 'affiliation', type: 'string' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'relation_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'polarity', for: 'edge', name: 'polarity', type: 'string' },
  { id: 'quad', for: 'edge', name: 'quad', type: 'int' },
  { id: 'evidence_count', for: 'edge', name: 'evidence_count', type: 'int' },
  { id: 'automatic', for: 'edge', name: 'automatic', type: 'boolean' },
  { id: 'note', for: 'edge', name: 'note', type: 'string' },
  { id: 'evidence_json', for: 'edge', name: 'evidence_json', type: 'string' },
];

const data = (key: string, value: string | number | boolean | undefined): string =>
  value === undefined ? '' : `\n      <data key="${key}">${escapeText(String(value))}</data>`;

const ownData = (item: { readonly attributes?: Actor['attributes'] }, columns: Columns): string =>
  Object.entries(item.attributes ?? {})
    .map(([name, value]) => data(columns.of(name, value).id, value))
    .join('');

function writeNode(actor: Actor, columns: Columns): string {
  return (
    `    <node${attributes({ id: actor.id })}>` +
    data('label', actor.label) +
    data('kind', actor.kind) +
    data('aliases_json', xmlJson(actor.aliases)) +
    data('country', actor.country) +
    data('affiliation', actor.affiliation) +
    data('x', actor.position?.x) +
    data('y', actor.position?.y) +
    data('color', actor.color) +
    ownData(actor, columns) +
    '\n    </node>'
  );
}

function writeEdge(relation: Relation, type: RelationType | undefined, columns: Columns): string {
  const head = attributes({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    directed: type ? type.directed : true,
  });
  return (
    `    <edge${head}>` +
    data('relation', relation.type) +
    data('relation_label', type?.label) +
    data('polarity', type?.polarity) +
    data('quad', type?.quad) +
    data('evidence_count', relation.evidence.length) +
    data('automatic', relation.automatic) +
    data('note', relation.note) +
    data('evidence_json', xmlJson(relation.evidence)) +
    ownData(relation, columns) +
    '\n    </edge>'
  );
}

/** The graph as a GraphML document. */
export function exportGraphml(graph: Graph): string {
  const nodeColumns = attributeColumns(graph.actors, NODE_RESERVED, 'node_attr_');
  const edgeColumns = attributeColumns(graph.relations, EDGE_RESERVED, 'edge_attr_');
  const declared: KeySpec[] = [
    ...KEYS,
    ...nodeColumns.list.map((c) => ({ id: c.id, for: 'node' as const, name: c.title, type: c.type })),
    ...edgeColumns.list.map((c) => ({ id: c.id, for: 'edge' as const, name: c.title, type: c.type })),
  ];
  const keys = declared.map(
    (key) =>
      `  <key${attributes({ id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type })}/>`,
  );
  const types = new Map(graph.relationTypes.map((type) => [type.id, type]));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <!-- Actorgraph export. Evidence offsets count UTF-16 code units in the source text. -->',
    ...keys,
    // Undirected by default, each edge saying which it is: graphology's reader honours only directed="true".
    '  <graph id="actorgraph" edgedefault="undirected">',
    `    <data key="schema_version">${graph.schemaVersion}</data>`,
    `    <data key="sources_json">${escapeText(xmlJson(graph.sources))}</data>`,
    `    <data key="relation_types_json">${escapeText(xmlJson(graph.relationTypes))}</data>`,
    ...graph.actors.map((actor) => writeNode(actor, nodeColumns)),
    ...graph.relations.map((relation) => writeEdge(relation, types.get(relation.type), edgeColumns)),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
