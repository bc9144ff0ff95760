/**
 * The words under an exported image: a title, what it shows, the active filters, and the sources it
 * cites. Pure, so the PNG and SVG say the same thing and tests can read it.
 */
import type { ImageCaption } from '../../canvas/exportCaption';
import { describeFilters, type Filters } from '../../domain/filters';
import { listWords } from '../../domain/filterRegistry';
import type { Graph, Source } from '../../domain/types';
import { isoDate } from '../download';

/** The filter settings the caption puts in words; those left out are at their defaults. */
export type FilterSettings = Partial<Filters>;

export interface CaptionScope {
  readonly scope: 'view' | 'whole';
  readonly actorIds: readonly string[];
  readonly relationIds: readonly string[];
  /** Label of the actor in focus, when a focus narrows the view. */
  readonly focus?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export { describeFilters, listWords };

/** "Author, Publisher, 2025-05-09: “Title”", with the address when there is one. */
export const citeSource = (s: Source): string =>
  `${[s.author, s.publisher, s.published].filter((part) => part.trim() !== '').join(', ')}: “${s.title}”${s.url ? ` ${s.url}` : ''}`;

/** Sources cited by the evidence of `relationIds`, in the graph's order. */
export function citedSources(graph: Graph, relationIds: readonly string[]): Source[] {
  const wanted = new Set(relationIds);
  const cited = new Set<string>();
  for (const r of graph.relations) if (wanted.has(r.id)) for (const e of r.evidence) cited.add(e.sourceId);
  return graph.sources.filter((s) => cited.has(s.id));
}

export function buildCaption(
  graph: Graph,
  filters: FilterSettings,
  shown: CaptionScope,
  date: Date = new Date(),
): ImageCaption {
  const sources = citedSources(graph, shown.relationIds);
  const first = sources[0];
  const title = first
    ? `Actor graph: ${first.title}${sources.length > 1 ? ` and ${plural(sources.length - 1, 'more source')}` : ''}`
    : 'Actor graph';
  const what = shown.scope === 'whole' ? 'the whole graph' : 'the current view';
  const filterWords = describeFilters(filters, graph);
  const notes = [
    `${plural(shown.actorIds.length, 'actor')} and ${plural(shown.relationIds.length, 'relation')}, ${what}${shown.focus ? `, around ${shown.focus}` : ''}.`,
    filterWords.length === 0 ? 'Filters: none; everything is shown.' : `Filters: ${filterWords.join('; ')}.`,
  ];
  return {
    title,
    notes,
    sources: sources.map(citeSource),
    credit: `Made with Actorgraph on ${isoDate(date)}. Every relation is backed by quoted sentences from these sources.`,
  };
}
