/**
 * Reading GraphML: Actorgraph's own exports losslessly, and files from yEd, Gephi, NetworkX, igraph or
 * graphology as far as they go. Data values are read by their key's attr.name and type. Positions and
 * colours come from `x`/`y` and `color` (or `r`, `g`, `b`) keys, or from yEd's node graphics
 * (y:Geometry, whose centre is the position, and y:Fill); yEd's node and edge labels are read as
 * labels. Graphs nested in nodes (yEd groups) are read too: their nodes become actors whose "parent"
 * attribute is the enclosing node.
 */
import type { Graph } from '../../domain/types';
import { plural } from '../describe';
import type { ParseResult } from '../problems';
import { fail } from '../problems';
import { finiteNumber, parseColour, position, rgbColour } from './attributes';
import type { EdgeSpec } from './elements';
import { actorDraft, Fields, newReport, relationDraft, tellCounts, text } from './elements';
import { EDGE_RESERVED, NODE_RESERVED } from './graphml';
import type { Draft, DraftItem, DraftRelation, ImportOptions, ImportResult } from './shared';
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
import { childrenNamed, firstChild, parseXml } from './xml';
import { edgeIdentity, findDeep, readEvidence, typedValue } from './xmlDrafts';

type Scope = 'node' | 'edge';

interface Key {
  readonly name: string;
  readonly type: string;
  readonly fallback?: string;
}

/** GraphML's names for whole-number key types. */
const INTEGER_TYPES: ReadonlySet<string> = new Set(['int', 'long']);

/** The keys with a default, per scope. */
function defaultsOf(keys: ReadonlyMap<string, Key>, scope: Scope): { id: string; key: Key }[] {
  const out: { id: string; key: Key }[] = [];
  for (const [scoped, key] of keys) {
    const [forScope, id = ''] = scoped.split('\u0000');
    if (key.fallback !== undefined && (forScope === scope || forScope === 'all')) out.push({ id, key });
  }
  return out;
}

/** An element's data values, then its keys' defaults; tool markup (yEd's graphics) is left to yEdNode. */
function fieldsOf(
  element: XmlElement,
  keys: ReadonlyMap<string, Key>,
  scope: Scope,
  defaults: readonly { id: string; key: Key }[],
): Fields {
  const fields = new Fields();
  const given = new Set<string>();
  for (const item of childrenNamed(element, 'data')) {
    if (item.children.length > 0 && item.text.trim() === '') continue;
    const id = item.attributes.key ?? '';
    const key = keys.get(`${scope}\u0000${id}`) ?? keys.get(`all\u0000${id}`);
    given.add(id);
    fields.add(key?.name ?? id, typedValue(item.text, key?.type ?? 'string', INTEGER_TYPES));
  }
  for (const { id, key } of defaults) {
    if (!given.has(id)) fields.add(key.name, typedValue(key.fallback ?? '', key.type, INTEGER_TYPES));
  }
  return fields;
}

/** The label text of a yEd label element: its own text, without the layout markup inside it. */
const yEdLabel = (element: XmlElement | undefined): string | undefined =>
  element === undefined ? undefined : text(element.text.trim());

/** What yEd draws for a node: its label, the centre of its box, and its fill colour. */
function yEdNode(node: XmlElement): { label?: string; position?: { x: number; y: number }; color?: string } {
  const graphics = childrenNamed(node, 'data').filter((item) => item.children.length > 0);
  const out: { label?: string; position?: { x: number; y: number }; color?: string } = {};
  for (const item of graphics) {
    out.label ??= yEdLabel(findDeep(item, 'NodeLabel'));
    const box = findDeep(item, 'Geometry');
    if (box && out.position === undefined) {
      const { x, y, width, height } = box.attributes;
      const [left, top, w, h] = [x, y, width ?? '0', height ?? '0'].map(finiteNumber);
      const centre =
        left === undefined || top === undefined || w === undefined || h === undefined
          ? undefined
          : position(left + w / 2, top + h / 2);
      if (centre) out.position = centre;
    }
    const colour = parseColour(findDeep(item, 'Fill')?.attributes.color);
    if (colour !== undefined) out.color ??= colour;
  }
  return out;
}

const EDGE_SPEC: EdgeSpec = {
  typeNames: ['relation', 'type', 'kind', 'interaction'],
  own: ['label', 'polarity', 'quad', 'evidence_count', 'directed'],
  reserved: EDGE_RESERVED,
  noType: 'no relation type: give the edge a "relation" (or "type" or "kind") attribute',
};

const splitAliases = (plain: string): string[] => plain.split(/[;|]/);

/** Reads a GraphML document into a graph, reporting problems by line. */
export function importGraphml(source: string, fileName: string, options?: ImportOptions): ImportResult {
  const parsed = parseXml(source, fileName);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const refuse = (message: string, element: XmlElement): ParseResult<Graph> =>
    fail([fileProblem(fileName, message, `line ${element.line ?? 1}`)]);
  if (root.name !== 'graphml') return refuse(`expected a <graphml> document, found <${root.name}>`, root);
  const graphElement = firstChild(root, 'graph');
  if (!graphElement) return refuse('the file has no <graph> element', root);
  const report = newReport(fileName);
  const { problems, warnings } = report;
  const top = lineWhere(graphElement.line, 'graph');
  if (childrenNamed(root, 'graph').length > 1) {
    warnings.push(wholeProblem(fileName, top, 'the file holds several graphs; only the first was read'));
  }

  const keys = new Map<string, Key>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.id ?? '';
    keys.set(
      `${key.attributes.for ?? 'all'}\u0000${id}`,
      defined({
        name: key.attributes['attr.name'] ?? id,
        type: key.attributes['attr.type'] ?? 'string',
        fallback: firstChild(key, 'default')?.text,
      }),
    );
  }
  /** A graph-level data value by its key's name, with its line. */
  const graphData = (name: string) => {
    for (const item of childrenNamed(graphElement, 'data')) {
      const id = item.attributes.key ?? '';
      const key = keys.get(`graph\u0000${id}`) ?? keys.get(`all\u0000${id}`);
      if ((key?.name ?? id) === name) return { item, type: key?.type ?? 'string' };
    }
    return undefined;
  };
  const jsonTable = (name: string): Draft['sources'] => {
    const found = graphData(name);
    if (found === undefined) return undefined;
    const { line } = found.item;
    const items = parseJsonAttribute(found.item.text, fileName, lineWhere(line, name), name, problems);
    if (items === undefined) return undefined;
    if (!Array.isArray(items)) {
      problems.push(problemAt(fileName, lineWhere(line, name), `${name} should be a JSON list`));
      return undefined;
    }
    return { items, where: (index: number) => lineWhere(line, `${name}[${index}]`) };
  };
  const sources = jsonTable('sources_json');
  const relationTypes = jsonTable('relation_types_json');
  const native = relationTypes !== undefined;

  const nodeDefaults = defaultsOf(keys, 'node');
  const edgeDefaults = defaultsOf(keys, 'edge');
  const actors: DraftItem[] = [];
  const edges: { edge: XmlElement; directedByDefault: boolean }[] = [];
  let nested = 0;
  const readGraph = (graph: XmlElement, parent: string | undefined): void => {
    // Some hand-written files leave edgedefault out; read those as directed, as most relation types are.
    const directedByDefault = (graph.attributes.edgedefault ?? 'directed') !== 'undirected';
    for (const node of childrenNamed(graph, 'node')) {
      const id = node.attributes.id ?? '';
      const where = lineWhere(node.line, `node ${JSON.stringify(id)}`);
      const fields = fieldsOf(node, keys, 'node', nodeDefaults);
      if (parent !== undefined) fields.add('parent', parent);
      const drawn = yEdNode(node);
      let label: string | undefined;
      let at: { x: number; y: number } | undefined;
      let color: string | undefined;
      if (native) {
        label = fields.take('label', (value) => (typeof value === 'string' ? value : undefined));
        at = position(fields.take('x', finiteNumber), fields.take('y', finiteNumber));
        color = fields.take('color', parseColour);
      } else {
        label = fields.take(['label', 'name'], text) ?? drawn.label;
        at = position(fields.peek(['x'], finiteNumber), fields.peek(['y'], finiteNumber));
        if (at) fields.drop(['x', 'y']);
        at ??= drawn.position;
        color = fields.take(['color', 'colour'], parseColour);
        const [r, g, b] = (['r', 'g', 'b'] as const).map((name) => fields.peek([name], finiteNumber));
        const rgb = rgbColour(r, g, b);
        if (color === undefined && rgb !== undefined) {
          fields.drop(['r', 'g', 'b']);
          color = rgb;
        }
        color ??= drawn.color;
      }
      const read = { id, where, label, fields, position: at, color };
      actors.push(actorDraft(read, native, NODE_RESERVED, report, splitAliases));
      for (const inner of childrenNamed(node, 'graph')) {
        nested += childrenNamed(inner, 'node').length;
        readGraph(inner, id);
      }
    }
    for (const edge of childrenNamed(graph, 'edge')) edges.push({ edge, directedByDefault });
  };
  readGraph(graphElement, undefined);

  const relations: DraftRelation[] = [];
  const newId = edgeIdMaker([...edges.map(({ edge }) => edge.attributes.id), ...report.nodeIds]);
  for (const { edge, directedByDefault } of edges) {
    const { id, where } = edgeIdentity(edge, newId, report, native);
    const fields = fieldsOf(edge, keys, 'edge', edgeDefaults);
    if (!native) {
      const drawn = childrenNamed(edge, 'data').map((item) => yEdLabel(findDeep(item, 'EdgeLabel')));
      const label = drawn.find((value) => value !== undefined);
      if (label !== undefined && fields.peek(['label'], text) === undefined) fields.add('label', label);
    }
    const flag = edge.attributes.directed;
    const directed = flag === undefined ? directedByDefault : flag === 'true' || flag === 'directed';
    const evidence = readEvidence(fields, where, report);
    const { source: from, target: to } = edge.attributes;
    const read = { id, where, source: from, target: to, directed, evidence, fields };
    relations.push(relationDraft(read, native, EDGE_SPEC, report));
  }
  tellCounts(report);

  const version = graphData('schemaVersion');
  const notes =
    nested > 0
      ? [`${plural(nested, 'node')} of nested graphs are read as actors with a "parent" attribute`]
      : [];
  return finishImport(
    defined({
      fileName,
      top,
      schemaVersion: version && typedValue(version.item.text, version.type, INTEGER_TYPES),
      sources,
      relationTypes,
      actors,
      relations,
      problems,
      warnings,
      notes,
    }) as Draft,
    options,
  );
}
