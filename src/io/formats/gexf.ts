/**
 * GEXF 1.3, Gephi's format. Written by hand: the relation type goes in each edge's `kind` (1.3 keeps
 * parallel edges of different kinds apart) and `label`, evidence as the JSON text attribute
 * `evidence_json`, and the source texts and relation type table as JSON in namespaced elements of
 * `<meta>`, which GEXF readers skip. No attribute is named `type`: Gephi keeps that name for its own
 * edge Type column.
 */
import type { Actor, Graph, Relation } from '../../domain/types';
import { plural } from '../describe';
import type { ParseResult, Problem } from '../problems';
import type { Draft, DraftItem, DraftRelation, ImportOptions } from './shared';
import {
  defined,
  edgeIdMaker,
  fileProblem,
  finishImport,
  lineWhere,
  looseInteger,
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

/** Namespace of Actorgraph's elements inside <meta>. */
export const GEXF_ACTORGRAPH_NAMESPACE = 'urn:actorgraph:gexf';

const NODE_ATTRIBUTES = [
  { id: 'kind', type: 'string' },
  { id: 'aliases_json', type: 'string' },
  { id: 'country', type: 'string' },
  { id: 'affiliation', type: 'string' },
] as const;

const EDGE_ATTRIBUTES = [
  { id: 'relation', type: 'string' },
  { id: 'polarity', type: 'string' },
  { id: 'quad', type: 'integer' },
  { id: 'evidence_count', type: 'integer' },
  { id: 'automatic', type: 'boolean' },
  { id: 'evidence_json', type: 'string' },
] as const;

const attvalues = (pairs: Readonly<Record<string, string | number | boolean | undefined>>): string => {
  const values = Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `\n          <attvalue${attributes({ for: name, value })}/>`);
  return values.length === 0 ? '' : `\n        <attvalues>${values.join('')}\n        </attvalues>`;
};

function writeNode(actor: Actor): string {
  const values = attvalues({
    kind: actor.kind,
    aliases_json: xmlJson(actor.aliases),
    country: actor.country,
    affiliation: actor.affiliation,
  });
  return `      <node${attributes({ id: actor.id, label: actor.label })}>${values}\n      </node>`;
}

function writeEdge(relation: Relation, graph: Graph): string {
  const type = graph.relationTypes.find((t) => t.id === relation.type);
  const head = attributes({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    type: type?.directed === false ? 'undirected' : 'directed',
    kind: relation.type,
    label: type?.label ?? relation.type,
    weight: relation.evidence.length > 0 ? relation.evidence.length : undefined,
  });
  const values = attvalues({
    relation: relation.type,
    polarity: type?.polarity,
    quad: type?.quad,
    evidence_count: relation.evidence.length,
    automatic: relation.automatic,
    evidence_json: xmlJson(relation.evidence),
  });
  return `      <edge${head}>${values}\n      </edge>`;
}

const declare = (cls: 'node' | 'edge', list: readonly { id: string; type: string }[]): string =>
  [
    `    <attributes class="${cls}" mode="static">`,
    ...list.map((a) => `      <attribute${attributes({ id: a.id, title: a.id, type: a.type })}/>`),
    '    </attributes>',
  ].join('\n');

/** The graph as a GEXF 1.3 document. */
export function exportGexf(graph: Graph): string {
  const evidenceCount = graph.relations.reduce((sum, r) => sum + r.evidence.length, 0);
  const description =
    `Actorgraph: ${plural(graph.actors.length, 'actor')}, ${plural(graph.relations.length, 'relation')}, ` +
    `${plural(evidenceCount, 'evidence sentence')} from ${plural(graph.sources.length, 'source')}. ` +
    'Edge kind is the relation type; evidence_json holds the sentences, with offsets in UTF-16 code units.';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // No xsi:schemaLocation: the Actorgraph elements in <meta> are an extension the schema does not list.
    `<gexf xmlns="http://gexf.net/1.3" xmlns:actorgraph="${GEXF_ACTORGRAPH_NAMESPACE}" version="1.3">`,
    '  <meta>',
    '    <creator>Actorgraph</creator>',
    `    <description>${escapeText(description)}</description>`,
    `    <actorgraph:schemaVersion>${graph.schemaVersion}</actorgraph:schemaVersion>`,
    `    <actorgraph:sources>${escapeText(xmlJson(graph.sources))}</actorgraph:sources>`,
    `    <actorgraph:relationTypes>${escapeText(xmlJson(graph.relationTypes))}</actorgraph:relationTypes>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    declare('node', NODE_ATTRIBUTES),
    declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...graph.actors.map(writeNode),
    '    </nodes>',
    '    <edges>',
    ...graph.relations.map((relation) => writeEdge(relation, graph)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Declared {
  readonly title: string;
  readonly type: string;
  readonly fallback?: string;
}

type Values = Map<string, { text: string; type: string }>;

const KNOWN: Readonly<Record<'node' | 'edge', ReadonlySet<string>>> = {
  node: new Set(['kind', 'aliases_json', 'aliases', 'country', 'affiliation']),
  edge: new Set(['relation', 'polarity', 'quad', 'evidence_count', 'automatic', 'evidence_json', 'directed']),
};

function declared(graph: XmlElement, cls: 'node' | 'edge'): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attributes.class ?? 'node') !== cls) continue;
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.id ?? attribute.attributes.title ?? '';
      out.set(
        id,
        defined({
          title: attribute.attributes.title ?? id,
          type: attribute.attributes.type ?? 'string',
          fallback: firstChild(attribute, 'default')?.text,
        }),
      );
    }
  }
  return out;
}

/** An element's attribute values (and declared defaults), by lower-case title. */
function valuesOf(
  element: XmlElement,
  model: Map<string, Declared>,
  cls: 'node' | 'edge',
  unknown: Set<string>,
): Values {
  const values: Values = new Map();
  for (const attribute of model.values()) {
    if (attribute.fallback !== undefined) {
      values.set(attribute.title.toLowerCase(), { text: attribute.fallback, type: attribute.type });
    }
  }
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const item of childrenNamed(block, 'attvalue')) {
      const ref = item.attributes.for ?? item.attributes.id ?? '';
      const attribute = model.get(ref);
      const title = attribute?.title ?? ref;
      values.set(title.toLowerCase(), {
        text: item.attributes.value ?? '',
        type: attribute?.type ?? 'string',
      });
      if (!KNOWN[cls].has(title.toLowerCase())) unknown.add(title);
    }
  }
  return values;
}

/** GEXF's names for whole-number attribute types. */
const INTEGER_TYPES: ReadonlySet<string> = new Set(['integer', 'long', 'short', 'byte']);
const typed = (value: { text: string; type: string } | undefined): unknown =>
  typedValue(value, INTEGER_TYPES);

const nonEmpty = (value: string | undefined): string | undefined => (value === '' ? undefined : value);

/** Reads a GEXF document (1.1 to 1.3) into a graph, reporting problems by line. */
export function importGexf(source: string, fileName: string, options?: ImportOptions): ParseResult<Graph> {
  const parsed = parseXml(source, fileName);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'gexf') {
    return {
      ok: false,
      problems: [
        fileProblem(fileName, `expected a <gexf> document, found <${root.name}>`, `line ${root.line ?? 1}`),
      ],
    };
  }
  const graphElement = firstChild(root, 'graph');
  if (!graphElement)
    return {
      ok: false,
      problems: [fileProblem(fileName, 'the file has no <graph> element', `line ${root.line ?? 1}`)],
    };
  const top = lineWhere(graphElement.line, 'graph');
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report: Report = { fileName, problems, warnings };

  const meta = firstChild(root, 'meta');
  const jsonTable = (name: string): Draft['sources'] => {
    const element = meta ? firstChild(meta, name) : undefined;
    if (!element) return undefined;
    const label = `<meta> ${name}`;
    const where = lineWhere(element.line, label);
    const items = parseJsonAttribute(element.text, fileName, where, name, problems);
    if (items === undefined) return undefined;
    if (!Array.isArray(items)) {
      problems.push(problemAt(fileName, where, `${name} should be a JSON list`));
      return undefined;
    }
    return { items, where: (index: number) => lineWhere(element.line, `${label}[${index}]`) };
  };
  const versionElement = meta ? firstChild(meta, 'schemaVersion') : undefined;
  const sources = jsonTable('sources');
  const relationTypes = jsonTable('relationTypes');

  const nodeModel = declared(graphElement, 'node');
  const edgeModel = declared(graphElement, 'edge');
  const unknown = { node: new Set<string>(), edge: new Set<string>() };
  const defaultEdgeType = graphElement.attributes.defaultedgetype ?? 'undirected';
  if (graphElement.attributes.mode === 'dynamic') {
    warnings.push(wholeProblem(fileName, top, 'this is a dynamic graph; time spans were not read'));
  }

  const actors: DraftItem[] = [];
  for (const block of childrenNamed(graphElement, 'nodes')) {
    for (const node of childrenNamed(block, 'node')) {
      const id = node.attributes.id ?? '';
      const where = lineWhere(node.line, `node ${JSON.stringify(id)}`);
      if (firstChild(node, 'nodes')) warnings.push(problemAt(fileName, where, 'nested nodes are not read'));
      const values = valuesOf(node, nodeModel, 'node', unknown.node);
      // Plain aliases may come as "[a, b]" from tools that print lists.
      const split = (plain: string) => plain.replace(/^\[|\]$/g, '').split(/[;|,]/);
      const get = (...names: string[]) => firstText(values, ...names);
      actors.push(readActor(id, nonEmpty(node.attributes.label), get, where, report, split));
    }
  }

  const relations: DraftRelation[] = [];
  let withoutEvidence = 0;
  const edges = childrenNamed(graphElement, 'edges').flatMap((block) => childrenNamed(block, 'edge'));
  const newId = edgeIdMaker(edges.map((edge) => edge.attributes.id));
  for (const edge of edges) {
    const { id, where } = edgeIdentity(edge, newId, report);
    const values = valuesOf(edge, edgeModel, 'edge', unknown.edge);
    const get = (...names: string[]) => firstText(values, ...names);
    const evidence = readEvidence(get, where, report);
    if (evidence === undefined) withoutEvidence += 1;
    const type = nonEmpty(edge.attributes.kind) ?? get('relation') ?? nonEmpty(edge.attributes.label);
    if (type === undefined) {
      problems.push(
        problemAt(fileName, where, 'no relation type: give the edge a kind (or a "relation" attribute)'),
      );
    }
    const edgeType = edge.attributes.type ?? defaultEdgeType;
    relations.push(
      readRelation(
        edge,
        id,
        where,
        { type, evidence: evidence ?? [], automatic: typed(values.get('automatic')) },
        {
          label: nonEmpty(edge.attributes.label),
          directed: edgeType === 'directed',
          polarity: get('polarity'),
          quad: typed(values.get('quad')),
        },
      ),
    );
  }
  reportLeftovers(report, top, { edges: relations.length, withoutEvidence }, unknown);

  return finishImport(
    defined({
      fileName,
      top,
      schemaVersion: versionElement ? (looseInteger(versionElement.text) ?? versionElement.text) : undefined,
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
