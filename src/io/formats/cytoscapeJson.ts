/**
 * Cytoscape.js elements JSON, which Cytoscape desktop opens as .cyjs. Nodes and edges keep their fields
 * in `data` (evidence as a list of objects on each edge), attributes as data fields of their own, and
 * an actor's position as the element's `position`; the source texts and relation type table go in the
 * graph-level `data.actorgraph`. `name` (nodes) and `interaction` (edges) are the columns Cytoscape
 * desktop shows by default, and `quotes` lists each edge's sentences as plain strings, which any table
 * can show. Files from Cytoscape itself are read as far as they go: desktop's bookkeeping columns
 * (SUID, selected, shared_name) are left out, and every other field is kept as an attribute.
 */
import type { AttributeValue, Attributes, Graph } from '../../domain/types';
import { toJsonPath } from '../describe';
import type { Problem } from '../problems';
import { fail } from '../problems';
import type { Reserved } from './attributes';
import { edgeReserved, nodeReserved, parseColour, position, writtenName } from './attributes';
import type { EdgeSpec, Report } from './elements';
import { actorDraft, edgeId, Fields, newReport, relationDraft, tellCounts, text } from './elements';
import type { Draft, DraftItem, DraftRelation, DraftTable, ImportOptions, ImportResult } from './shared';
import { defined, edgeIdMaker, fileProblem, finishImport, isRecord, jsonWhere, looseBoolean } from './shared';

export interface CytoscapeElement {
  readonly group: 'nodes' | 'edges';
  readonly data: Readonly<Record<string, unknown>>;
  readonly position?: { readonly x: number; readonly y: number };
}

export interface CytoscapeDocument {
  readonly format_version: string;
  readonly generated_by: string;
  readonly target_cytoscapejs_version: string;
  readonly data: {
    readonly name: string;
    readonly actorgraph: Pick<Graph, 'schemaVersion' | 'sources' | 'relationTypes'>;
  };
  readonly elements: { readonly nodes: CytoscapeElement[]; readonly edges: CytoscapeElement[] };
}

/** Data fields the reader takes for itself, in lower case. */
const NODE_RESERVED: Reserved = nodeReserved(
  'id',
  'name',
  'color',
  'colour',
  'suid',
  'selected',
  'shared_name',
);
const EDGE_RESERVED: Reserved = edgeReserved(
  'id',
  'source',
  'target',
  'evidence',
  'quotes',
  'name',
  'suid',
  'selected',
  'shared_name',
  'shared_interaction',
);

/** Attributes as data fields, under names that cannot be mistaken for the format's own. */
const flat = (attributes: Attributes | undefined, reserved: Reserved): Record<string, AttributeValue> =>
  Object.fromEntries(
    Object.entries(attributes ?? {}).map(([name, value]) => [writtenName(name, reserved), value]),
  );

/** The graph as a Cytoscape.js document (an object; see exportCytoscapeJson for the text). */
export function toCytoscape(graph: Graph): CytoscapeDocument {
  const types = new Map(graph.relationTypes.map((type) => [type.id, type]));
  return {
    format_version: '1.0',
    generated_by: 'Actorgraph',
    target_cytoscapejs_version: '~3.0',
    data: {
      name: 'Actorgraph',
      actorgraph: {
        schemaVersion: graph.schemaVersion,
        sources: graph.sources,
        relationTypes: graph.relationTypes,
      },
    },
    elements: {
      nodes: graph.actors.map(({ attributes, position: at, ...actor }) => ({
        group: 'nodes' as const,
        data: defined({ ...flat(attributes, NODE_RESERVED), ...actor, name: actor.label }),
        ...(at ? { position: { x: at.x, y: at.y } } : {}),
      })),
      edges: graph.relations.map(({ attributes, ...relation }) => {
        const type = types.get(relation.type);
        return {
          group: 'edges' as const,
          data: defined({
            ...flat(attributes, EDGE_RESERVED),
            ...relation,
            interaction: relation.type,
            label: type?.label,
            directed: type?.directed,
            polarity: type?.polarity,
            quad: type?.quad,
            evidence_count: relation.evidence.length,
            quotes: relation.evidence.map((e) => e.quote),
            evidence: relation.evidence,
          }),
        };
      }),
    },
  };
}

/** The graph as Cytoscape.js JSON text. */
export const exportCytoscapeJson = (graph: Graph): string =>
  `${JSON.stringify(toCytoscape(graph), null, 2)}\n`;

/** Whether parsed JSON looks like Cytoscape elements rather than an Actorgraph graph. */
export function looksLikeCytoscape(value: unknown): boolean {
  if (Array.isArray(value))
    return value.length === 0 || value.some((item) => isRecord(item) && isRecord(item.data));
  return isRecord(value) && 'elements' in value && !('actors' in value);
}

const EDGE_SPEC: EdgeSpec = {
  typeNames: ['type', 'relation', 'interaction'],
  own: ['interaction', 'relation', 'label', 'directed', 'polarity', 'quad', 'evidence_count', 'quotes'],
  reserved: EDGE_RESERVED,
  noType: 'no relation type: give the edge a "type" (or "interaction")',
};

/** Ids written as numbers by hand-made files, as the strings Cytoscape.js makes of them. */
const plainId = (id: unknown): unknown => (typeof id === 'number' ? String(id) : id);

const fieldsOf = (data: Record<string, unknown>, skip: readonly string[]): Fields => {
  const fields = new Fields();
  for (const [name, value] of Object.entries(data)) if (!skip.includes(name)) fields.add(name, value);
  // Cytoscape desktop's own bookkeeping: ids of its session and what was selected in it.
  fields.drop(['SUID', 'selected']);
  return fields;
};

function readNode(
  element: Record<string, unknown>,
  d: Record<string, unknown>,
  where: ReturnType<typeof jsonWhere>,
  native: boolean,
  report: Report,
): DraftItem {
  const fields = fieldsOf(d, ['id']);
  const label = native ? fields.take('label') : fields.take(['label', 'name'], text);
  if (native || fields.peek(['name'], (value) => (value === label ? value : undefined)) !== undefined)
    fields.drop(['name']);
  if (fields.peek(['shared_name'], (value) => (value === label || value === d.name ? value : undefined))) {
    fields.drop(['shared_name']);
  }
  const color = fields.take(native ? ['color'] : ['color', 'colour'], parseColour);
  const at = isRecord(element.position) ? position(element.position.x, element.position.y) : undefined;
  const id = native ? d.id : plainId(d.id);
  const read = { id, where, label, fields, position: at, color };
  return actorDraft(read, native, NODE_RESERVED, report, (plain) => plain.split(/[;|]/));
}

function readEdge(
  d: Record<string, unknown>,
  id: unknown,
  where: ReturnType<typeof jsonWhere>,
  native: boolean,
  report: Report,
): DraftRelation {
  const fields = fieldsOf(d, ['id', 'source', 'target', 'evidence', 'directed']);
  const interaction = d.interaction ?? d.shared_interaction;
  // Desktop names an edge "A (interaction) B", in two columns; that is bookkeeping, not data.
  if (
    typeof d.name === 'string' &&
    (d.name === d.shared_name || (typeof interaction === 'string' && d.name.includes(` (${interaction}) `)))
  ) {
    fields.drop(['name', 'shared_name']);
  }
  if (d.shared_interaction === d.interaction) fields.drop(['shared_interaction']);
  // A foreign file's "evidence" column is evidence only if it is a list of evidence objects.
  const evidence =
    native || (Array.isArray(d.evidence) && d.evidence.every(isRecord)) ? d.evidence : undefined;
  if (evidence === undefined && d.evidence !== undefined) fields.add('evidence', d.evidence);
  const directed = looseBoolean(d.directed) ?? true;
  if (!native && d.directed !== undefined && looseBoolean(d.directed) === undefined)
    fields.add('directed', d.directed);
  const [source, target] = native ? [d.source, d.target] : [d.source, d.target].map(plainId);
  const read = { id, where, source, target, directed, evidence, fields };
  return relationDraft(read, native, EDGE_SPEC, report);
}

/** Reads parsed Cytoscape JSON (elements as {nodes, edges} or as one list, or a bare list). */
export function importCytoscapeValue(
  value: unknown,
  fileName: string,
  options?: ImportOptions,
): ImportResult {
  const report = newReport(fileName);
  const problems: Problem[] = report.problems;
  const root = isRecord(value) ? value : {};
  const listed: { element: unknown; path: string }[] = [];
  if (Array.isArray(value)) value.forEach((element, i) => listed.push({ element, path: `$[${i}]` }));
  else if (Array.isArray(root.elements)) {
    root.elements.forEach((element, i) => listed.push({ element, path: `$.elements[${i}]` }));
  } else if (isRecord(root.elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const list = root.elements[group];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problems.push(fileProblem(fileName, 'expected a list of elements', `$.elements.${group}`));
        continue;
      }
      list.forEach((element, i) => listed.push({ element, path: `$.elements.${group}[${i}]` }));
    }
  } else {
    return fail([
      fileProblem(fileName, 'expected Cytoscape elements: an "elements" list or {nodes, edges}', '$'),
    ]);
  }

  // Graph-level tables, when this file came from Actorgraph.
  const extra = isRecord(root.data) && isRecord(root.data.actorgraph) ? root.data.actorgraph : undefined;
  const table = (name: 'sources' | 'relationTypes'): DraftTable | undefined => {
    const items = extra?.[name];
    if (items === undefined) return undefined;
    const base = toJsonPath(['data', 'actorgraph', name]);
    if (!Array.isArray(items)) {
      problems.push(fileProblem(fileName, 'expected a list', base));
      return undefined;
    }
    return { items, where: (index) => jsonWhere(`${base}[${index}]`) };
  };
  const relationTypes = table('relationTypes');
  const native = relationTypes !== undefined;

  const actors: DraftItem[] = [];
  const relations: DraftRelation[] = [];
  const newId = edgeIdMaker(
    listed.map(({ element }) =>
      isRecord(element) && isRecord(element.data) ? plainId(element.data.id) : undefined,
    ),
  );
  const edges: { d: Record<string, unknown>; where: ReturnType<typeof jsonWhere> }[] = [];
  for (const { element, path } of listed) {
    if (!isRecord(element) || !isRecord(element.data)) {
      problems.push(fileProblem(fileName, 'expected an element with a "data" object', path));
      continue;
    }
    const d = element.data;
    const where = jsonWhere(`${path}.data`);
    const isEdge =
      element.group === 'edges' || (element.group === undefined && ('source' in d || 'target' in d));
    if (isEdge) edges.push({ d, where });
    else actors.push(readNode(element, d, where, native, report));
  }
  // Edges after all nodes, so that an edge id that is also a node's is known wherever it stands.
  for (const { d, where } of edges) {
    const id = edgeId(native ? d.id : plainId(d.id), newId, report, native);
    relations.push(readEdge(d, id, where, native, report));
  }
  tellCounts(report);

  return finishImport(
    defined({
      fileName,
      top: jsonWhere('$'),
      schemaVersion: extra?.schemaVersion,
      sources: table('sources'),
      relationTypes,
      actors,
      relations,
      problems,
      warnings: report.warnings,
    }) as Draft,
    options,
  );
}
