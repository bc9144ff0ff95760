/**
 * What a view on screen highlights, with the sentences behind it and their sources: the presenter
 * shows it beside a story step, and both reports (the current view and a story) cite it.
 */
import { supportingEvidence } from '../domain/filters';
import type { Relation } from '../domain/types';
import type { AppState } from '../store';
import { selectPathMarks } from '../store/pathsSelectors';
import { selectCompiledFilters, selectVisibility } from '../store/selectors';
import { relationTitleText } from './RelationTitle';

/** One sentence behind a highlighted relation, with what cites it. */
export interface CitedSentence {
  readonly quote: string;
  readonly sourceId: string;
  readonly sourceTitle: string;
  /** The sentence's own date, else its source's publication day (YYYY-MM-DD). */
  readonly date: string;
  readonly url?: string;
  readonly start: number;
  readonly end: number;
}

export interface HighlightedRelation {
  readonly relation: Relation;
  /** "China — trades with → Russia". */
  readonly title: string;
  /** The sentences the step's filters leave (its time window, sources, review statuses). */
  readonly sentences: readonly CitedSentence[];
}

/** The relations a view shows, with their sentences. */
export interface ShownRelations {
  /**
   * `highlighted`: the view selects a relation or an actor, a focus or a path, and these are its
   * relations; `visible`: it highlights nothing, and these are the visible relations (capped).
   */
  readonly emphasis: 'highlighted' | 'visible';
  readonly relations: readonly HighlightedRelation[];
  /** How many relations there were before the cap. */
  readonly relationCount: number;
}

/** The relations the view on screen highlights: its selection, else its path, else its focus. */
export function highlightedRelations(state: AppState): Relation[] | null {
  const visible = selectVisibility(state);
  const { graph, index, selection } = state;
  if (selection?.kind === 'relation') {
    const relation = index.relations.get(selection.id);
    return relation ? [relation] : [];
  }
  const marks = selectPathMarks(state);
  if (marks?.kind === 'path') return graph.relations.filter((r) => marks.relations.has(r.id));
  if (selection?.kind === 'actor') {
    const id = selection.id;
    return graph.relations.filter((r) => visible.relations.has(r.id) && (r.source === id || r.target === id));
  }
  if (visible.focus) return graph.relations.filter((r) => visible.focus!.relations.has(r.id));
  return null;
}

/** The relations (with their cited sentences) the view on screen shows, as ShownStep lists them. */
export function shownRelations(state: AppState, cap: number): ShownRelations {
  const highlighted = highlightedRelations(state);
  const visible = selectVisibility(state);
  const relations = highlighted ?? state.graph.relations.filter((r) => visible.relations.has(r.id));
  const compiled = selectCompiledFilters(state);
  const sources = new Map(state.graph.sources.map((s) => [s.id, s]));
  const cited = relations.slice(0, highlighted ? relations.length : cap).map((relation) => ({
    relation,
    title: relationTitleText(state.index, relation),
    sentences: supportingEvidence(relation, state.filters, compiled).map((e): CitedSentence => {
      const source = sources.get(e.sourceId);
      return {
        quote: e.quote,
        sourceId: e.sourceId,
        sourceTitle: source?.title ?? e.sourceId,
        date: e.date ?? source?.published ?? '',
        ...(source?.url ? { url: source.url } : {}),
        start: e.start,
        end: e.end,
      };
    }),
  }));
  return {
    emphasis: highlighted ? 'highlighted' : 'visible',
    relations: cited,
    relationCount: relations.length,
  };
}
