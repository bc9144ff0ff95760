/**
 * Cytoscape.js elements JSON, which Cytoscape desktop opens as .cyjs. Nodes and edges keep every field
 * in `data` (evidence as a list of objects on each edge; fields this version does not know are kept
 * both ways); the source texts and relation type table go in the graph-level `data.actorgraph`.
 * `name` (nodes) and `interaction` (edges) are the columns Cytoscape desktop shows by default, and
 * `quotes` lists each edge's sentences as plain strings, which any table can show.
 */
import type { Graph } from '../../domain/types';
import { toJsonPath } from '../describe';
import type { ParseResult, Problem } from '../problems';
import { fail } from '../problems';
import type { Draft, DraftItem, DraftRelation, DraftTable, ImportOptions } from './shared';
import { parseJsonText } from '../jsonText';
import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH } from '../validateGraph';
import { defined, edgeIdMaker, fileProblem, finishImport, isRecord, jsonWhere, problemAt } from './shared';

export interface CytoscapeElement {
  readonly group: 'nodes' | 'edges';
  readonly data: Readonly<Record<string, unknown>>;
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
      nodes: graph.actors.map((actor) => ({
        group: 'nodes' as const,
        data: defined({ ...actor, name: actor.label }),
      })),
      edges: graph.relations.map((relation) => {
        const type = types.get(relation.type);
        return {
          group: 'edges' as const,
          data: defined({
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

/** Edge fields that describe the relation type or repeat something, not the relation itself. */
const EDGE_ONLY = new Set([
  'interaction',
  'relation',
  'label',
  'directed',
  'polarity',
  'quad',
  'evidence_count',
  'quotes',
]);
// Columns Cytoscape desktop adds on its own export.
const DESKTOP_FIELDS = new Set(['SUID', 'shared_name', 'shared_interaction', 'selected']);

/** Reads parsed Cytoscape JSON (elements as {nodes, edges} or as one list, or a bare list). */
export function importCytoscapeValue(
  value: unknown,
  fileName: string,
  options?: ImportOptions,
): ParseResult<Graph> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
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

  const actors: DraftItem[] = [];
  const relations: DraftRelation[] = [];
  const newId = edgeIdMaker(
    listed.map(({ element }) => (isRecord(element) && isRecord(element.data) ? element.data.id : undefined)),
  );
  for (const { element, path } of listed) {
    if (!isRecord(element) || !isRecord(element.data)) {
      problems.push(fileProblem(fileName, 'expected an element with a "data" object', path));
      continue;
    }
    const d = element.data;
    const where = jsonWhere(`${path}.data`);
    const isEdge =
      element.group === 'edges' || (element.group === undefined && ('source' in d || 'target' in d));
    if (!isEdge) {
      const label = d.label ?? d.name;
      if (label === undefined)
        warnings.push(problemAt(fileName, where, 'no label; the id is used as its label'));
      actors.push({
        where,
        value: defined({
          ...Object.fromEntries(
            Object.entries(d).filter(([key]) => !DESKTOP_FIELDS.has(key) && key !== 'name'),
          ),
          label: label ?? d.id,
          aliases: d.aliases ?? [],
        }),
      });
      continue;
    }
    let id = d.id;
    if (id === undefined) {
      id = newId();
      warnings.push(
        problemAt(fileName, where, `the edge has no id; it was given the id ${JSON.stringify(id)}`),
      );
    }
    const type = d.type ?? d.relation ?? d.interaction;
    if (type === undefined) {
      problems.push(
        problemAt(fileName, where, 'no relation type: give the edge a "type" (or "interaction")', '.type'),
      );
    }
    relations.push({
      where,
      explained: ['.type'],
      value: defined({
        ...Object.fromEntries(
          Object.entries(d).filter(([key]) => !EDGE_ONLY.has(key) && !DESKTOP_FIELDS.has(key)),
        ),
        id,
        type,
        evidence: d.evidence ?? [],
      }),
      typeHint: { label: d.label, directed: d.directed, polarity: d.polarity, quad: d.quad },
    });
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

  return finishImport(
    defined({
      fileName,
      top: jsonWhere('$'),
      schemaVersion: extra?.schemaVersion,
      sources: table('sources'),
      relationTypes: table('relationTypes'),
      actors,
      relations,
      problems,
      warnings,
    }) as Draft,
    options,
  );
}

/** Reads Cytoscape JSON text. */
export function importCytoscapeJson(
  text: string,
  fileName: string,
  options?: ImportOptions,
): ParseResult<Graph> {
  const parsed = parseJsonText(text, fileName, { maxBytes: MAX_GRAPH_BYTES, maxDepth: MAX_GRAPH_DEPTH });
  if (!parsed.ok) return parsed;
  return importCytoscapeValue(parsed.value, fileName, options);
}
