import { compareClassOf, compareSources, type SourceComparison } from '../domain/compareSources';
import { supportingEvidence } from '../domain/filters';
import { findPaths, pathMembers, type PathReport } from '../domain/paths';
import type { PathMarks } from '../domain/pathMarks';
import { memo, selectCompiledFilters, selectVisibility } from './selectors';
import type { AppState } from './types';

/** The shortest paths between the chosen actors over the graph as filtered; null until both are chosen. */
export const selectPathReport: (state: AppState) => PathReport | null = memo(
  (s) => [s.graph, selectVisibility(s), s.pathsTool, s.pathQuery] as const,
  (s) => {
    const { from, to, direction } = s.pathQuery;
    if (s.pathsTool !== 'paths' || from === null || to === null) return null;
    if (!s.index.actors.has(from) || !s.index.actors.has(to)) return null;
    const v = selectVisibility(s);
    return findPaths({
      relations: s.graph.relations,
      visibleRelations: v.relations,
      visibleActors: v.actors,
      isDirected: (typeId) => s.index.types.get(typeId)?.directed !== false,
      from,
      to,
      direction,
    });
  },
);

/**
 * The relations on screen split by the two sets of sources. Only the sentences the filters leave
 * count: a source switched off, or a rejected sentence, backs nothing here either.
 */
export const selectComparison: (state: AppState) => SourceComparison | null = memo(
  (s) => [s.graph, selectVisibility(s), s.filters, s.pathsTool, s.compareSets] as const,
  (s) => {
    if (s.pathsTool !== 'compare' || !s.compareSets) return null;
    const v = selectVisibility(s);
    const sets = selectCompiledFilters(s);
    const shown = s.graph.relations.filter((r) => v.relations.has(r.id));
    return compareSources(shown, s.compareSets, (r) => supportingEvidence(r, s.filters, sets));
  },
);

/** What the canvas marks for the open tool. */
export const selectPathMarks: (state: AppState) => PathMarks | null = memo(
  (s) => [selectPathReport(s), selectComparison(s)] as const,
  (s) => {
    const report = selectPathReport(s);
    if (report) {
      const { actors, relations } = pathMembers(report.found ? report.paths : []);
      const ends = [s.pathQuery.from, s.pathQuery.to].filter((id): id is string => id !== null);
      return { kind: 'path', actors, relations, ends };
    }
    const comparison = selectComparison(s);
    return comparison ? { kind: 'compare', classes: compareClassOf(comparison) } : null;
  },
);
