/**
 * GraphML. Written by hand: attribute types are limited to boolean, int, long, float, double and string,
 * so aliases, evidence, sources and relation types travel as JSON text. Read back from our own files
 * losslessly, and from other tools' files as far as they go (labels, edge types, no evidence).
 */
import type { Actor, Graph, Relation } from '../../domain/types';
import type { ParseResult, Problem } from '../problems';
import type { Draft, DraftItem, DraftRelation, ImportOptions } from './shared';
import {
  defined,
  edgeIdMaker,
  fileProblem,
  finishImport,
  lineWhere,
  parseJsonAttribute,
  problemAt,
  wholeProblem,
} from './shared';
import type { XmlElement } from './xml';
import {
  edgeIdentity,
  firstText,
  readActor,
  readEvidence,
  readRelation,
  reportLeftovers,
  typedValue,
  type Report,
} from './xmlDrafts';
import { attributes, childrenNamed, escapeText, firstChild, parseXml, xmlJson } from './xml';

type KeyFor = 'graph' | 'node' | 'edge';
type KeyType = 'boolean' | 'int' | 'string';

interface KeySpec {
  readonly id: string;
  readonly for: KeyFor;
  readonly name: string;
  readonly type: KeyType;
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
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'relation_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'polarity', for: 'edge', name: 'polarity', type: 'string' },
  { id: 'quad', for: 'edge', name: 'quad', type: 'int' },
  { id: 'evidence_count', for: 'edge', name: 'evidence_count', type: 'int' },
  { id: 'automatic', for: 'edge', name: 'automatic', type: 'boolean' },
  { id: 'evidence_json', for: 'edge', name: 'evidence_json', type: 'string' },
];

const data = (key: string, value: string | number | boolean | undefined): string =>
  value === undefined ? '' : `\n      <data key="${key}">${escapeText(String(value))}</data>`;

function writeNode(actor: Actor): string {
  return (
    `    <node${attributes({ id: actor.id })}>` +
    data('label', actor.label) +
    data('kind', actor.kind) +
    data('aliases_json', xmlJson(actor.aliases)) +
    data('country', actor.country) +
    data('affiliation', actor.affiliation) +
    '\n    </node>'
  );
}

function writeEdge(relation: Relation, graph: Graph): string {
  const type = graph.relationTypes.find((t) => t.id === relation.type);
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
    data('evidence_json', xmlJson(relation.evidence)) +
    '\n    </edge>'
  );
}

/** The graph as a GraphML document. */
export function exportGraphml(graph: Graph): string {
  const keys = KEYS.map(
    (key) =>
      `  <key${attributes({ id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type })}/>`,
  );
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
    ...graph.actors.map(writeNode),
    ...graph.relations.map((relation) => writeEdge(relation, graph)),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Reading

interface ReadKey {
  readonly name: string;
  readonly type: string;
  readonly fallback?: string;
}

type Values = Map<string, { text: string; type: string; line: number | undefined }>;

/** The data values of an element (and its key defaults), by lower-case attribute name. */
function valuesOf(
  element: XmlElement,
  keys: Map<string, ReadKey>,
  scope: KeyFor,
  unknown: Set<string>,
): Values {
  const values: Values = new Map();
  for (const [id, key] of keys) {
    if (key.fallback !== undefined && (id.startsWith(`${scope}\u0000`) || id.startsWith('all\u0000'))) {
      values.set(key.name.toLowerCase(), { text: key.fallback, type: key.type, line: element.line });
    }
  }
  for (const item of childrenNamed(element, 'data')) {
    const keyId = item.attributes.key ?? '';
    const key = keys.get(`${scope}\u0000${keyId}`) ?? keys.get(`all\u0000${keyId}`);
    const name = (key?.name ?? keyId).toLowerCase();
    if (item.children.length > 0 && item.text.trim() === '') continue; // tool-specific markup (yEd shapes)
    values.set(name, { text: item.text, type: key?.type ?? 'string', line: item.line ?? element.line });
    if (!KNOWN_NAMES[scope].has(name)) unknown.add(key?.name ?? keyId);
  }
  return values;
}

const KNOWN_NAMES: Readonly<Record<KeyFor, ReadonlySet<string>>> = {
  graph: new Set(['schemaversion', 'sources_json', 'relation_types_json']),
  node: new Set(['label', 'name', 'kind', 'aliases_json', 'aliases', 'country', 'affiliation']),
  edge: new Set([
    'relation',
    'type',
    'kind',
    'interaction',
    'label',
    'polarity',
    'quad',
    'directed',
    'evidence_count',
    'automatic',
    'evidence_json',
    'weight',
  ]),
};

/** GraphML's names for whole-number key types. */
const INTEGER_TYPES: ReadonlySet<string> = new Set(['int', 'long']);
const typed = (value: { text: string; type: string } | undefined): unknown =>
  typedValue(value, INTEGER_TYPES);

/** Reads a GraphML document into a graph, reporting problems by line. */
export function importGraphml(source: string, fileName: string, options?: ImportOptions): ParseResult<Graph> {
  const parsed = parseXml(source, fileName);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'graphml') {
    return {
      ok: false,
      problems: [
        fileProblem(
          fileName,
          `expected a <graphml> document, found <${root.name}>`,
          `line ${root.line ?? 1}`,
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report: Report = { fileName, problems, warnings };
  const graphElement = firstChild(root, 'graph');
  if (!graphElement)
    return {
      ok: false,
      problems: [fileProblem(fileName, 'the file has no <graph> element', `line ${root.line ?? 1}`)],
    };
  const top = lineWhere(graphElement.line, 'graph');
  if (childrenNamed(root, 'graph').length > 1) {
    warnings.push(wholeProblem(fileName, top, 'the file holds several graphs; only the first was read'));
  }

  const keys = new Map<string, ReadKey>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.id ?? '';
    const scope = key.attributes.for ?? 'all';
    const fallback = firstChild(key, 'default')?.text;
    keys.set(
      `${scope}\u0000${id}`,
      defined({
        name: key.attributes['attr.name'] ?? id,
        type: key.attributes['attr.type'] ?? 'string',
        fallback,
      }),
    );
  }
  const unknown: Record<'node' | 'edge', Set<string>> = { node: new Set(), edge: new Set() };
  const graphValues = valuesOf(graphElement, keys, 'graph', new Set());
  // Some hand-written files leave edgedefault out; read those as directed, as most relation types are.
  const edgeDefault = graphElement.attributes.edgedefault ?? 'directed';

  const jsonTable = (name: string, label: string): Draft['sources'] => {
    const value = graphValues.get(name);
    if (value === undefined) return undefined;
    const where = lineWhere(value.line, label);
    const items = parseJsonAttribute(value.text, fileName, where, label, problems);
    if (items === undefined) return undefined;
    if (!Array.isArray(items)) {
      problems.push(problemAt(fileName, where, `${label} should be a JSON list`));
      return undefined;
    }
    return { items, where: (index: number) => lineWhere(value.line, `${label}[${index}]`) };
  };
  const sources = jsonTable('sources_json', 'sources_json');
  const relationTypes = jsonTable('relation_types_json', 'relation_types_json');

  const actors: DraftItem[] = [];
  for (const node of childrenNamed(graphElement, 'node')) {
    const id = node.attributes.id ?? '';
    const where = lineWhere(node.line, `node ${JSON.stringify(id)}`);
    const values = valuesOf(node, keys, 'node', unknown.node);
    if (firstChild(node, 'graph')) warnings.push(problemAt(fileName, where, 'nested graphs are not read'));
    const get = (...names: string[]) => firstText(values, ...names);
    actors.push(readActor(id, get('label', 'name'), get, where, report, (plain) => plain.split(/[;|]/)));
  }

  const relations: DraftRelation[] = [];
  let withoutEvidence = 0;
  const edges = childrenNamed(graphElement, 'edge');
  const newId = edgeIdMaker(edges.map((edge) => edge.attributes.id));
  for (const edge of edges) {
    const { id, where } = edgeIdentity(edge, newId, report);
    const values = valuesOf(edge, keys, 'edge', unknown.edge);
    const get = (...names: string[]) => firstText(values, ...names);
    const evidence = readEvidence(get, where, report);
    if (evidence === undefined) withoutEvidence += 1;
    const directedAttribute = edge.attributes.directed ?? edgeDefault;
    const type = get('relation', 'type', 'kind', 'interaction', 'label');
    if (type === undefined) {
      problems.push(
        problemAt(
          fileName,
          where,
          'no relation type: give the edge a "relation" (or "type" or "kind") attribute',
        ),
      );
    }
    relations.push(
      readRelation(
        edge,
        id,
        where,
        { type, evidence: evidence ?? [], automatic: typed(values.get('automatic')) },
        {
          label: get('label'),
          directed: directedAttribute === 'true' || directedAttribute === 'directed',
          polarity: get('polarity'),
          quad: typed(values.get('quad')),
        },
      ),
    );
  }
  reportLeftovers(report, top, { edges: relations.length, withoutEvidence }, unknown);

  const version = graphValues.get('schemaversion');
  return finishImport(
    defined({
      fileName,
      top,
      schemaVersion: version === undefined ? undefined : typed(version),
      sources,
      relationTypes,
      actors,
      relations,
      problems,
      warnings,
    }) as Draft,
    options,
  );
}
