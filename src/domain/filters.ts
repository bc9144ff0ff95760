import type { Graph } from './types';

/** What the user has chosen to hide. Empty lists mean "show everything". */
export interface Filters {
  readonly hiddenTypes: readonly string[];
}

export const DEFAULT_FILTERS: Filters = { hiddenTypes: [] };

export interface Visibility {
  readonly relations: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
}

/** Which relations and actors the filters leave visible. Actors stay visible even with no relation. */
export function computeVisibility(graph: Graph, filters: Filters): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const relations = new Set<string>();
  for (const relation of graph.relations) {
    if (!hiddenTypes.has(relation.type)) relations.add(relation.id);
  }
  return { relations, actors: new Set(graph.actors.map((a) => a.id)) };
}

export function toggleInList(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
