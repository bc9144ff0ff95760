/**
 * The words under an exported image: a title, what it shows, the active filters, and the sources it
 * cites. Pure, so the PNG and SVG say the same thing and tests can read it.
 */
import type { ImageCaption } from '../../canvas/exportCaption';
import { statusOf } from '../../domain/review';
import type { Graph, Source } from '../../domain/types';
import { isoDate } from '../download';

/**
 * The filter settings the caption puts in words. Structural, so it reads whichever filters the store
 * has: a filter added later that is not listed here is not described.
 */
export interface FilterSettings {
  readonly hiddenTypes?: readonly string[];
  readonly hiddenKinds?: readonly string[];
  readonly hiddenSources?: readonly string[];
  readonly minEvidence?: number;
  readonly minConfidence?: number;
  readonly hideIsolated?: boolean;
  readonly hiddenStatuses?: readonly string[];
  readonly hideUnsupported?: boolean;
}

export interface CaptionScope {
  readonly scope: 'view' | 'whole';
  readonly actorIds: readonly string[];
  readonly relationIds: readonly string[];
  /** Label of the actor in focus, when a focus narrows the view. */
  readonly focus?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c", with at most `max` names before "and N more". */
export function listWords(items: readonly string[], max = 6): string {
  if (items.length <= 1) return items[0] ?? '';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** The active filters as phrases; none when everything is shown. */
export function describeFilters(filters: FilterSettings, graph: Graph): string[] {
  const typeLabel = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const sourceTitle = new Map(graph.sources.map((s) => [s.id, s.title]));
  const words: string[] = [];
  const hiddenTypes = filters.hiddenTypes ?? [];
  if (hiddenTypes.length > 0) {
    words.push(`hidden relation types: ${listWords(hiddenTypes.map((t) => typeLabel.get(t) ?? t))}`);
  }
  const hiddenKinds = filters.hiddenKinds ?? [];
  if (hiddenKinds.length > 0) words.push(`hidden actor kinds: ${listWords(hiddenKinds)}`);
  const hiddenSources = filters.hiddenSources ?? [];
  if (hiddenSources.length > 0) {
    words.push(
      `sources left out: ${listWords(
        hiddenSources.map((s) => sourceTitle.get(s) ?? s),
        3,
      )}`,
    );
  }
  if ((filters.minEvidence ?? 1) > 1) {
    words.push(`relations with at least ${filters.minEvidence} supporting sentences`);
  }
  if ((filters.minConfidence ?? 0) > 0) {
    words.push(`extracted sentences with confidence of at least ${filters.minConfidence}`);
  }
  if (filters.hideIsolated) words.push('actors with no visible relation hidden');
  // Review statuses are told only when the graph has sentences of them: hiding rejected relations
  // is the default, and says nothing while there are none.
  const present = new Set<string>(graph.relations.flatMap((r) => r.evidence.map(statusOf)));
  const hiddenStatuses = (filters.hiddenStatuses ?? []).filter((s) => present.has(s));
  if (hiddenStatuses.length > 0) {
    words.push(`relations backed only by ${listWords(hiddenStatuses)} sentences hidden`);
  }
  if (filters.hideUnsupported && graph.relations.some((r) => r.evidence.length === 0)) {
    words.push('relations with no supporting sentence hidden');
  }
  return words;
}

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
