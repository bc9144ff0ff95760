/**
 * Reading GEXF 1.1 to 1.3: Actorgraph's own exports losslessly, and files from Gephi and other tools as
 * far as they go. Attribute values are read by their declared title and type; viz:position and
 * viz:color become the actor's position and colour; a dynamic graph's times (start and end, spells,
 * timestamps, values that change over time) are kept as readable text attributes. Nodes nested in
 * nodes are read as actors of their own, with the enclosing node's id as their "parent".
 */
import type { Graph } from '../../domain/types';
import { plural } from '../describe';
import type { ParseResult } from '../problems';
import { fail } from '../problems';
import { parseColour, position, rgbColour } from './attributes';
import type { EdgeSpec } from './elements';
import { actorDraft, Fields, newReport, relationDraft, tellCounts } from './elements';
import { EDGE_RESERVED, NODE_RESERVED } from './gexf';
import type { Draft, DraftItem, DraftRelation, ImportOptions, ImportResult } from './shared';
import {
  defined,
  edgeIdMaker,
  fileProblem,
  finishImport,
  lineWhere,
  looseInteger,
  parseJsonAttribute,
  problemAt,
} from './shared';
import type { XmlElement } from './xml';
import { childrenNamed, firstChild, parseXml } from './xml';
import { edgeIdentity, readEvidence, typedValue } from './xmlDrafts';

interface Declared {
  readonly title: string;
  readonly type: string;
  readonly fallback?: string;
}

/** GEXF's names for whole-number attribute types. */
const INTEGER_TYPES: ReadonlySet<string> = new Set(['integer', 'long', 'short', 'byte']);

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

/** "2001..2003" for a time interval; an open end is left empty. */
const interval = (element: XmlElement): string => {
  const { start, end, startopen, endopen, timestamp } = element.attributes;
  if (timestamp !== undefined) return timestamp;
  return `${start ?? startopen ?? ''}..${end ?? endopen ?? ''}`;
};
const timed = (element: XmlElement): boolean =>
  ['start', 'end', 'startopen', 'endopen', 'timestamp'].some((name) => name in element.attributes);

/**
 * The element's own XML attributes named in `first` (they win over attribute values of the same
 * name), its attribute values, its declared defaults, then its times. A value that changes over time
 * becomes text: "1 (2001..2003); 2 (2004..)".
 */
function fieldsOf(
  element: XmlElement,
  model: Map<string, Declared>,
  times: Set<string>,
  first: readonly [string, string | number | boolean | undefined][] = [],
): Fields {
  const fields = new Fields();
  for (const [name, value] of first) if (value !== undefined) fields.add(name, value);
  const given = new Map<string, XmlElement[]>();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const item of childrenNamed(block, 'attvalue')) {
      const ref = item.attributes.for ?? item.attributes.id ?? '';
      const list = given.get(ref);
      if (list) list.push(item);
      else given.set(ref, [item]);
    }
  }
  for (const [ref, items] of given) {
    const attribute = model.get(ref);
    const title = attribute?.title ?? ref;
    const first = items[0] as XmlElement;
    if (items.length === 1 && !timed(first)) {
      fields.add(title, typedValue(first.attributes.value ?? '', attribute?.type ?? 'string', INTEGER_TYPES));
    } else {
      times.add(title);
      fields.add(title, items.map((item) => `${item.attributes.value ?? ''} (${interval(item)})`).join('; '));
    }
  }
  for (const [ref, attribute] of model) {
    if (attribute.fallback !== undefined && !given.has(ref)) {
      fields.add(attribute.title, typedValue(attribute.fallback, attribute.type, INTEGER_TYPES));
    }
  }
  const { start, end, startopen, endopen, timestamp } = element.attributes;
  const add = (name: string, value: string | undefined) => {
    if (value === undefined) return;
    times.add(name);
    fields.add(name, value);
  };
  add('start', start ?? startopen);
  add('end', end ?? endopen);
  add('timestamp', timestamp);
  const spells = ['spells', 'slices'].flatMap((name) =>
    childrenNamed(element, name).flatMap((block) => block.children),
  );
  if (spells.length > 0) add('spells', spells.map(interval).join('; '));
  const stamps = childrenNamed(element, 'timestamps').flatMap((block) => block.children);
  if (stamps.length > 0) {
    add(
      'timestamps',
      stamps.map((stamp) => stamp.attributes.timestamp ?? stamp.attributes.value ?? '').join('; '),
    );
  }
  return fields;
}

function colourOf(node: XmlElement): string | undefined {
  const viz = firstChild(node, 'color');
  if (!viz) return undefined;
  const { hex, r, g, b } = viz.attributes;
  return (hex === undefined ? undefined : parseColour(hex)) ?? rgbColour(r, g, b);
}

function positionOf(node: XmlElement): { x: number; y: number } | undefined {
  const viz = firstChild(node, 'position');
  return viz ? position(viz.attributes.x, viz.attributes.y) : undefined;
}

const nonEmpty = (value: string | undefined): string | undefined => (value === '' ? undefined : value);

/** Plain aliases may come as "[a, b]" from tools that print lists. */
const splitAliases = (plain: string): string[] => plain.replace(/^\[|\]$/g, '').split(/[;|,]/);

const EDGE_SPEC: EdgeSpec = {
  typeNames: ['kind', 'relation'],
  own: ['label', 'weight', 'polarity', 'quad', 'evidence_count', 'directed'],
  reserved: EDGE_RESERVED,
  noType: 'no relation type: give the edge a kind (or a "relation" attribute)',
};

/** Reads a GEXF document (1.1 to 1.3) into a graph, reporting problems by line. */
export function importGexf(source: string, fileName: string, options?: ImportOptions): ImportResult {
  const parsed = parseXml(source, fileName);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const refuse = (message: string, element: XmlElement): ParseResult<Graph> =>
    fail([fileProblem(fileName, message, `line ${element.line ?? 1}`)]);
  if (root.name !== 'gexf') return refuse(`expected a <gexf> document, found <${root.name}>`, root);
  const graphElement = firstChild(root, 'graph');
  if (!graphElement) return refuse('the file has no <graph> element', root);
  const top = lineWhere(graphElement.line, 'graph');
  const report = newReport(fileName);
  const { problems } = report;

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
  const native = relationTypes !== undefined;

  const nodeModel = declared(graphElement, 'node');
  const edgeModel = declared(graphElement, 'edge');
  const times = new Set<string>();
  const defaultDirected = graphElement.attributes.defaultedgetype === 'directed';

  const actors: DraftItem[] = [];
  let nested = 0;
  const readNodes = (block: XmlElement, parent: string | undefined): void => {
    for (const node of childrenNamed(block, 'node')) {
      const id = node.attributes.id ?? '';
      const fields = fieldsOf(node, nodeModel, times);
      const enclosing = parent ?? nonEmpty(node.attributes.pid);
      if (enclosing !== undefined) fields.add('parent', enclosing);
      const where = lineWhere(node.line, `node ${JSON.stringify(id)}`);
      const read = { id, where, label: nonEmpty(node.attributes.label), fields };
      const drawn = { position: positionOf(node), color: colourOf(node) };
      actors.push(actorDraft({ ...read, ...drawn }, native, NODE_RESERVED, report, splitAliases));
      for (const inner of childrenNamed(node, 'nodes')) {
        nested += childrenNamed(inner, 'node').length;
        readNodes(inner, id);
      }
    }
  };
  for (const block of childrenNamed(graphElement, 'nodes')) readNodes(block, undefined);

  const relations: DraftRelation[] = [];
  const edges = childrenNamed(graphElement, 'edges').flatMap((block) => childrenNamed(block, 'edge'));
  const newId = edgeIdMaker([...edges.map((edge) => edge.attributes.id), ...report.nodeIds]);
  for (const edge of edges) {
    const { id, where } = edgeIdentity(edge, newId, report, native);
    const { kind, label, weight } = edge.attributes;
    const fields = fieldsOf(edge, edgeModel, times, [
      ['kind', kind],
      ['label', label],
      ['weight', weight === undefined ? undefined : typedValue(weight, 'double', INTEGER_TYPES)],
    ]);
    const type = edge.attributes.type;
    const directed = type === undefined ? defaultDirected : type === 'directed';
    const evidence = readEvidence(fields, where, report);
    const { source: from, target: to } = edge.attributes;
    const read = { id, where, source: from, target: to, directed, evidence, fields };
    relations.push(relationDraft(read, native, EDGE_SPEC, report));
  }
  tellCounts(report);

  const notes: string[] = [];
  if (times.size > 0) notes.push(`time data is kept as attributes (${[...times].join(', ')})`);
  if (nested > 0) notes.push(`${plural(nested, 'nested node')} are read as actors with a "parent" attribute`);
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
      warnings: report.warnings,
      notes,
    }) as Draft,
    options,
  );
}
