/**
 * GEXF 1.3, Gephi's format. Written by hand: the relation type goes in each edge's `kind` (1.3 keeps
 * parallel edges of different kinds apart) and `label`, evidence as the JSON text attribute
 * `evidence_json`, and the source texts and relation type table as JSON in namespaced elements of
 * `<meta>`, which GEXF readers skip. Actors' positions and colours go in viz:position and viz:color,
 * and attributes read from other tools' files are declared as attributes of their own. No attribute
 * is named `type`: Gephi keeps that name for its own edge Type column. Reading is in gexfRead.ts.
 */
import type { Actor, Graph, Relation, RelationType } from '../../domain/types';
import { plural } from '../describe';
import type { Columns, Reserved } from './attributes';
import { attributeColumns, edgeReserved, nodeReserved } from './attributes';
import { attributes, escapeText, xmlJson } from './xml';

/** Namespace of Actorgraph's elements inside <meta>. */
export const GEXF_ACTORGRAPH_NAMESPACE = 'urn:actorgraph:gexf';
const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** Attribute titles the reader takes for itself (or Gephi shows as its own columns), in lower case. */
export const NODE_RESERVED: Reserved = nodeReserved('id', 'color', 'colour');
export const EDGE_RESERVED: Reserved = edgeReserved('id', 'weight');

type Declaration = { readonly id: string; readonly title: string; readonly type: string };
type Value = string | number | boolean | undefined;

const fixed = (ids: readonly [string, string][]): Declaration[] =>
  ids.map(([id, type]) => ({ id, title: id, type }));

const NODE_ATTRIBUTES = fixed([
  ['kind', 'string'],
  ['aliases_json', 'string'],
  ['country', 'string'],
  ['affiliation', 'string'],
]);

const EDGE_ATTRIBUTES = fixed([
  ['relation', 'string'],
  ['polarity', 'string'],
  ['quad', 'integer'],
  ['evidence_count', 'integer'],
  ['automatic', 'boolean'],
  ['note', 'string'],
  ['evidence_json', 'string'],
]);

const attvalues = (pairs: readonly (readonly [string, Value])[]): string => {
  const values = pairs
    .filter(([, value]) => value !== undefined)
    .map(([id, value]) => `\n          <attvalue${attributes({ for: id, value })}/>`);
  return values.length === 0 ? '' : `\n        <attvalues>${values.join('')}\n        </attvalues>`;
};

/** Each of the item's attributes in the column declared for its name and type. */
const ownValues = (item: { readonly attributes?: Graph['actors'][number]['attributes'] }, columns: Columns) =>
  Object.entries(item.attributes ?? {}).map(([name, value]) => [columns.of(name, value).id, value] as const);

function writeNode(actor: Actor, columns: Columns): string {
  const values = attvalues([
    ['kind', actor.kind],
    ['aliases_json', xmlJson(actor.aliases)],
    ['country', actor.country],
    ['affiliation', actor.affiliation],
    ...ownValues(actor, columns),
  ]);
  const viz: string[] = [];
  if (actor.position) {
    viz.push(`\n        <viz:position${attributes({ x: actor.position.x, y: actor.position.y, z: 0 })}/>`);
  }
  const rgb =
    actor.color === undefined ? undefined : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(actor.color);
  if (rgb) {
    const [r, g, b] = rgb.slice(1, 4).map((hex) => Number.parseInt(hex, 16));
    viz.push(`\n        <viz:color${attributes({ r, g, b })}/>`);
  }
  return `      <node${attributes({ id: actor.id, label: actor.label })}>${values}${viz.join('')}\n      </node>`;
}

function writeEdge(relation: Relation, type: RelationType | undefined, columns: Columns): string {
  const weight = relation.attributes?.weight;
  const head = attributes({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    type: type?.directed === false ? 'undirected' : 'directed',
    kind: relation.type,
    label: type?.label ?? relation.type,
    // Gephi's Weight column: the file's own weight when it had one, else the number of sentences.
    weight:
      typeof weight === 'number'
        ? weight
        : relation.evidence.length > 0
          ? relation.evidence.length
          : undefined,
  });
  const values = attvalues([
    ['relation', relation.type],
    ['polarity', type?.polarity],
    ['quad', type?.quad],
    ['evidence_count', relation.evidence.length],
    ['automatic', relation.automatic],
    ['note', relation.note],
    ['evidence_json', xmlJson(relation.evidence)],
    ...ownValues(relation, columns),
  ]);
  return `      <edge${head}>${values}\n      </edge>`;
}

const declare = (cls: 'node' | 'edge', list: readonly Declaration[]): string =>
  [
    `    <attributes class="${cls}" mode="static">`,
    ...list.map((a) => `      <attribute${attributes({ id: a.id, title: a.title, type: a.type })}/>`),
    '    </attributes>',
  ].join('\n');

/** The graph as a GEXF 1.3 document. */
export function exportGexf(graph: Graph): string {
  const evidenceCount = graph.relations.reduce((sum, r) => sum + r.evidence.length, 0);
  const description =
    `Actorgraph: ${plural(graph.actors.length, 'actor')}, ${plural(graph.relations.length, 'relation')}, ` +
    `${plural(evidenceCount, 'evidence sentence')} from ${plural(graph.sources.length, 'source')}. ` +
    'Edge kind is the relation type; evidence_json holds the sentences, with offsets in UTF-16 code units.';
  const fixedIds = (list: readonly Declaration[]) => new Set(list.map((declaration) => declaration.id));
  const nodeColumns = attributeColumns(graph.actors, NODE_RESERVED, 'a', fixedIds(NODE_ATTRIBUTES));
  const edgeColumns = attributeColumns(graph.relations, EDGE_RESERVED, 'a', fixedIds(EDGE_ATTRIBUTES));
  const types = new Map(graph.relationTypes.map((type) => [type.id, type]));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // No xsi:schemaLocation: the Actorgraph elements in <meta> are an extension the schema does not list.
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="${VIZ_NAMESPACE}" xmlns:actorgraph="${GEXF_ACTORGRAPH_NAMESPACE}" version="1.3">`,
    '  <meta>',
    '    <creator>Actorgraph</creator>',
    `    <description>${escapeText(description)}</description>`,
    `    <actorgraph:schemaVersion>${graph.schemaVersion}</actorgraph:schemaVersion>`,
    `    <actorgraph:sources>${escapeText(xmlJson(graph.sources))}</actorgraph:sources>`,
    `    <actorgraph:relationTypes>${escapeText(xmlJson(graph.relationTypes))}</actorgraph:relationTypes>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    declare('node', [...NODE_ATTRIBUTES, ...nodeColumns.list]),
    declare('edge', [...EDGE_ATTRIBUTES, ...edgeColumns.list]),
    '    <nodes>',
    ...graph.actors.map((actor) => writeNode(actor, nodeColumns)),
    '    </nodes>',
    '    <edges>',
    ...graph.relations.map((relation) => writeEdge(relation, types.get(relation.type), edgeColumns)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
