import type { Actor } from './types';

export interface ActorMatch {
  readonly actor: Actor;
  /** The name that matched: the label, or the alias when only an alias did. */
  readonly matched: string;
}

/** Case- and accent-insensitive form, so "kyiv" finds "Kyiv" and "sao" finds "São". */
export const foldForSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Actors whose label or an alias contains the query. Ranked: label prefix, alias prefix, word start,
 * anywhere; ties keep graph order. An empty query matches nothing.
 */
export function searchActors(actors: readonly Actor[], query: string, limit = 10): ActorMatch[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const scored: { match: ActorMatch; rank: number; order: number }[] = [];
  actors.forEach((actor, order) => {
    const names = [actor.label, ...actor.aliases];
    let best: { rank: number; name: string } | null = null;
    names.forEach((name, i) => {
      const folded = foldForSearch(name);
      const at = folded.indexOf(q);
      if (at < 0) return;
      const rank = at === 0 ? (i === 0 ? 0 : 1) : /[\s\-'’.(]/.test(folded[at - 1] ?? '') ? 2 : 3;
      if (!best || rank < best.rank) best = { rank, name };
    });
    if (best) {
      const { rank, name } = best;
      scored.push({ match: { actor, matched: name }, rank, order });
    }
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.match);
}
